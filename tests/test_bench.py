"""The benchmark reports each stage as a share of the pipeline and as a ratio to raw pkuseg."""

import json

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.slow


def test_bench_reports_stage_shares_as_json():
    result = run_cli("bench", "-n", "5", "--stages-only", "--json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["documents"] == 5 and figures["raw_pkuseg_chars_per_s"] > 0
    stages = figures["stages"]
    assert set(stages) == {
        "tokenizer",
        "money_tagger",
        "org_tagger",
        "entity_resolver",
        "sentence_splitter",
    }
    assert sum(s["share_of_pipeline"] for s in stages.values()) == pytest.approx(1.0)
