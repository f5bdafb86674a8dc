"""The base of our rule components: find character spans, align them, keep them in a span group.

Each tagger only implements `find_spans(doc)`; the base class maps the character spans onto
tokens (splitting tokens where needed), writes them to the tagger's own span group and records
the tagger's `source` and any attributes on each span. A resolver decides what reaches
`doc.ents`. Taggers keep their data as plain JSON-able state so they round-trip through
`to_bytes`/`to_disk`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Iterable, List, Tuple

import srsly
from spacy.pipeline import Pipe
from spacy.tokens import Doc
from spacy.util import ensure_path

from . import extensions  # noqa: F401  (registers the Span attributes)
from .alignment import char_spans

Found = Tuple[int, int, str, Dict[str, Any]]
"""A span a rule found: `(start_char, end_char, label, attributes)`."""


class RuleTagger(Pipe):
    """A rule component that writes its candidates to `doc.spans[spans_key]`."""

    source = "rules"

    def __init__(self, nlp, name: str, spans_key: str):
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.data: Dict[str, Any] = {}

    def find_spans(self, doc: Doc) -> Iterable[Found]:
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            found: List[Found] = list(self.find_spans(doc))
            spans = char_spans(doc, [(start, end, label) for start, end, label, _ in found])
            for span, (_, _, _, attrs) in zip(spans, found, strict=True):
                span._.source = attrs.get("source", self.source)
                for key, value in attrs.items():
                    setattr(span._, key, value)
            doc.spans[self.spans_key] = spans
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)
            return doc

    def set_data(self, data: Dict[str, Any]) -> None:
        """Install the tagger's data (lexicons, patterns); subclasses build their matchers."""
        self.data = data

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return srsly.msgpack_dumps(self.data)

    def from_bytes(self, bytes_data: bytes, *, exclude=tuple()):
        self.set_data(srsly.msgpack_loads(bytes_data))
        return self

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(Path(path) / "data.json", self.data)

    def from_disk(self, path, *, exclude=tuple()):
        self.set_data(srsly.read_json(ensure_path(path) / "data.json"))
        return self
