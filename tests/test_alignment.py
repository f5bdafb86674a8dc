"""Entities whose boundaries fall inside a pkuseg token split the token; none is dropped."""

import pytest

from pipeline.alignment import char_spans, token_splits

pytestmark = pytest.mark.slow


def test_a_boundary_inside_a_token_splits_it_and_is_counted(nlp):
    doc = nlp.make_doc("总投资超百亿的项目")
    start = doc.text.index("百亿")
    (span,) = char_spans(doc, [(start, start + 2, "MONEY")])
    assert span.text == "百亿"
    assert token_splits(doc) >= 1
    assert doc.text == "总投资超百亿的项目"


def test_the_pipeline_aligns_money_inside_a_token(nlp):
    doc = nlp("总投资超百亿的项目")
    assert [(e.text, e.label_, e._.qualifier) for e in doc.ents] == [("百亿", "MONEY", "more_than")]


def test_other_span_groups_survive_a_split(nlp):
    doc = nlp.make_doc("北宿镇党委投资超百亿")
    doc.spans["org"] = char_spans(doc, [(0, 5, "ORG")])
    char_spans(doc, [(8, 10, "MONEY")])
    assert [s.text for s in doc.spans["org"]] == ["北宿镇党委"]
