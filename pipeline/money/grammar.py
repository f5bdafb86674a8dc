"""The MONEY grammar: where an amount of money stands in a text, and what it is worth.

An amount is `[prefix currency] number [currency] [(至|到|-|~) number [currency]]`, read over
the characters of the original text. It is money when it carries a currency word, or when it
has a magnitude (万, 亿) and a trigger word stands just before it (`投资5亿`). Qualifiers
around it (`约`, `以上`) are recorded, not spanned. The words the grammar uses (currencies,
qualifiers, triggers, quantity units, scale words) are data, loaded from `configs/money/`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Dict, Iterable, List, Tuple

from .numbers import BARE_MAGNITUDE, NUMBER, ParsedNumber, parse_number

RANGE_SEPARATORS = r"至|到|-|－|—|~|～|〜"
SPACE = r"[ \u3000]?"
_BOUNDS = ("at_least", "at_most", "less_than", "more_than")
_SPACES = " \u3000"
_MINUS = r"[-－−]"
"""A minus sign before an amount: a loss (`净利润-2.34亿元`), kept in the span."""
_CHINESE_DIGIT = r"[一二三四五六七八九]"
"""A Chinese digit after `成` is a tenth of a share (`六成七`), never an amount's start."""
_CLAUSE_BREAK = re.compile(r"[，,。；;：:、！!？?\n（）()“”\"【】]")


@dataclass(frozen=True)
class Qualifier:
    word: str
    side: str
    qualifier: str
    not_after: str = ""


@dataclass(frozen=True)
class MoneyMatch:
    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    currency: str
    qualifier: str


