"""The CLI end to end, as a user runs it: the dataset it writes and what it says on bad input."""

import json

import pytest
from datasets import ClassLabel, Sequence, Value, load_from_disk

from pipeline.org.rules import ENTITY_KINDS
from pipeline.records import LABEL_NAMES
from tests.conftest import ROOT, run_cli

pytestmark = pytest.mark.slow

KINDS = {*ENTITY_KINDS, "other"}


@pytest.fixture(scope="module")
def seed_output(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed_run")
    result = run_cli("run", "--input", ROOT / "seeds", "--output", out, "--overwrite")
    assert result.returncode == 0, result.stderr
    return out, result


def test_run_prints_a_summary(seed_output):
    _, result = seed_output
    for words in (
        "documents",
        "characters",
        "entities MONEY",
        "entities ORG",
        "characters per second",
        "errors",
        "dataset",
    ):
        assert words in result.stdout


def test_dataset_features_are_exactly_as_documented(seed_output):
    out, _ = seed_output
    dataset = load_from_disk(str(out / "dataset"))
    assert list(dataset) == ["train"]
    features = dataset["train"].features
    assert features["id"] == Value("string")
    assert features["text"] == Value("string")
    assert features["tokens"] == Sequence(Value("string"))
    assert features["ner_tags"] == Sequence(ClassLabel(names=LABEL_NAMES))
    assert features["ner_tags"].feature.names == ["O", "B-ORG", "I-ORG", "B-MONEY", "I-MONEY"]
    entity = features["entities"].feature
    assert set(entity) == {
        "start",
        "end",
        "label",
        "text",
        "source",
        "kind",
        "value",
        "value_max",
        "currency",
        "qualifier",
    }


def test_rows_are_consistent(seed_output):
    out, _ = seed_output
    train = load_from_disk(str(out / "dataset"))["train"]
    seed_text = (ROOT / "seeds" / "000_748449143b5c34ac.txt").read_text("utf-8")
    assert train["id"] == ["000_748449143b5c34ac"]
    names = train.features["ner_tags"].feature.names
    for row in train:
        assert row["text"] == seed_text
        assert "".join(row["tokens"]) == row["text"]
        assert len(row["tokens"]) == len(row["ner_tags"])
        starts, offset = {}, 0
        for i, token in enumerate(row["tokens"]):
            starts[offset] = i
            offset += len(token)
        ends = {s + len(row["tokens"][i]) for s, i in starts.items()}
        expected = ["O"] * len(row["tokens"])
        labels = set()
        for ent in row["entities"]:
            assert row["text"][ent["start"] : ent["end"]] == ent["text"]
            assert ent["start"] in starts and ent["end"] in ends, ent
            assert ent["source"]
            labels.add(ent["label"])
            first = starts[ent["start"]]
            expected[first] = "B-" + ent["label"]
            i = first + 1
            while i < len(row["tokens"]) and sum(map(len, row["tokens"][:i])) < ent["end"]:
                expected[i] = "I-" + ent["label"]
                i += 1
            if ent["label"] == "MONEY":
                assert ent["value"] > 0 and ent["currency"] and ent["qualifier"]
                assert ent["kind"] is None
            else:
                assert ent["value"] is None and ent["currency"] is None
                assert ent["kind"] in KINDS
        assert [names[t] for t in row["ner_tags"]] == expected
        assert labels == {"ORG", "MONEY"}


def test_seed_money_amounts_are_found_with_values(seed_output, seed_gold):
    out, _ = seed_output
    row = load_from_disk(str(out / "dataset"))["train"][0]
    found = {(e["start"], e["end"]): e for e in row["entities"] if e["label"] == "MONEY"}
    for gold in (e for e in seed_gold[0]["entities"] if e["label"] == "MONEY"):
        ent = found[(gold["start"], gold["end"])]
        assert (ent["value"], ent["currency"], ent["qualifier"]) == (
            gold["value"],
            gold["currency"],
            gold["qualifier"],
        )


def test_bad_documents_become_error_records(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "nested").mkdir(parents=True)
    (corpus / "good.txt").write_text("山东硕远新材料有限公司投资5亿元。", "utf-8")
    (corpus / "nested" / "also_good.txt").write_text("北宿镇党委召开会议。", "utf-8")
    (corpus / "empty.txt").write_text("  \n", "utf-8")
    (corpus / "latin1.txt").write_bytes("投资".encode("gbk"))
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    out = tmp_path / "out"
    result = run_cli("run", "--input", corpus, "--output", out)
    assert result.returncode == 0, result.stderr
    rows = load_from_disk(str(out / "dataset"))["train"]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert sorted(rows["id"]) == ["good", "nested/also_good"]
    reasons = {e["id"]: e["reason"] for e in errors}
    assert set(reasons) == {"empty", "latin1", "binary"}
    assert "empty" in reasons["empty"]
    assert "UTF-8" in reasons["latin1"]
    assert "binary" in reasons["binary"]
    assert all(e["source"].endswith(".txt") for e in errors)
    assert "errors" in result.stdout and "3" in result.stdout


def test_jsonl_input_keeps_ids_and_records_bad_lines(tmp_path):
    source = tmp_path / "docs.jsonl"
    source.write_text(
        json.dumps({"id": "a", "text": "投资5亿元"}, ensure_ascii=False)
        + "\n"
        + "not json\n"
        + json.dumps({"id": "a", "text": "重复"}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "b", "text": ""})
        + "\n"
        + json.dumps({"id": "c", "text": "\ud800投资"})
        + "\n"
        + json.dumps({"id": "d\udc00", "text": "投资"})
        + "\n",
        "utf-8",
    )
    out = tmp_path / "out"
    result = run_cli("run", "--input", source, "--output", out)
    assert result.returncode == 0, result.stderr
    assert load_from_disk(str(out / "dataset"))["train"]["id"] == ["a"]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert [e["reason"].split(" ")[0] for e in errors[:3]] == ["line", "duplicate", "empty"]
    assert "lone surrogate (U+D800) at offset 0" in errors[3]["reason"]
    assert "a field other than the text holds a lone surrogate" in errors[4]["reason"]


