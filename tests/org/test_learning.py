"""Names learned from a corpus: the evidence collected, the counts, the thresholds, the CLI."""

import json

import pytest
from datasets import load_from_disk
from hypothesis import given
from hypothesis import strategies as st

from pipeline.org.learning import (
    LearnSettings,
    NameCollector,
    NameEvidence,
    count_occurrences,
    select,
)
from pipeline.runner import read_config
from tests.conftest import ROOT, run_cli


@pytest.fixture(scope="module")
def collector(nlp):
    config = read_config(ROOT / "configs" / "zh_ner.cfg")
    settings = LearnSettings.from_config(config)
    return NameCollector(nlp, settings)


# fmt: off
EVIDENCE = [
    # text, the names it gives evidence for (name, rule)
    ("推动山东硕远新材料有限公司建设。", [("硕远新材料", "derived"), ("硕远", "derived")]),
    ("由湖南德亿众置业有限公司投资。", [("德亿众置业", "derived"), ("德亿众", "derived")]),
    ("苏州驰星睿启企业管理合伙企业(有限合伙)(以下简称“驰星睿启”)。",
     [("驰星睿启企业管理", "derived"), ("驰星睿启", "learning_context_0")]),
    ("腾讯再一次领投酷骑。", [("酷骑", "learning_context_2")]),
    ("推进艾坦姆、孔圣堂、金鼎等龙头骨干企业发展。",
     [("艾坦姆", "org_lists"), ("孔圣堂", "org_lists"), ("金鼎", "org_lists")]),
    ("助力希杰尤特尔总部搬迁。", [("希杰尤特尔", "org_evidence")]),
    # no evidence: a bank already tagged whole, a person with a title, industry words only,
    # a name the gazetteer already knows
    ("本次签约标志着固始县与郑州银行的合作。", []),
    ("聯想之星此前已與李澤湘教授合作多次。", []),
    ("投资3.6亿元的深能扬州新能源有限公司", []),
    ("百度等投资希迪智驾天使轮", []),
]
# fmt: on


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", EVIDENCE)
def test_evidence_for_names(nlp, collector, text, expected):
    found = collector.doc_evidence(nlp(text))
    assert [(name, next(iter(e.rules))) for name, e in found.items()] == expected


@pytest.mark.slow
def test_evidence_keeps_examples_and_kinds(nlp, collector):
    found = collector.collect(nlp.pipe(["推动山东硕远新材料有限公司建设。"] * 3))
    evidence = found["硕远"]
    assert (evidence.evidence, evidence.evidence_docs) == (3, 3)
    assert evidence.kinds.most_common(1)[0][0] == "company"
    assert [text for *_, text in evidence.examples] == ["推动山东[硕远]新材料有限公司建设。"] * 2


def test_occurrences_are_counted_in_raw_text():
    names = {"硕远": NameEvidence(), "摩拜": NameEvidence(), "摩拜单车": NameEvidence()}
    count_occurrences(["硕远扩产,硕远投资。", "摩拜单车与摩拜", "无关"], names, {})
    assert (names["硕远"].occurrences, names["硕远"].documents) == (2, 1)
    assert (names["摩拜"].occurrences, names["摩拜"].documents) == (2, 1)
    assert names["摩拜单车"].occurrences == 1


def test_occurrences_match_traditional_text_through_the_table():
    names = {"联想之星": NameEvidence()}
    count_occurrences(["聯想之星投資"], names, str.maketrans({"聯": "联", "資": "资"}))
    assert names["联想之星"].occurrences == 1


@given(st.text(max_size=200), st.lists(st.text(min_size=2, max_size=5), max_size=5))
def test_occurrences_equal_substring_counts(text, words):
    names = {w: NameEvidence() for w in words}
    count_occurrences([text], names, {})
    for word, evidence in names.items():
        expected = sum(text.startswith(word, i) for i in range(len(text)))
        assert evidence.occurrences == expected
        assert evidence.documents == (1 if expected else 0)


# fmt: off
THRESHOLDS = [
    # evidence, occurrences, min_evidence, min_ratio, kept
    (1, 1, 1, 0.05, True),
    (1, 30, 1, 0.05, False),   # a word the corpus mostly uses without evidence
    (2, 30, 1, 0.05, True),
    (1, 1, 2, 0.05, False),
    (3, 10, 2, 0.5, False),
    (5, 10, 2, 0.5, True),
]
# fmt: on


@pytest.mark.parametrize("evidence,occurrences,min_evidence,min_ratio,kept", THRESHOLDS)
def test_thresholds(evidence, occurrences, min_evidence, min_ratio, kept):
    names = {"硕远": NameEvidence(evidence=evidence, evidence_docs=1, occurrences=occurrences)}
    names["硕远"].kinds["company"] += 1
    rows = select(names, LearnSettings(min_evidence=min_evidence, min_ratio=min_ratio))
    assert bool(rows) == kept
    assert all(r["without_evidence"] == occurrences - evidence for r in rows)


def test_rows_are_gazetteer_patterns_sorted_by_evidence():
    names = {}
    for name, evidence in (("甲乙", 1), ("丙丁", 4), ("戊己", 2)):
        names[name] = NameEvidence(evidence=evidence, evidence_docs=1, occurrences=evidence)
        names[name].kinds["company"] += 1
    rows = select(names, LearnSettings())
    assert [r["pattern"] for r in rows] == ["丙丁", "戊己", "甲乙"]
    assert all(r["label"] == "ORG" and r["kind"] == "company" for r in rows)


CORPUS = [
    {"id": "a", "text": "推动山东硕远新材料有限公司建设。"},
    {"id": "b", "text": "瞄准硕远下游客户,扩大产能。"},
    {"id": "c", "text": "全镇固定资产投资完成4120万元。"},
]


@pytest.mark.slow
def test_learned_names_tag_other_documents(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in CORPUS))
    names = tmp_path / "names.jsonl"
    learned = run_cli("learn-names", corpus, "--output", names, "-j", "1")
    assert learned.returncode == 0, learned.stderr
    patterns = [json.loads(line) for line in names.read_text("utf-8").splitlines()]
    assert "硕远" in {p["pattern"] for p in patterns}

    def orgs_of_b(*args):
        out = tmp_path / f"out{len(list(tmp_path.iterdir()))}"
        result = run_cli("run", "-i", corpus, "-o", out, "-j", "1", *args)
        assert result.returncode == 0, result.stderr
        row = load_from_disk(str(out / "dataset"))["train"][1]
        assert row["id"] == "b"
        return out, [(e["text"], e["source"]) for e in row["entities"]]

    assert orgs_of_b()[1] == []
    assert orgs_of_b("--gazetteer", names)[1] == [("硕远", "org_corpus")]
    out, found = orgs_of_b("--learn-names")
    assert found == [("硕远", "org_corpus")]
    assert (out / "learned_names.jsonl").read_text("utf-8") == names.read_text("utf-8")