class MoneyGrammar:
    """Finds amounts of money in a text. Built from the lexicons under `configs/money/`."""

    def __init__(
        self,
        currencies: Iterable[Tuple[str, ...]],
        qualifiers: Iterable[Qualifier],
        triggers: Iterable[str],
        quantity_units: Iterable[str],
        scale_words: Iterable[str],
        default_currency: str = "CNY",
        trigger_window: int = 4,
    ):
        self.prefix_codes: Dict[str, str] = {}
        self.suffix_codes: Dict[str, str] = {}
        self.ambiguous: set[str] = set()
        self.hundredths: set[str] = set()
        for surface, code, position, *flags in currencies:
            table = self.prefix_codes if position == "prefix" else self.suffix_codes
            table[surface] = code
            if "ambiguous" in flags:
                self.ambiguous.add(surface)
            if "hundredth" in flags:
                self.hundredths.add(surface)
        self.left_qualifiers = sorted(
            (q for q in qualifiers if q.side == "left"), key=lambda q: -len(q.word)
        )
        self.right_qualifiers = sorted(
            (q for q in qualifiers if q.side == "right"), key=lambda q: -len(q.word)
        )
        self.triggers = set(triggers)
        self.max_trigger = max((len(t) for t in self.triggers), default=0)
        self.quantity_units = tuple(sorted(set(quantity_units), key=len, reverse=True))
        self.scale_words = tuple(sorted(set(scale_words), key=len, reverse=True))
        self.default_currency = default_currency
        self.trigger_window = trigger_window
        prefix = _alternation(self.prefix_codes)
        suffix = _alternation(self.suffix_codes)
        self.pattern = re.compile(
            rf"(?<![0-9０-９.．第])(?!(?<=成){_CHINESE_DIGIT})"
            rf"(?:(?P<prefix>{prefix}){SPACE})?"
            rf"(?P<sign>(?<![0-9A-Za-z]){_MINUS})?(?P<n1>{NUMBER})(?:{SPACE}(?P<c1>{suffix}))?"
            rf"(?:{SPACE}(?P<sep>{RANGE_SEPARATORS}){SPACE}"
            rf"(?P<n2>{NUMBER}|{BARE_MAGNITUDE})(?:{SPACE}(?P<c2>{suffix}))?)?"
        )

    def find(self, text: str) -> List[MoneyMatch]:
        """Every amount of money in `text`, left to right, as character spans of `text`."""
        found = []
        for match in self.pattern.finditer(text):
            result = self._read(text, match)
            if result is not None:
                found.append(result)
        return found

    def _read(self, text: str, m: re.Match) -> MoneyMatch | None:
        n1 = parse_number(m.group("n1"))
        if n1 is None:
            return None
        if m.group("n2") is not None:
            ranged = self._read_range(text, m, n1)
            if ranged is not None:
                return ranged
        currency_word = m.group("c1")
        end = m.end("c1") if currency_word else m.end("n1")
        found = self._accept(text, m.start(), end, n1, None, m.group("prefix"), currency_word)
        if found is None or not m.group("sign"):
            return found
        return MoneyMatch(  # a loss: `归母净利润-2.34亿元`
            found.start, found.end, -found.value, None, found.currency, found.qualifier
        )

    def _read_range(self, text: str, m: re.Match, n1: ParsedNumber) -> MoneyMatch | None:
        n2 = parse_number(m.group("n2"), bare_ok=True)
        if n2 is None or m.group("sign"):
            return None
        if m.group("sep") in "-－—" and not n1.arabic and not n2.arabic:
            return None
        low = n1.value
        if not n1.has_magnitude and n2.trailing_magnitude > 1 and not m.group("c1"):
            low = n1.value * n2.trailing_magnitude
        if low >= n2.value:
            return None
        currency_word = m.group("c2")
        end = m.end("c2") if currency_word else m.end("n2")
        suffix = currency_word or m.group("c1")
        found = self._accept(text, m.start(), end, n2, n1, m.group("prefix"), suffix)
        if found is None:
            return None
        low, high = self._in_units(low, suffix), self._in_units(n2.value, suffix)
        return MoneyMatch(found.start, found.end, low, high, found.currency, "range")

    def _accept(
        self,
        text: str,
        start: int,
        end: int,
        number: ParsedNumber,
        first: ParsedNumber | None,
        prefix: str | None,
        suffix: str | None,
    ) -> MoneyMatch | None:
        """Decide whether the amount at `start:end` is money, and normalise it."""
        while end > start and text[end - 1] in _SPACES:
            end -= 1
        after = text[end : end + 6].lstrip(_SPACES)
        round_amount = not number.arabic and (first is None or not first.arabic)
        if round_amount and after.startswith(self.scale_words):
            return None
        if suffix in self.ambiguous and not (number.arabic or number.has_magnitude):
            return None
        bare_digit = not number.arabic and not number.units and first is None
        if bare_digit and prefix is None and not self._trigger_before(text, start):
            return None
        if prefix is None and suffix is None:
            if start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
                return None
            if not number.has_magnitude or after.startswith(self.quantity_units):
                return None
            if not self._trigger_before(text, start):
                return None
        currency = self.default_currency
        if suffix:
            currency = self.suffix_codes[suffix]
        if prefix and (not suffix or currency == self.default_currency):
            currency = self.prefix_codes[prefix]
        qualifier = self._qualifier(text, start, end, number, first)
        value = self._in_units(number.value, suffix)
        return MoneyMatch(start, end, value, None, currency, qualifier)

    def _in_units(self, value: Decimal, suffix: str | None) -> Decimal:
        """`value` in units of its currency: a hundredth's word counts cents (`15港仙`)."""
        return value / 100 if suffix in self.hundredths else value

    def _trigger_before(self, text: str, start: int) -> bool:
        """A trigger word ends at most `trigger_window` characters before `start`, in-clause."""
        left = _CLAUSE_BREAK.split(text[max(0, start - 3 * self.trigger_window - 12) : start])[-1]
        left = left.replace(" ", "").replace("\u3000", "")
        return any(t in left[-(len(t) + self.trigger_window) :] for t in self.triggers)

    def _qualifier(
        self,
        text: str,
        start: int,
        end: int,
        number: ParsedNumber,
        first: ParsedNumber | None,
    ) -> str:
        if number.approximate or (first is not None and first.approximate):
            return "more_than"
        found = []
        left_end = start
        for _ in range(2):
            q = self._left_qualifier(text, left_end)
            if q is None:
                break
            found.append(q.qualifier)
            left_end -= len(q.word)
        right = text[end : end + 4].lstrip(_SPACES)
        for q in self.right_qualifiers:
            if right.startswith(q.word):
                found.append(q.qualifier)
                break
        for qualifier in found:
            if qualifier in _BOUNDS:
                return qualifier
        return "approx" if "approx" in found else "exact"

    def _left_qualifier(self, text: str, end: int) -> Qualifier | None:
        while end > 0 and text[end - 1] in _SPACES:
            end -= 1
        for q in self.left_qualifiers:
            start = end - len(q.word)
            if start >= 0 and text.startswith(q.word, start):
                if q.not_after and start > 0 and text[start - 1] in q.not_after:
                    continue
                return q
        return None


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