@pytest.mark.parametrize(
    "args,message",
    [
        (["--input", "does/not/exist"], "Input not found: does/not/exist"),
        (["--config", "does/not/exist.cfg"], "Config not found"),
        (["--engine", "spark"], "Unknown engine 'spark': use one of local, ray"),
        (["--gazetteer", "does/not/exist.jsonl"], "Gazetteer not found: does/not/exist.jsonl"),
    ],
)
def test_user_errors_exit_with_one_message(tmp_path, args, message):
    result = run_cli("run", "--output", tmp_path / "out", *args)
    assert result.returncode != 0
    assert message in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_ray_engine_without_ray_names_the_install_command(tmp_path):
    fake = tmp_path / "site" / "ray"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text('raise ImportError("No module named ray")\n')
    out = tmp_path / "out"
    result = run_cli(
        "run", "--output", out, "--engine", "ray", env={"PYTHONPATH": str(tmp_path / "site")}
    )
    assert result.returncode == 1
    assert "pip install '.[ray]'" in result.stdout
    assert not out.exists()


def test_empty_folder_is_refused(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run_cli("run", "--input", tmp_path / "empty", "--output", tmp_path / "out")
    assert result.returncode != 0
    assert "No .txt files under" in result.stdout
    assert "Traceback" not in result.stderr


def test_config_that_does_not_parse_is_refused(tmp_path):
    bad = tmp_path / "bad.cfg"
    bad.write_text("[nlp\nlang = zh\n", "utf-8")
    result = run_cli("run", "--config", bad, "--output", tmp_path / "out")
    assert result.returncode != 0
    said = " ".join(result.stdout.split())
    assert str(bad) in said and "is not valid" in said
    assert "Traceback" not in result.stderr


def test_non_empty_output_needs_overwrite(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("x")
    result = run_cli("run", "--output", out)
    assert result.returncode != 0
    assert "--overwrite" in result.stdout
    assert (out / "keep.txt").exists()
