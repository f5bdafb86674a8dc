"""`zh_ner_sentence_splitter_v1`: sentence boundaries at sentence punctuation and line breaks."""

from __future__ import annotations

import re
from bisect import bisect_left

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .tokenizer import doc_text

DEFAULT_PUNCT = ["。", "！", "？", "；", "!", "?", ";", "…", "……"]
CLOSERS = "”’」』）)】\"'"


@Language.factory("zh_ner_sentence_splitter_v1", default_config={"punct_chars": DEFAULT_PUNCT})
def make_sentence_splitter(nlp: Language, name: str, punct_chars: list) -> SentenceSplitter:
    return SentenceSplitter(punct_chars)


class SentenceSplitter:
    """A sentence ends after a run of `punct_chars` (with the closing quotes and spaces after
    it), and at every line break. Unlike spaCy's `sentencizer`, it splits at newlines, which
    Chinese web and transcript text uses as paragraph ends without punctuation. A sentence
    never starts inside an entity. Boundaries are found in the text with one regular
    expression and set on the tokens in one call."""

    def __init__(self, punct_chars):
        self.punct_chars = list(punct_chars)
        chars = "".join(sorted({c for p in self.punct_chars for c in p}))
        closers = re.escape(CLOSERS)
        self.boundary = re.compile(rf"(?:[{re.escape(chars)}]+[{closers}]*|\n)\s*")

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = doc.to_array(IDX).tolist()
        flags = numpy.full((len(doc), 1), -1, dtype="int64")
        flags[0, 0] = 1
        text = doc_text(doc)
        for m in self.boundary.finditer(text):
            i = bisect_left(starts, m.end())
            if i < len(doc) and starts[i] == m.end() and doc[i].ent_iob_ != "I":
                flags[i, 0] = 1
        doc.from_array([SENT_START], flags.astype("uint64"))
        return doc
