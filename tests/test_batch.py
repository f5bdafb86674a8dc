"""Batch runs at scale: parallel, resumable after kill -9, every input format, nothing lost."""

import gzip
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from datasets import Dataset, load_from_disk

from pipeline.bench import build_corpus
from tests.conftest import ROOT, run_cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def texts():
    return build_corpus(ROOT / "seeds", 40, paragraphs_per_doc=3)


@pytest.fixture(scope="module")
def jsonl(texts, tmp_path_factory):
    path = tmp_path_factory.mktemp("in") / "docs.jsonl"
    rows = [{"id": f"d{i:03d}", "text": t} for i, t in enumerate(texts)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def _rows(out):
    dataset = load_from_disk(str(out / "dataset"))
    return {name: split.to_list() for name, split in dataset.items()}


def _hash(result):
    line = next(line for line in result.stdout.splitlines() if "content hash" in line)
    return line.split()[-1]


@pytest.fixture(scope="module")
def clean_run(jsonl, tmp_path_factory):
    out = tmp_path_factory.mktemp("clean") / "out"
    result = run_cli("run", "--input", jsonl, "--output", out, "--shard-size", "4", "-j", "1")
    assert result.returncode == 0, result.stderr
    return out, result


def test_one_and_two_processes_give_identical_rows(jsonl, clean_run, tmp_path):
    out = tmp_path / "two"
    result = run_cli("run", "--input", jsonl, "--output", out, "--shard-size", "4", "-j", "2")
    assert result.returncode == 0, result.stderr
    assert _rows(out) == _rows(clean_run[0])
    assert _hash(result) == _hash(clean_run[1])


def test_kill_9_then_resume_gives_the_rows_of_a_clean_run(texts, clean_run, tmp_path):
    big = tmp_path / "big.jsonl"
    rows = [{"id": f"d{i:03d}", "text": t} for i, t in enumerate(texts * 8)]
    rows = [{"id": f"{r['id']}-{k}", "text": r["text"]} for k, r in enumerate(rows)]
    big.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    args = ["run", "--input", big, "--output", tmp_path / "out", "--shard-size", "8", "-j", "1"]
    clean = run_cli(*[a if a != tmp_path / "out" else tmp_path / "clean" for a in args])
    assert clean.returncode == 0, clean.stderr
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", *map(str, args)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    manifest = tmp_path / "out" / "shards" / "manifest.jsonl"
    deadline = time.time() + 120
    while time.time() < deadline:
        if manifest.is_file() and len(manifest.read_text("utf-8").splitlines()) >= 3:
            break
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    finished = len(manifest.read_text("utf-8").splitlines())
    assert 3 <= finished < len(rows) / 8, "the run was not killed in the middle"
    refused = run_cli(*args)
    assert refused.returncode != 0 and "--resume" in refused.stdout
    resumed = run_cli(*args, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert _rows(tmp_path / "out") == _rows(tmp_path / "clean")
    assert _hash(resumed) == _hash(clean)


def test_every_input_format_gives_the_same_rows(texts, jsonl, clean_run, tmp_path):
    records = [{"id": f"d{i:03d}", "text": t} for i, t in enumerate(texts)]
    folder = tmp_path / "txt"
    folder.mkdir()
    for r in records:
        (folder / f"{r['id']}.txt").write_text(r["text"], "utf-8")
    gz = tmp_path / "docs.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as f:
        f.write(jsonl.read_text("utf-8"))
    parquet = tmp_path / "docs.parquet"
    Dataset.from_list([{"doc": r["id"], "body": r["text"]} for r in records]).to_parquet(
        str(parquet)
    )
    saved = tmp_path / "saved"
    Dataset.from_list(records).save_to_disk(str(saved))
    expected = _rows(clean_run[0])
    for source, extra in [
        (folder, []),
        (gz, []),
        (saved, []),
        (parquet, ["--id-field", "doc", "--text-field", "body"]),
    ]:
        out = tmp_path / f"out-{source.name}"
        result = run_cli("run", "--input", source, "--output", out, "-j", "1", *extra)
        assert result.returncode == 0, result.stderr
        got = _rows(out)
        for name in expected:
            for row, want in zip(got[name], expected[name], strict=True):
                assert (
                    row["id"],
                    row["text"],
                    row["tokens"],
                    row["ner_tags"],
                    row["entities"],
                ) == (want["id"], want["text"], want["tokens"], want["ner_tags"], want["entities"])


def test_a_long_document_is_annotated_in_chunks_and_kept_whole(texts, tmp_path):
    text = "\n".join(texts[:6])
    source = tmp_path / "long.jsonl"
    source.write_text(json.dumps({"id": "long", "text": text}, ensure_ascii=False) + "\n", "utf-8")
    whole = run_cli("run", "--input", source, "--output", tmp_path / "a", "-j", "1")
    chunked = run_cli(
        "run", "--input", source, "--output", tmp_path / "b", "-j", "1", "--max-chars", "500"
    )
    assert whole.returncode == 0 and chunked.returncode == 0, chunked.stderr
    (row,) = _rows(tmp_path / "b")["train"]
    assert row["text"] == text and "".join(row["tokens"]) == text
    assert [e["text"] for e in row["entities"]] == [
        text[e["start"] : e["end"]] for e in row["entities"]
    ]
    expected = {
        (e["start"], e["end"], e["label"]) for e in _rows(tmp_path / "a")["train"][0]["entities"]
    }
    got = {(e["start"], e["end"], e["label"]) for e in row["entities"]}
    assert len(got & expected) >= 0.9 * len(expected)
