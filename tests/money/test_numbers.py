from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.money.numbers import parse_number

# fmt: off
NUMBERS = [
    ("2.61亿", "261000000", False),
    ("124.77亿", "12477000000", False),
    ("2600余万", "26000000", True),
    ("5000多万", "50000000", True),
    ("618万", "6180000", False),
    ("1,200.5", "1200.5", False),
    ("１，２００", "1200", False),
    ("２．６１亿", "261000000", False),
    ("2﹒5万", "25000", False),
    ("7500 亿", "750000000000", False),
    ("十二", "12", False),
    ("两", "2", False),
    ("一千零五", "1005", False),
    ("一百二十四点七七", "124.77", False),
    ("八點七萬", "87000", False),
    ("壹佰万", "1000000", False),
    ("伍拾億", "5000000000", False),
    ("3千万", "30000000", False),
    ("1亿8千万", "180000000", False),
    ("2个多亿", "200000000", True),
    ("15個億", "1500000000", False),
    ("十几亿", "1000000000", True),
    ("百亿", "10000000000", False),
    ("千万", "10000000", False),
    ("3万亿", "3000000000000", False),
    ("2兆41億", "2004100000000", False),
    ("三十五．三九兆", "35390000000000", False),
    ("1億335萬5,612", "103355612", False),
    ("1億779萬6,091.52", "107796091.52", False),
]
NOT_NUMBERS = ["亿", "万", "万亿", "余万", "点五", "多"]
# fmt: on


@pytest.mark.parametrize("text,value,approximate", NUMBERS)
def test_parse_number_values_exactly(text, value, approximate):
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed.value == Decimal(value)
    assert parsed.approximate is approximate


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_bare_magnitudes_and_fragments_are_not_numbers(text):
    assert parse_number(text) is None


def test_bare_magnitude_allowed_as_range_end():
    assert parse_number("亿", bare_ok=True).value == Decimal(10**8)


@given(st.text(alphabet="0123456789,.．一二两三十百千万亿萬億余多几个点零 ", max_size=20))
def test_parse_number_never_raises(text):
    parsed = parse_number(text)
    assert parsed is None or parsed.value >= 0
