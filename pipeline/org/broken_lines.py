"""Lines broken inside a word: text copied from PDF filings wraps names at the page edge
(`江西南昌旅游集团有限\\n公司`). The ORG rules read such text with the breaks taken out, and
their offsets are mapped back to the original text, so the names found span the break."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import List, Sequence, Tuple

_BROKEN = re.compile(r"(?<=[\u4e00-\u9fff])\n(?=[\u4e00-\u9fff])")
"""A line break between two Chinese characters."""
MIN_LINE_CHARS = 20
MAX_LINE_CHARS = 60
"""A line of this many characters that ends inside a sentence was wrapped at a page's width,
not ended: headings and list lines are shorter, paragraphs longer."""
_LINE_END_MARKS = re.compile(r"[\s:：/|｜]")
"""Marks near a line's end of a line that was ended, not wrapped: a source, a byline
(`来源:今日高邮`, `记者邱金兰/台北报导`)."""
_TAIL = 8
_PROSE = re.compile(r"[，,、；;（(“]")
"""Marks of running text inside a line; a heading has none (`奋力开创高质量发展新局面`)."""


def broken_lines(
    text: str, min_line_chars: int = MIN_LINE_CHARS, max_line_chars: int = MAX_LINE_CHARS
) -> List[int]:
    """The offsets of the line breaks in `text` that wrap a long line of running text (not
    a heading) inside a word."""
    cuts = []
    for m in _BROKEN.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        tail = text[max(line_start, m.start() - _TAIL) : m.start()]
        width = min_line_chars <= m.start() - line_start <= max_line_chars
        long_prose = width and _PROSE.search(text, line_start, m.start())
        if long_prose and not _LINE_END_MARKS.search(tail):
            cuts.append(m.start())
    return cuts


def without(text: str, cuts: Sequence[int]) -> str:
    """`text` without the characters at `cuts` (sorted offsets)."""
    pieces, last = [], 0
    for cut in cuts:
        pieces.append(text[last:cut])
        last = cut + 1
    pieces.append(text[last:])
    return "".join(pieces)


class OffsetMap:
    """Maps offsets between a text and the text `without` its `cuts`."""

    def __init__(self, cuts: Sequence[int]):
        self.cuts = list(cuts)
        self.joined_cuts = [cut - k for k, cut in enumerate(self.cuts)]

    def to_joined(self, offset: int) -> int:
        """The joined text's offset of the original `offset` (a cut maps to what follows)."""
        return offset - bisect_right(self.cuts, offset - 1)

    def start_to_original(self, start: int) -> int:
        """The original offset of the character at `start` in the joined text."""
        return start + bisect_right(self.joined_cuts, start)

    def end_to_original(self, end: int) -> int:
        """The original offset just after the character before `end` in the joined text."""
        return self.start_to_original(end - 1) + 1 if end > 0 else 0

    def span_to_original(self, start: int, end: int) -> Tuple[int, int]:
        """The original span of the joined text's `start:end` (the breaks inside it too)."""
        return self.start_to_original(start), self.end_to_original(end)
