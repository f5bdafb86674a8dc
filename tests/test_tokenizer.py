"""Segmentation: real pkuseg words, traditional text cut like simplified, sentences."""

import pytest

pytestmark = pytest.mark.slow


def test_pkuseg_segments_words(nlp):
    words = [t.text for t in nlp.make_doc("北宿镇人民政府召开新闻发布会")]
    assert words == ["北宿镇", "人民政府", "召开", "新闻", "发布会"]


def test_traditional_text_is_cut_like_simplified_and_keeps_its_characters(nlp):
    traditional = nlp.make_doc("聯想之星攜手紅杉中國投資")
    simplified = nlp.make_doc("联想之星携手红杉中国投资")
    assert [len(t) for t in traditional] == [len(t) for t in simplified]
    assert traditional.text == "聯想之星攜手紅杉中國投資"


def test_a_dictionary_name_ends_where_the_name_ends(nlp):
    # `经济部` and `经济部投审会` are both in the user dictionary (the gazetteer)
    words = [t.text for t in nlp.make_doc("经济部投资业务处")]
    assert words[:2] == ["经济部", "投资"]


@pytest.mark.parametrize(
    "text",
    ["大家好!上午好,首先", "  两个空格  之后 ", "第一行\n\n第二行\n", "全角　空格", "ABC公司 DEF"],
)
def test_tokens_keep_the_text(nlp, text):
    doc = nlp.make_doc(text)
    assert doc.text == text


def test_sentences_split_at_punctuation_and_line_breaks(nlp):
    doc = nlp("大家好!上午好。请问“北宿镇在哪里?”\n下一步;北宿镇将推进")
    assert [s.text.strip() for s in doc.sents] == [
        "大家好!",
        "上午好。",
        "请问“北宿镇在哪里?”",
        "下一步;",
        "北宿镇将推进",
    ]
