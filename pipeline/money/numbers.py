"""Parse the number part of a Chinese amount into an exact `Decimal`.

Handles Arabic digits (half- and full-width, thousands separators, `.`/`．`/`﹒` decimal
points), Chinese and financial numerals (`一百二十四点七七`, `壹佰`, `两`, `〇`, `○`), magnitudes
(`十 百 千 万 亿`, traditional `萬 億`, and their combinations `千万`, `万亿`), mixed forms
(`3千万`, `1亿8千万`, `1億335萬5,612`) and approximators inside an amount (`余 多 几`,
`2个多亿`). Approximate amounts are valued at their stated lower bound (`2600余万` → 26000000).

We write this ourselves rather than use `cn2an`: cn2an 0.5 (checked on our table) raises on
approximators (`2600余万`, `十几亿`, `2个多亿`), thousands separators (`1,200.5`), full-width
digits (`１，２００`) and mixed traditional forms (`1億335萬5,612`), the common case in news, and
returns floats, not exact decimals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

ARABIC = r"[0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*(?:[.．﹒][0-9０-９]+)?"
CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "貳": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
"""`兆` is 10**12 in money (Taiwan's `2兆41億元`); before `瓦` or `赫` it is a unit's prefix, and
no amount of money."""
APPROXIMATORS = "余餘多几幾"
LEADING_APPROXIMATORS = "几幾数數"
"""Approximators that can open an amount before a unit (`几十万`, `数百万`)."""
COUNTER = "个個"
POINT = "点點．"
"""The decimal point between Chinese digits (`八点七万`, `八點七萬`, `三十五．三九兆`)."""

_CN_NUMERAL = "".join(CN_DIGITS) + "".join(SMALL_UNITS)
_MAGNITUDE = "".join(BIG_UNITS)
# One amount: starts with a numeral, then numerals, magnitudes, approximators, a point between
# Chinese digits, and a counter only before a magnitude (`15個億`, `2个多亿`). A space may
# stand before a magnitude (`1121 万`).
NUMBER = (
    rf"(?:{ARABIC}|[{_CN_NUMERAL}]|[{LEADING_APPROXIMATORS}](?=[{''.join(SMALL_UNITS)}]))"
    rf"(?:{ARABIC}|[{_CN_NUMERAL}{_MAGNITUDE}{APPROXIMATORS}]|[{POINT}](?=[{''.join(CN_DIGITS)}])"
    rf"|[{COUNTER}](?=[{APPROXIMATORS}]?[{_MAGNITUDE}])|[ \u3000](?=[{_MAGNITUDE}]))*"
)
# A bare magnitude: only allowed as the upper end of a range (`5000万元至亿元`).
BARE_MAGNITUDE = rf"[{_MAGNITUDE}]+"

_ARABIC_RE = re.compile(ARABIC)
_FULLWIDTH = str.maketrans("０１２３４５６７８９．﹒", "0123456789..")


@dataclass(frozen=True)
class ParsedNumber:
    value: Decimal
    approximate: bool
    """An approximator (余 多 几) stands inside the amount."""
    has_magnitude: bool
    """A big magnitude (万, 亿) stands in the amount."""
    trailing_magnitude: int
    """The product of the big magnitudes 万/亿 that end the amount (`10亿` → 10**8), else 1."""
    arabic: bool
    """The amount contains Arabic digits."""
    units: bool
    """A unit word (十 百 千 万 亿) stands in the amount: `三元` has none, `三十元` has."""


def parse_number(text: str, bare_ok: bool = False) -> ParsedNumber | None:
    """Parse an amount matched by `NUMBER`; None if it is not a well-formed number.

    A bare magnitude (`亿`, `万`) without a numeral is a number only with `bare_ok`.
    """
    s = text.replace(" ", "").replace("\u3000", "")
    total = Decimal(0)
    wan = Decimal(0)
    section = Decimal(0)
    num: Decimal | None = None
    last_was_cn_digit = False
    decimal_place = 0
    trillions = Decimal(0)
    approximate = has_magnitude = arabic = has_numeral = False
    i = 0
    while i < len(s):
        ch = s[i]
        match = _ARABIC_RE.match(s, i)
        if match:
            if num is not None:
                return None
            num = Decimal(match.group().translate(_FULLWIDTH).replace(",", "").replace("，", ""))
            arabic = has_numeral = True
            last_was_cn_digit = False
            i = match.end()
            continue
        if ch in CN_DIGITS:
            digit = Decimal(CN_DIGITS[ch])
            if decimal_place:
                num = (num or Decimal(0)) + digit.scaleb(-decimal_place)
                decimal_place += 1
            elif num is not None and last_was_cn_digit:
                num = num * 10 + digit
            elif num is not None:
                return None
            else:
                num = digit
            has_numeral = last_was_cn_digit = True
        elif ch in POINT:
            if num is None or decimal_place:
                return None
            decimal_place = 1
            last_was_cn_digit = False
        elif ch in SMALL_UNITS:
            section += (num if num is not None else Decimal(1)) * SMALL_UNITS[ch]
            num, decimal_place, last_was_cn_digit = None, 0, False
            has_numeral = True
        elif ch == "兆":
            block = total + wan + section + (num or 0)
            if block == 0:
                return None
            trillions += block * BIG_UNITS[ch]
            total = wan = section = Decimal(0)
            num, decimal_place, last_was_cn_digit = None, 0, False
            has_magnitude = True
        elif ch in BIG_UNITS:
            block = wan + section + (num or 0) if ch in "亿億" else section + (num or 0)
            if block == 0:
                if not (bare_ok and not has_numeral):
                    return None
                block = Decimal(1)
            if ch in "亿億":
                total += block * BIG_UNITS[ch]
                wan = Decimal(0)
            else:
                wan += block * BIG_UNITS[ch]
            section, num, decimal_place, last_was_cn_digit = Decimal(0), None, 0, False
            has_magnitude = True
        elif ch in LEADING_APPROXIMATORS and i == 0:
            if i + 1 >= len(s) or s[i + 1] not in SMALL_UNITS:
                return None
            approximate = True
        elif ch in APPROXIMATORS:
            if not has_numeral:
                return None
            approximate = True
            last_was_cn_digit = False
        elif ch in COUNTER:
            last_was_cn_digit = False
        else:
            return None
        i += 1
    if not has_numeral and not (bare_ok and has_magnitude):
        return None
    value = trillions + total + wan + section + (num or 0)
    return ParsedNumber(
        value=value,
        approximate=approximate,
        has_magnitude=has_magnitude,
        trailing_magnitude=_trailing_magnitude(s),
        arabic=arabic,
        units=any(ch in SMALL_UNITS or ch in BIG_UNITS for ch in s),
    )


def _trailing_magnitude(s: str) -> int:
    product = 1
    for ch in reversed(s):
        if ch in BIG_UNITS:
            product *= BIG_UNITS[ch]
        elif ch not in APPROXIMATORS + COUNTER:
            break
    return product
