"""The data readers of the config: place names from a package's table, pattern files."""

import json

import pytest

from pipeline.errors import InputError
from pipeline.readers import (
    read_admin_divisions,
    read_lexicon,
    read_listed_companies,
    read_patterns,
)


@pytest.fixture(scope="module")
def divisions():
    return set(read_admin_divisions())


# fmt: off
DIVISIONS = [
    # name, in the place list
    ("大连市", True), ("大连", True),            # a prefecture city and its short form
    ("定远县", True), ("定远", True),            # a county
    ("忠县", True), ("忠", False),               # a short form keeps two characters
    ("宁夏回族自治区", True), ("宁夏", True),    # an autonomous region without its people
    ("延边朝鲜族自治州", True), ("延边", True),
    ("新疆维吾尔自治区", True), ("新疆", True),
    ("香港特别行政区", True), ("香港", True),
    ("合作市", True), ("合作", False),           # a short form that is a common word
    ("资源县", True), ("资源", False),
    ("城区", False), ("郊区", False),            # generic district names
]
# fmt: on


@pytest.mark.parametrize("name,listed", DIVISIONS)
def test_administrative_divisions(divisions, name, listed):
    assert (name in divisions) == listed


# fmt: off
LISTED = [
    # the exchange's short name, the company's name in text
    ("平安银行", "平安银行"),
    ("万  科Ａ", "万科"),           # padding and the share class
    ("*ST华闻", "华闻"),            # a risk warning
    ("S*ST托普", "托普"),
    ("神城A退", "神城"),            # delisted
    ("云赛Ｂ股", "云赛"),
    ("XD中衡设", "中衡设"),         # a dividend day
    ("百联股份(已合并)", "百联股份"),
    ("鮮活果汁-KY", "鮮活果汁"),    # Taiwan's foreign issuers
    ("錼創科技-KY創", "錼創科技"),
    ("國巨*", "國巨"),
    ("TCL科技", "TCL科技"),
]
# fmt: on


@pytest.mark.parametrize("raw,name", LISTED)
def test_listed_short_names_lose_the_exchanges_marks(tmp_path, raw, name):
    path = tmp_path / "listed.tsv"
    path.write_text(f"# code, name, exchange\n000001\t{raw}\tSZSE\n", encoding="utf-8")
    assert read_listed_companies([str(path)]) == [
        {"name": name, "code": "000001", "exchange": "SZSE"}
    ]


def test_a_listed_company_without_tabs_names_the_row(tmp_path):
    path = tmp_path / "listed.tsv"
    path.write_text("000001 平安银行 SZSE\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"listed.tsv, row 1: a listed company needs"):
        read_listed_companies([str(path)])


def test_a_lexicon_leaves_out_the_excluded_words(tmp_path):
    words, excluded = tmp_path / "words.txt", tmp_path / "excluded.txt"
    words.write_text("大连\n上市\n", encoding="utf-8")
    excluded.write_text("# jieba's mistakes\n上市\n", encoding="utf-8")
    assert read_lexicon([str(words)], exclude=[str(excluded)]) == ["大连"]


def test_patterns_from_several_files_keep_their_extra_keys(tmp_path):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({"label": "ORG", "pattern": "中科院", "kind": "education"}) + "\n")
    second.write_text(json.dumps({"label": "ORG", "pattern": "硕远", "evidence": 3}) + "\n")
    patterns = read_patterns(str(first), paths=[str(second)])
    assert [p["pattern"] for p in patterns] == ["中科院", "硕远"]
    assert patterns[0]["kind"] == "education" and patterns[1]["evidence"] == 3


def test_a_pattern_without_a_label_names_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"pattern": "中科院"}) + "\n")
    with pytest.raises(InputError, match=r"bad.jsonl, line 1: a pattern needs"):
        read_patterns(str(path))
