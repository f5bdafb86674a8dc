"""What one annotated document becomes in the dataset: its rows and the rows' Features.

Two token views (`word`: pkuseg words, for spaCy; `char`: one token per character, as the
Hub's Chinese NER sets `peoples_daily_ner` and `msra_ner` do, for BERT-style models) and
two units (`document`, `sentence`), all with the same IOB2 ClassLabel.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from enum import Enum
from typing import Any, Dict, Iterator, List, Optional, Tuple

from datasets import ClassLabel, Features, Sequence, Value
from spacy.attrs import IDX, LENGTH, SPACY
from spacy.tokens import Doc

from .tokenizer import doc_text

LABEL_NAMES = ["O", "B-ORG", "I-ORG", "B-MONEY", "I-MONEY"]
"""The IOB2 tag set, `O` first; the one constant that defines the ClassLabel order."""


class TokenView(str, Enum):
    word = "word"
    char = "char"


class Unit(str, Enum):
    document = "document"
    sentence = "sentence"


ENTITY_FEATURE = {
    "start": Value("int32"),
    "end": Value("int32"),
    "label": Value("string"),
    "text": Value("string"),
    "source": Value("string"),
    "kind": Value("string"),
    "value": Value("float64"),
    "value_max": Value("float64"),
    "currency": Value("string"),
    "qualifier": Value("string"),
}

_TAG_INDEX = {name: i for i, name in enumerate(LABEL_NAMES)}


def features(unit: Unit = Unit.document) -> Features:
    """The Features of a row: the same for both token views."""
    columns = {"id": Value("string")}
    if unit == Unit.sentence:
        columns.update({"doc_id": Value("string"), "offset": Value("int32")})
    columns.update(
        {
            "text": Value("string"),
            "tokens": Sequence(Value("string")),
            "ner_tags": Sequence(ClassLabel(names=LABEL_NAMES)),
            "entities": [ENTITY_FEATURE],
            "source": Value("string"),
            "meta": Value("string"),
        }
    )
    return Features(columns)


def _number(value) -> float | None:
    return None if value is None else float(value)


def entity_records(doc: Doc) -> List[Dict[str, Any]]:
    """The entities of `doc` with character offsets into its text (end exclusive)."""
    return [
        {
            "start": ent.start_char,
            "end": ent.end_char,
            "label": ent.label_,
            "text": ent.text,
            "source": ent._.source,
            "kind": ent._.kind,
            "value": _number(ent._.value),
            "value_max": _number(ent._.value_max),
            "currency": ent._.currency,
            "qualifier": ent._.qualifier,
        }
        for ent in doc.ents
    ]


def word_tokens(doc: Doc) -> List[Tuple[int, int]]:
    """Character spans of the pkuseg words of `doc`. A space that spaCy keeps as a token's
    trailing whitespace becomes a token of its own, so that tokens join to the text and every
    entity starts and ends on a token boundary."""
    spans = []
    if not len(doc):
        return spans
    for start, length, space in doc.to_array([IDX, LENGTH, SPACY]).tolist():
        spans.append((start, start + length))
        if space:
            spans.append((start + length, start + length + 1))
    return spans


def iob_tags(spans: List[Tuple[int, int]], entities: List[Dict[str, Any]]) -> List[int]:
    """One IOB2 tag per token span, from entities given in the same character offsets."""
    tags = [0] * len(spans)
    index = {start: i for i, (start, _) in enumerate(spans)}
    for ent in entities:
        i = index[ent["start"]]
        tags[i] = _TAG_INDEX["B-" + ent["label"]]
        i += 1
        while i < len(spans) and spans[i][1] <= ent["end"]:
            tags[i] = _TAG_INDEX["I-" + ent["label"]]
            i += 1
    return tags


def doc_rows(
    doc_id: str,
    doc: Doc,
    source: str = "",
    meta: Optional[Dict] = None,
    tokens: TokenView = TokenView.word,
    unit: Unit = Unit.document,
) -> Iterator[Dict[str, Any]]:
    """The rows of one document: one row, or one row per sentence (offsets then relative to
    the sentence; `offset` is where the sentence starts in the document)."""
    text = doc_text(doc)
    entities = entity_records(doc)
    meta_json = json.dumps(meta, ensure_ascii=False, sort_keys=True) if meta else None
    if unit == Unit.document:
        pieces = [(0, len(text))]
    else:
        starts = [sent.start_char for sent in doc.sents]
        pieces = list(zip(starts, starts[1:] + [len(text)], strict=True))
    words = word_tokens(doc) if tokens == TokenView.word else []
    word_starts = [a for a, _ in words]
    for k, (start, end) in enumerate(pieces):
        if tokens == TokenView.word:
            spans = words[bisect_left(word_starts, start) : bisect_left(word_starts, end)]
        else:
            spans = [(i, i + 1) for i in range(start, end)]
        local = [
            {**e, "start": e["start"] - start, "end": e["end"] - start}
            for e in entities
            if start <= e["start"] and e["end"] <= end
        ]
        local_spans = [(a - start, b - start) for a, b in spans]
        row = {"id": doc_id if unit == Unit.document else f"{doc_id}#{k}"}
        if unit == Unit.sentence:
            row.update({"doc_id": doc_id, "offset": start})
        row.update(
            {
                "text": text[start:end],
                "tokens": [text[a:b] for a, b in spans],
                "ner_tags": iob_tags(local_spans, local),
                "entities": local,
                "source": source,
                "meta": meta_json,
            }
        )
        yield row


def split_paragraphs(text: str, max_chars: int) -> List[Tuple[int, str]]:
    """Cut a long text into `(offset, chunk)` pieces of at most `max_chars` characters, at
    line breaks where it can; the chunks joined give back the text."""
    chunks: List[Tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + max_chars, len(text))
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut >= start else end
        chunks.append((start, text[start:end]))
        start = end
    return chunks


def merge_chunk_rows(
    doc_id: str, pieces: List[Tuple[int, List[Dict[str, Any]]]], unit: Unit
) -> List[Dict[str, Any]]:
    """The rows of a document annotated in chunks (`(offset, rows)` per chunk), as if it had
    been annotated whole: one document row, or sentence rows numbered through."""
    if unit == Unit.sentence:
        rows = []
        for offset, chunk_rows in pieces:
            for row in chunk_rows:
                rows.append(
                    {**row, "id": f"{doc_id}#{len(rows)}", "offset": offset + row["offset"]}
                )
        return rows
    first = pieces[0][1][0]
    merged = {**first, "text": "", "tokens": [], "ner_tags": [], "entities": []}
    for offset, (row,) in pieces:
        merged["text"] += row["text"]
        merged["tokens"] += row["tokens"]
        merged["ner_tags"] += row["ner_tags"]
        merged["entities"] += [
            {**e, "start": e["start"] + offset, "end": e["end"] + offset} for e in row["entities"]
        ]
    return [merged]
