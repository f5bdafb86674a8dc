"""Lines wrapped inside a word: which breaks are taken out, and offsets mapped back."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.org.broken_lines import OffsetMap, broken_lines, without

LONG = "本公司与江西省交通运输集团有限责任公司、江西南昌旅游集团有限"

# fmt: off
BREAKS = [
    # text, offsets of the breaks taken out
    (LONG + "\n公司共同出资。", [len(LONG)]),          # a long line wrapped inside a name
    ("短标题\n本公司及董事会全体成员", []),              # a heading ends its line
    ("事争一流 唯旗是夺 奋力开创北宿镇高质量发展新局面\n四是闲置资源", []),  # a long heading
    ("记者 王芳 通讯员 李明 来源:今日高邮\n本报讯", []),  # a source line ends its line
    (LONG + "。\n公司共同出资。", []),                 # a sentence ends its line
    (LONG + "\n  公司共同出资。", []),                 # an indented paragraph
    (LONG * 3 + "\n公司共同出资。", []),              # a paragraph, not a wrapped line
]
# fmt: on


@pytest.mark.parametrize("text,expected", BREAKS)
def test_breaks_inside_words_of_long_lines(text, expected):
    assert broken_lines(text) == expected


@given(st.lists(st.sampled_from("公司集团有\n"), max_size=60), st.data())
def test_offsets_map_back_to_the_same_characters(chars, data):
    text = "".join(chars)
    cuts = [i for i, char in enumerate(text) if char == "\n"]
    joined = without(text, cuts)
    offsets = OffsetMap(cuts)
    start = data.draw(st.integers(0, len(joined)))
    end = data.draw(st.integers(start, len(joined)))
    a, b = offsets.span_to_original(start, end)
    assert text[a:b].replace("\n", "") == joined[start:end]
    if start < end:
        assert text[a] == joined[start] and text[b - 1] == joined[end - 1]
    assert all(offsets.to_joined(offsets.start_to_original(j)) == j for j in range(len(joined)))
