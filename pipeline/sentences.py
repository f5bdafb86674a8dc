"""`zh_ner_sentence_splitter_v1`: sentence boundaries at sentence punctuation and line breaks."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_PUNCT = ["。", "！", "？", "；", "!", "?", ";", "…", "……"]
CLOSERS = "”’」』）)】"


@Language.factory("zh_ner_sentence_splitter_v1", default_config={"punct_chars": DEFAULT_PUNCT})
def make_sentence_splitter(nlp: Language, name: str, punct_chars: list) -> SentenceSplitter:
    return SentenceSplitter(punct_chars)


class SentenceSplitter:
    """A sentence ends after a token of `punct_chars` (with the closing quotes and spaces after
    it), and at every line break. Unlike spaCy's `sentencizer`, it splits at newlines, which
    Chinese web and transcript text uses as paragraph ends without punctuation."""

    def __init__(self, punct_chars):
        self.punct_chars = set(punct_chars)

    def __call__(self, doc: Doc) -> Doc:
        start_next = True
        for token in doc:
            opens = start_next and not token.is_space and token.text not in CLOSERS
            if token.i == 0 or opens:
                token.is_sent_start = True
                start_next = start_next and not opens
            else:
                token.is_sent_start = False
            if token.text in self.punct_chars or "\n" in token.text_with_ws:
                start_next = True
        return doc
