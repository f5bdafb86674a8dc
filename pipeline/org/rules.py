"""ORG rules: organisation names from heads, a gazetteer, lists of companies, and aliases.

All rules read the original text and the pkuseg tokens; none changes them. Each rule returns
character spans with the name of the rule as `source`, so the dataset can say which rule made
each entity and the README can measure each rule on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Iterable, List, Sequence, Tuple

from spacy.tokens import Doc

ADMIN_LEVELS = "省市县区镇乡州旗村"
"""Bare administrative levels that stand for an implied place (`市委`, `镇党委`)."""

_NAME_TOKEN = re.compile(r"^[\u4e00-\u9fffA-Za-z·&＆]+$")
_QUOTED_TITLE = re.compile(r"《[^《》\n]{0,80}》")
_LIST_ITEMS = re.compile(
    r"((?:[\u4e00-\u9fffA-Za-z]{2,10}、)+[\u4e00-\u9fffA-Za-z]{2,10})等"
    r"(?:[0-9一二三四五六七八九十百几多余]+[家个])?"
    r"[\u4e00-\u9fff]{0,8}?(?:企业|公司|单位|厂商|厂家|集团|企業)"
)


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    source: str


class OrgRules:
    """The ORG rules over one document, built from the lexicons under `configs/org/`."""

    def __init__(
        self,
        heads: Iterable[Sequence[str]],
        stop_words: Iterable[str],
        not_org: Iterable[str],
        zone_words: Iterable[str],
        gazetteer: Iterable[str],
        places: Iterable[str],
        max_name_chars: int = 12,
    ):
        self.heads: Dict[str, str] = {row[0]: row[1] for row in heads}
        self.stop_words = set(stop_words)
        self.not_org = set(not_org)
        self.zone_words = tuple(sorted(set(zone_words), key=len, reverse=True))
        self.gazetteer = set(gazetteer)
        self.places = tuple(sorted(set(places), key=len, reverse=True))
        self.legal_forms = tuple(
            sorted(
                (h for h, kind in self.heads.items() if kind == "company" and len(h) > 1),
                key=len,
                reverse=True,
            )
        )
        self.max_name_chars = max_name_chars
        self.head_pattern = _alternation_pattern(self.heads)
        self.gazetteer_pattern = _alternation_pattern(self.gazetteer)

    def find(self, doc: Doc) -> List[Candidate]:
        text = doc.text
        blocked = [m.span() for m in _QUOTED_TITLE.finditer(text)]
        token_ends = {t.idx + len(t.text) for t in doc}
        token_starts = {t.idx for t in doc}
        found = self._head_names(doc, token_ends)
        found += self._gazetteer_names(text, token_starts, token_ends)
        found += self._list_names(doc)
        found = [c for c in found if not _inside_any(c, blocked)]
        found = _merge_adjacent(found)
        aliases = self._aliases(doc, found)
        return sorted(
            found + [c for c in aliases if not _inside_any(c, blocked)], key=lambda c: c.start
        )

    def _head_names(self, doc: Doc, token_ends: set) -> List[Candidate]:
        text = doc.text
        found = []
        for m in self.head_pattern.finditer(text):
            head_start, end = m.span()
            if end not in token_ends:
                continue
            start = self._reach_left(doc, head_start)
            name = text[start:head_start]
            if not self._is_name(name, m.group()):
                continue
            if text.startswith(self.zone_words, end):
                continue
            found.append(Candidate(start, end, "org_heads"))
        return found

    def _reach_left(self, doc: Doc, head_start: int) -> int:
        """How far left the name before a head reaches: over name words, not stop words."""
        token = _token_at(doc, head_start - 1) if head_start > 0 else None
        if token is None:
            return head_start
        start = head_start
        if token.idx < head_start:
            inner = doc.text[token.idx : head_start]
            if not _NAME_TOKEN.match(inner):
                return head_start
            start = token.idx
            token = doc[token.i - 1] if token.i > 0 else None
        while token is not None:
            word = token.text
            if token.whitespace_ or word in self.stop_words or not _NAME_TOKEN.match(word):
                break
            if head_start - token.idx > self.max_name_chars:
                break
            start = token.idx
            token = doc[token.i - 1] if token.i > 0 else None
        return start

    def _is_name(self, name: str, head: str) -> bool:
        whole = name + head
        if whole in self.not_org or not name or name in self.stop_words:
            return False
        if name in ADMIN_LEVELS:
            return True
        if any(whole.endswith(w) and len(w) > len(head) for w in self.not_org):
            return False
        if len(head) == 1 and len(name) < 2:
            return False
        return True

    def _gazetteer_names(self, text: str, starts: set, ends: set) -> List[Candidate]:
        if self.gazetteer_pattern is None:
            return []
        return [
            Candidate(m.start(), m.end(), "org_gazetteer")
            for m in self.gazetteer_pattern.finditer(text)
            if m.start() in starts or m.end() in ends
        ]

    def _list_names(self, doc: Doc) -> List[Candidate]:
        """Short names listed before `等…企业` (`推进艾坦姆、孔圣堂、金鼎等龙头骨干企业`)."""
        found = []
        for m in _LIST_ITEMS.finditer(doc.text):
            offset = m.start(1)
            items = m.group(1).split("、")
            for k, item in enumerate(items):
                start = offset
                if k == 0:
                    start = self._reach_left(doc, offset + len(item))
                    start = max(start, offset)
                if doc.text[start : offset + len(item)] and (offset + len(item)) - start >= 2:
                    found.append(Candidate(start, offset + len(item), "org_lists"))
                offset += len(item) + 1
        return found

    def _aliases(self, doc: Doc, found: List[Candidate]) -> List[Candidate]:
        """Short forms of company names found in this document, wherever they recur.

        `山东硕远新材料有限公司` → `硕远新材料公司`, `硕远新材料`, `硕远`: drop the place
        prefix and the legal form; the first name word alone is a short form too.
        """
        text = doc.text
        forms = set()
        for c in found:
            name = text[c.start : c.end]
            legal = next((h for h in self.legal_forms if name.endswith(h)), None)
            if legal is None:
                continue
            core_start = c.start + len(self._place_prefix(name))
            core = text[core_start : c.end - len(legal)]
            if len(core) < 2:
                continue
            forms.update((core, core + "公司"))
            first = _token_at(doc, core_start)
            if first is not None and first.idx == core_start and 2 <= len(first.text) < len(core):
                forms.add(first.text)
        forms = {
            f
            for f in forms
            if f not in self.not_org and f not in self.stop_words and not f.startswith(self.places)
        }
        pattern = _alternation_pattern(forms)
        if pattern is None:
            return []
        taken = [(c.start, c.end) for c in found]
        return [
            Candidate(m.start(), m.end(), "org_aliases")
            for m in pattern.finditer(text)
            if not any(a < m.end() and m.start() < b for a, b in taken)
        ]

    def _place_prefix(self, name: str) -> str:
        """The place a name starts with: a province, then a city or county (`山东邹城市`)."""
        prefix = next((p for p in self.places if name.startswith(p)), "")
        rest = name[len(prefix) :]
        for k in (2, 3, 4):
            if len(rest) > k + 1 and rest[k - 1] in "市县区州盟旗":
                return prefix + rest[:k]
        return prefix


def _merge_adjacent(found: List[Candidate]) -> List[Candidate]:
    """Join candidates written together (`镇党委` + `政府`, `嘉兴市委` + `统战部`).

    Overlapping candidates keep the first, longest one.
    """
    found = sorted(found, key=lambda c: (c.start, -c.end))
    merged: List[Candidate] = []
    for c in found:
        if merged and c.start < merged[-1].end:
            if c.end > merged[-1].end and c.source == merged[-1].source:
                merged[-1] = Candidate(merged[-1].start, c.end, c.source)
            continue
        if merged and c.start == merged[-1].end and c.source == merged[-1].source == "org_heads":
            merged[-1] = Candidate(merged[-1].start, c.end, c.source)
            continue
        merged.append(c)
    return merged


def _inside_any(c: Candidate, ranges: List[Tuple[int, int]]) -> bool:
    return any(a <= c.start and c.end <= b for a, b in ranges)


def _token_at(doc: Doc, char: int):
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    return token[0] if token is not None and len(token) else None


def _alternation_pattern(words: Iterable[str]):
    words = sorted(set(words), key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in words))
