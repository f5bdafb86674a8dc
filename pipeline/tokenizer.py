"""`zh_ner.ChineseTokenizer.v1`: spaCy's Chinese tokenizer, segmenting traditional text too.

pkuseg's models are trained on simplified text and cut traditional text badly
(`聯想之星` → `聯想/之/星`). This tokenizer gives pkuseg a copy of the text mapped character by
character to simplified characters (OpenCC's table, one character to one), then cuts the
original text at the same offsets: the tokens are the original characters, and every offset is
an offset of the original text. Everything else is spaCy's `ChineseTokenizer`.

It also mends pkuseg's user dictionary: pkuseg cuts at the end of the longest path of
dictionary characters it walks, not of the longest dictionary word (with `经济部` and
`经济部投审会` in the dictionary, `经济部投资` became `经济部投/资`).
"""

from __future__ import annotations

from typing import Dict, List, Tuple

import spacy_pkuseg
import srsly
from spacy import util
from spacy.lang.zh import ChineseTokenizer, Segmenter
from spacy.tokens import Doc
from spacy.util import registry

T2S_FILE = "t2s.json"
TEXT_KEY = "zh_ner.text"


def doc_text(doc: Doc) -> str:
    """The text of `doc`. spaCy's `Doc.text` joins every token anew on each call, which costs
    more than our rules; our tokenizer keeps the text it was given, and retokenizing never
    changes it."""
    text = doc.user_data.get(TEXT_KEY)
    return text if text is not None else doc.text


@registry.tokenizers("zh_ner.ChineseTokenizer.v1")
def create_tokenizer(segmenter: Segmenter = Segmenter.pkuseg):
    def tokenizer_factory(nlp):
        return SimplifiedSegmentingTokenizer(nlp.vocab, segmenter=segmenter)

    return tokenizer_factory


class SimplifiedSegmentingTokenizer(ChineseTokenizer):
    def __init__(self, vocab, segmenter: Segmenter = Segmenter.pkuseg):
        super().__init__(vocab, segmenter=segmenter)
        self.set_t2s({})

    def set_t2s(self, table: Dict[str, str]) -> None:
        self.t2s = dict(table)
        self._table = str.maketrans(self.t2s)

    def initialize(
        self,
        get_examples=None,
        *,
        nlp=None,
        pkuseg_model: str | None = None,
        pkuseg_user_dict: str | None = "default",
        t2s: Dict[str, str] | None = None,
    ):
        super().initialize(
            get_examples, nlp=nlp, pkuseg_model=pkuseg_model, pkuseg_user_dict=pkuseg_user_dict
        )
        self.set_t2s(t2s or {})

    def __call__(self, text: str) -> Doc:
        doc = self._segment(text)
        doc.user_data[TEXT_KEY] = text
        return doc

    def _segment(self, text: str) -> Doc:
        if self.segmenter != Segmenter.pkuseg or self.pkuseg_seg is None:
            return super().__call__(text)
        preprocesser = self.pkuseg_seg.preprocesser
        if type(preprocesser) is spacy_pkuseg.Preprocesser:
            preprocesser.__class__ = LongestWordPreprocesser
        simplified = text.translate(self._table)
        words, spaces = util.get_words_and_spaces(self.pkuseg_seg.cut(simplified), simplified)
        original, offset = [], 0
        for word, space in zip(words, spaces, strict=True):
            original.append(text[offset : offset + len(word)])
            offset += len(word) + space
        return Doc(self.vocab, words=original, spaces=spaces)

    def to_bytes(self, **kwargs) -> bytes:
        return srsly.msgpack_dumps({"zh": super().to_bytes(**kwargs), "t2s": self.t2s})

    def from_bytes(self, data: bytes, **kwargs):
        msg = srsly.msgpack_loads(data)
        super().from_bytes(msg["zh"], **kwargs)
        self.set_t2s(msg["t2s"])
        return self

    def to_disk(self, path, **kwargs) -> None:
        super().to_disk(path, **kwargs)
        srsly.write_json(util.ensure_path(path) / T2S_FILE, self.t2s)

    def from_disk(self, path, **kwargs):
        super().from_disk(path, **kwargs)
        table = util.ensure_path(path) / T2S_FILE
        self.set_t2s(srsly.read_json(table) if table.exists() else {})
        return self


class LongestWordPreprocesser(spacy_pkuseg.Preprocesser):
    """pkuseg's user dictionary matcher, cutting after the longest dictionary word that starts
    at each place."""

    def solve(self, txt: str) -> Tuple[List[str], List[bool], List[str]]:
        pieces, is_word, tags = [], [], []
        last = i = 0
        while i < len(txt):
            node, end, tag = self.trie, -1, ""
            for j in range(i, len(txt)):
                node = node.children.get(txt[j])
                if node is None:
                    break
                if node.isword:
                    end, tag = j + 1, node.usertag
            if end == -1:
                i += 1
                continue
            if last != i:
                pieces.append(txt[last:i])
                is_word.append(False)
                tags.append("")
            pieces.append(txt[i:end])
            is_word.append(True)
            tags.append(tag)
            last = i = end
        if last < len(txt):
            pieces.append(txt[last:])
            is_word.append(False)
            tags.append("")
        return pieces, is_word, tags
