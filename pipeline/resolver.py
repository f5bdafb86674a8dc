"""`zh_ner_entity_resolver_v1`: the one place that decides what reaches `doc.ents`.

Candidates from every tagger's span group compete; the resolver keeps a set without overlaps.
Precedence is declared in the config (`spans_keys`, first wins on a tie), not buried in code:
a longer span wins over a shorter one it overlaps, then the earlier key in `spans_keys`.
"""

from __future__ import annotations

from typing import List

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span

from . import extensions  # noqa: F401  (registers the Span attributes)


@Language.factory("zh_ner_entity_resolver_v1", default_config={"spans_keys": ["money", "org"]})
def make_entity_resolver(nlp: Language, name: str, spans_keys: List[str]) -> EntityResolver:
    return EntityResolver(name, spans_keys)


class EntityResolver(Pipe):
    def __init__(self, name: str, spans_keys: List[str]):
        self.name = name
        self.spans_keys = list(spans_keys)

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            candidates = []
            for rank, key in enumerate(self.spans_keys):
                for span in doc.spans.get(key, []):
                    candidates.append((-(span.end_char - span.start_char), rank, span))
            candidates.sort(key=lambda c: (c[0], c[1], c[2].start_char))
            taken = bytearray(len(doc))
            chosen: List[Span] = []
            for _, _, span in candidates:
                if any(taken[span.start : span.end]):
                    continue
                taken[span.start : span.end] = b"\x01" * (span.end - span.start)
                chosen.append(span)
            doc.ents = sorted(chosen, key=lambda s: s.start)
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)
            return doc
