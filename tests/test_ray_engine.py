"""`--engine ray` on a local Ray instance: the rows, errors and hash of `--engine local`."""

import json

import pytest
from datasets import load_from_disk

from pipeline.bench import build_corpus
from tests.conftest import ROOT, run_cli

pytest.importorskip("ray", reason="the Ray engine needs the optional dependency: .[ray]")
pytestmark = pytest.mark.slow


def _outputs(out):
    dataset = load_from_disk(str(out / "dataset"))
    rows = {name: split.to_list() for name, split in dataset.items()}
    return rows, (out / "errors.jsonl").read_text("utf-8")


def _hash(result):
    line = next(line for line in result.stdout.splitlines() if "content hash" in line)
    return line.split()[-1]


def _run(input_path, out, *args):
    result = run_cli("run", "--input", input_path, "--output", out, *args)
    assert result.returncode == 0, result.stderr
    return result


def test_seeds_give_the_rows_of_the_local_engine(tmp_path):
    local = _run(ROOT / "seeds", tmp_path / "local", "-j", "1")
    ray = _run(ROOT / "seeds", tmp_path / "ray", "--engine", "ray", "-j", "2")
    assert _outputs(tmp_path / "ray") == _outputs(tmp_path / "local")
    assert _hash(ray) == _hash(local)


def test_a_corpus_with_bad_documents_gives_the_rows_and_errors_of_the_local_engine(tmp_path):
    texts = build_corpus(ROOT / "seeds", 300, paragraphs_per_doc=1)
    lines = [
        json.dumps({"id": f"d{i:03d}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts)
    ]
    lines[7] = "{not json"
    lines[120] = json.dumps({"id": "d121", "text": "重复的编号"}, ensure_ascii=False)
    lines[200] = json.dumps({"id": "d200", "text": ""})
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", "utf-8")
    args = ("--shard-size", "25", "--split", "train=0.8,test=0.2")
    local = _run(corpus, tmp_path / "local", "-j", "1", *args)
    ray = _run(corpus, tmp_path / "ray", "--engine", "ray", "-j", "2", *args)
    rows, errors = _outputs(tmp_path / "ray")
    assert (rows, errors) == _outputs(tmp_path / "local")
    assert _hash(ray) == _hash(local)
    assert sum(len(split) for split in rows.values()) + len(errors.splitlines()) == 300
    reasons = {json.loads(line)["id"]: json.loads(line)["reason"] for line in errors.splitlines()}
    assert {"d200", "d121"} <= set(reasons) and len(reasons) == 3


def test_resume_after_a_local_run_is_done_by_ray(tmp_path):
    _run(ROOT / "seeds", tmp_path / "out", "-j", "1")
    before = _outputs(tmp_path / "out")
    _run(ROOT / "seeds", tmp_path / "out", "--engine", "ray", "--resume")
    assert _outputs(tmp_path / "out") == before


def test_names_learned_on_ray_equal_those_learned_locally(tmp_path):
    gold = ROOT / "tests" / "data" / "seed.jsonl"
    for engine in ("local", "ray"):
        result = run_cli(
            "learn-names", gold, "-o", tmp_path / f"{engine}.jsonl", "--engine", engine
        )
        assert result.returncode == 0, result.stderr
    learned = (tmp_path / "ray.jsonl").read_text("utf-8")
    assert learned and learned == (tmp_path / "local.jsonl").read_text("utf-8")
