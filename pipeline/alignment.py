"""Turn character spans into token spans, splitting pkuseg tokens where a boundary falls inside.

Rules find entities in the characters of the text; pkuseg decides the tokens. When the two
disagree (`超百亿` as one token, the entity `百亿`), the token is split at the boundary so
the entity aligns, and the split is counted in `doc.user_data["zh_ner.token_splits"]`.
Spans stored in span groups and `doc.ents` are rebuilt from their character offsets after a
split, since spaCy's retokenizer does not move them; span extension attributes are keyed by
character offsets and label, so they survive.
"""

from __future__ import annotations

import itertools
from typing import Iterable, List

from spacy.tokens import Doc, Span

SPLITS_KEY = "zh_ner.token_splits"


def token_splits(doc: Doc) -> int:
    """How many times tokens of `doc` were split so that entities align."""
    return doc.user_data.get(SPLITS_KEY, 0)


def ensure_boundaries(doc: Doc, offsets: Iterable[int]) -> None:
    """Split every token that has one of the character `offsets` strictly inside it."""
    cuts_by_token: dict[int, set[int]] = {}
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    for offset in offsets:
        if 0 < offset < length:
            token = _token_containing(doc, offset)
            if token is not None and token.idx < offset < token.idx + len(token.text):
                cuts_by_token.setdefault(token.i, set()).add(offset - token.idx)
    if not cuts_by_token:
        return
    kept = {
        key: [(s.start_char, s.end_char, s.label_) for s in group]
        for key, group in doc.spans.items()
    }
    ents = [(s.start_char, s.end_char, s.label_) for s in doc.ents]
    with doc.retokenize() as retokenizer:
        for i, cuts in cuts_by_token.items():
            token = doc[i]
            bounds = [0, *sorted(cuts), len(token.text)]
            orths = [token.text[a:b] for a, b in itertools.pairwise(bounds)]
            heads = [(token, k) for k in range(len(orths))]
            retokenizer.split(token, orths, heads=heads)
    doc.user_data[SPLITS_KEY] = token_splits(doc) + sum(len(c) for c in cuts_by_token.values())
    for key, spans in kept.items():
        doc.spans[key] = [_char_span(doc, *span) for span in spans]
    doc.ents = [_char_span(doc, *span) for span in ents]


def char_spans(doc: Doc, spans: List[tuple[int, int, str]]) -> List[Span]:
    """Token spans for `(start_char, end_char, label)` triples, splitting tokens as needed."""
    aligned = [doc.char_span(start, end, label=label) for start, end, label in spans]
    if all(span is not None for span in aligned):
        return aligned
    misaligned = (s for s, span in zip(spans, aligned, strict=True) if span is None)
    ensure_boundaries(doc, (offset for start, end, _ in misaligned for offset in (start, end)))
    return [_char_span(doc, *span) for span in spans]


def _char_span(doc: Doc, start: int, end: int, label: str) -> Span:
    span = doc.char_span(start, end, label=label)
    if span is None:
        raise ValueError(
            f"span {start}:{end} {doc.text[start:end]!r} does not align with tokens "
            "after splitting; this is a bug, please report it with the text"
        )
    return span


def _token_containing(doc: Doc, offset: int):
    lo, hi = 0, len(doc) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        token = doc[mid]
        if offset < token.idx:
            hi = mid - 1
        elif offset >= token.idx + len(token.text_with_ws):
            lo = mid + 1
        else:
            return token
    return None
