"""Rows in both token views and both units: tags agree with entities, offsets map back."""

import pytest

from pipeline.records import LABEL_NAMES, TokenView, Unit, doc_rows

pytestmark = pytest.mark.slow

TEXT = (
    "山东硕远新材料有限公司投资5亿元。\n北宿镇党委书记表示,税收 2600余万元 已到位!"
    "推进艾坦姆、孔圣堂等龙头企业。"
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


@pytest.mark.parametrize("tokens", [TokenView.word, TokenView.char])
@pytest.mark.parametrize("unit", [Unit.document, Unit.sentence])
def test_characters_of_each_entity_carry_its_tags_and_no_other_does(doc, tokens, unit):
    """The check a transformers user makes after aligning labels to characters."""
    rows = list(doc_rows("d", doc, tokens=tokens, unit=unit))
    assert sum(len(r["entities"]) for r in rows) == len(doc.ents) > 3
    for row in rows:
        assert "".join(row["tokens"]) == row["text"]
        char_tags = []
        for token, tag in zip(row["tokens"], row["ner_tags"], strict=True):
            name = LABEL_NAMES[tag]
            inside = "I-" + name[2:] if name != "O" else "O"
            char_tags += [name] + [inside] * (len(token) - 1)
        expected = ["O"] * len(row["text"])
        for ent in row["entities"]:
            expected[ent["start"]] = "B-" + ent["label"]
            for i in range(ent["start"] + 1, ent["end"]):
                expected[i] = "I-" + ent["label"]
        assert char_tags == expected


def test_char_tokens_are_single_characters(doc):
    (row,) = doc_rows("d", doc, tokens=TokenView.char)
    assert row["tokens"] == list(TEXT)


def test_sentence_rows_map_back_to_the_document(doc):
    rows = list(doc_rows("d", doc, unit=Unit.sentence))
    assert len(rows) == 3
    assert "".join(r["text"] for r in rows) == TEXT
    for row in rows:
        assert row["doc_id"] == "d" and row["id"].startswith("d#")
        for ent in row["entities"]:
            start, end = row["offset"] + ent["start"], row["offset"] + ent["end"]
            assert TEXT[start:end] == ent["text"]
