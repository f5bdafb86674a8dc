"""A saved pipeline loads with plain `spacy.load()`, finding our components by entry points."""

import json
import subprocess
import sys

import pytest

from pipeline.records import entity_records
from tests.conftest import ROOT

pytestmark = pytest.mark.slow

TEXT = "山东硕远新材料有限公司在北宿镇投资5亿元以上,税收2600余万元。硕远还与市委对接。"

# The script never imports our package: spaCy finds the factories through entry points.
LOAD_AND_TAG = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
doc = nlp(sys.argv[2])
print(json.dumps([[e.start_char, e.end_char, e.label_] for e in doc.ents]))
"""


@pytest.fixture(scope="module")
def assembled(tmp_path_factory):
    out = tmp_path_factory.mktemp("assembled") / "zh_ner"
    result = subprocess.run(
        [sys.executable, "-m", "spacy", "assemble", "configs/zh_ner.cfg", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return out


def test_spacy_load_in_a_fresh_interpreter_gives_the_same_entities(assembled, nlp):
    result = subprocess.run(
        [sys.executable, "-c", LOAD_AND_TAG, str(assembled), TEXT],
        capture_output=True,
        text=True,
        cwd="/",
    )
    assert result.returncode == 0, result.stderr
    loaded = [tuple(e) for e in json.loads(result.stdout)]
    expected = [(e["start"], e["end"], e["label"]) for e in entity_records(nlp(TEXT))]
    assert loaded == expected
    assert {label for _, _, label in loaded} == {"ORG", "MONEY"}


def test_components_round_trip_through_bytes(nlp):
    for name in ("money_tagger", "org_tagger"):
        component = nlp.get_pipe(name)
        data = component.to_bytes()
        assert (
            type(component)(nlp, name, component.spans_key, *_settings(component))
            .from_bytes(data)
            .to_bytes()
            == data
        )


def _settings(component):
    if component.name == "money_tagger":
        return component.default_currency, component.trigger_window
    return component.money_spans_key, component.max_name_chars, component.update_user_dict
