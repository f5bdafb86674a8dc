"""What one annotated document becomes in the dataset: its row and the row's Features."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

from datasets import ClassLabel, Features, Sequence, Value
from spacy.tokens import Doc

LABEL_NAMES = ["O", "B-ORG", "I-ORG", "B-MONEY", "I-MONEY"]
"""The IOB2 tag set, `O` first; the one constant that defines the ClassLabel order."""

ENTITY_FEATURE = {
    "start": Value("int32"),
    "end": Value("int32"),
    "label": Value("string"),
    "text": Value("string"),
    "source": Value("string"),
    "value": Value("float64"),
    "value_max": Value("float64"),
    "currency": Value("string"),
    "qualifier": Value("string"),
}

FEATURES = Features(
    {
        "id": Value("string"),
        "text": Value("string"),
        "tokens": Sequence(Value("string")),
        "ner_tags": Sequence(ClassLabel(names=LABEL_NAMES)),
        "entities": [ENTITY_FEATURE],
    }
)

_TAG_INDEX = {name: i for i, name in enumerate(LABEL_NAMES)}


def _number(value) -> float | None:
    return None if value is None else float(value)


def entity_records(doc: Doc) -> List[Dict[str, Any]]:
    """The entities of `doc` with character offsets into `doc.text` (end exclusive)."""
    return [
        {
            "start": ent.start_char,
            "end": ent.end_char,
            "label": ent.label_,
            "text": ent.text,
            "source": ent._.source,
            "value": _number(ent._.value),
            "value_max": _number(ent._.value_max),
            "currency": ent._.currency,
            "qualifier": ent._.qualifier,
        }
        for ent in doc.ents
    ]


def tokens_and_tags(doc: Doc) -> Tuple[List[str], List[int]]:
    """The row's tokens and IOB2 tag indices. A space that spaCy keeps as a token's trailing
    whitespace becomes a token of its own, so that tokens join to the text and every
    entity starts and ends on a token boundary; inside an entity (`15.16 亿元`) it is I-."""
    tags = [0] * len(doc)
    for ent in doc.ents:
        tags[ent.start] = _TAG_INDEX["B-" + ent.label_]
        for i in range(ent.start + 1, ent.end):
            tags[i] = _TAG_INDEX["I-" + ent.label_]
    tokens: List[str] = []
    row_tags: List[int] = []
    for token, tag in zip(doc, tags, strict=True):
        tokens.append(token.text)
        row_tags.append(tag)
        if token.whitespace_:
            inside = (
                token.i + 1 < len(doc)
                and token.ent_iob_ != "O"
                and doc[token.i + 1].ent_iob_ == "I"
            )
            tokens.append(token.whitespace_)
            row_tags.append(_TAG_INDEX["I-" + token.ent_type_] if inside else 0)
    return tokens, row_tags


def doc_to_row(doc_id: str, doc: Doc) -> Dict[str, Any]:
    """The dataset row of one document."""
    tokens, tags = tokens_and_tags(doc)
    return {
        "id": doc_id,
        "text": doc.text,
        "tokens": tokens,
        "ner_tags": tags,
        "entities": entity_records(doc),
    }
