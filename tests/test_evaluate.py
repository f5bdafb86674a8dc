"""`evaluate` scores the pipeline on the seed gold as the issue requires."""

import json

import pytest

from pipeline.evaluate import evaluate, same_money
from tests.conftest import DATA, run_cli

pytestmark = pytest.mark.slow


def test_seed_scores(nlp, seed_gold):
    scores = evaluate(nlp, seed_gold).as_dict()
    assert scores["MONEY"]["f1"] == 1.0
    assert scores["MONEY"]["normalised_accuracy"] == 1.0
    assert scores["ORG"]["f1"] >= 0.95


def test_evaluate_cli_prints_json(tmp_path):
    result = run_cli("evaluate", "--gold", DATA / "seed.jsonl", "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert set(scores["ORG"]) >= {"precision", "recall", "f1"}
    assert scores["documents"] == 1


def test_money_values_compare_exactly_enough():
    gold = {"value": 107796091.52, "currency": "USD", "qualifier": "approx"}
    assert same_money(
        {"value": 107796091.52, "value_max": None, "currency": "USD", "qualifier": "approx"}, gold
    )
    assert not same_money({"value": 107796091.5, "currency": "USD", "qualifier": "approx"}, gold)
