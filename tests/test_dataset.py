"""The written dataset: splits, provenance, card, exports, and a model trained from it."""

import json

import pytest
import spacy
from datasets import Features, load_dataset, load_from_disk
from huggingface_hub import DatasetCard
from spacy.tokens import DocBin
from spacy.vocab import Vocab

from pipeline.bench import build_corpus
from pipeline.dataset import parse_splits, split_of
from pipeline.errors import UserError
from tests.conftest import ROOT, run_cli

OPTIONS = [
    "--unit",
    "sentence",
    "--split",
    "train=0.6,validation=0.2,test=0.2",
    "--export",
    "parquet,spacy",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "docs.jsonl"
    lines = [
        json.dumps({"id": f"doc{i}", "text": text, "site": "seed", "page": i}, ensure_ascii=False)
        for i, text in enumerate(build_corpus(ROOT / "seeds", 12, paragraphs_per_doc=4))
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(corpus, out, *extra):
    result = run_cli("run", "--input", corpus, "--output", out, *OPTIONS, *extra)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def written(corpus, tmp_path_factory):
    return _run(corpus, tmp_path_factory.mktemp("out") / "a")


def test_split_spec_is_parsed_and_checked():
    assert parse_splits("train=0.8,validation=0.1,test=0.1") == [
        ("train", 0.8),
        ("validation", 0.1),
        ("test", 0.1),
    ]
    assert parse_splits(None) == [("train", 1.0)]
    for bad in ("train=0.8,test=0.1", "train=x", "train=0.5,train=0.5"):
        with pytest.raises(UserError):
            parse_splits(bad)


def test_split_of_is_stable_and_follows_the_fractions():
    splits = parse_splits("train=0.8,validation=0.1,test=0.1")
    names = [split_of(f"doc-{i}", splits) for i in range(2000)]
    assert names == [split_of(f"doc-{i}", splits) for i in range(2000)]
    assert 0.75 < names.count("train") / 2000 < 0.85


@pytest.mark.slow
def test_a_document_and_its_sentences_sit_in_one_split(written):
    dataset = load_from_disk(str(written / "dataset"))
    assert list(dataset) == ["train", "validation", "test"]
    where = {}
    for name, split in dataset.items():
        for doc_id in split["doc_id"]:
            assert where.setdefault(doc_id, name) == name
    assert len(where) == 12


@pytest.mark.slow
def test_rows_carry_source_meta_and_provenance(written, corpus):
    dataset = load_from_disk(str(written / "dataset"))
    row = dataset["train"][0]
    assert row["source"].startswith(str(corpus))
    assert json.loads(row["meta"])["site"] == "seed"
    provenance = json.loads(dataset["train"].info.description)
    assert provenance["unit"] == "sentence" and len(provenance["config_sha256"]) == 64
    assert dataset["train"].info.version


@pytest.mark.slow
def test_two_runs_give_identical_splits_and_rows(written, corpus, tmp_path):
    again = _run(corpus, tmp_path / "b")
    first, second = load_from_disk(str(written / "dataset")), load_from_disk(str(again / "dataset"))
    for name in first:
        assert first[name].to_list() == second[name].to_list()


@pytest.mark.slow
def test_card_yaml_parses_and_matches_the_features(written):
    card = DatasetCard.load(str(written / "README.md"))
    dataset = load_from_disk(str(written / "dataset"))
    assert card.data["task_categories"] == ["token-classification"]
    assert card.data["annotations_creators"] == ["machine-generated"]
    assert (
        Features._from_yaml_list(card.data["dataset_info"]["features"]) == dataset["train"].features
    )
    splits = {s["name"]: s["num_examples"] for s in card.data["dataset_info"]["splits"]}
    assert splits == {name: split.num_rows for name, split in dataset.items()}
    assert "## Limitations" in card.text and "config hash" in card.text


@pytest.mark.slow
def test_parquet_rows_equal_arrow_rows(written):
    dataset = load_from_disk(str(written / "dataset"))
    for name, split in dataset.items():
        parquet = load_dataset(
            "parquet", data_files=str(written / "parquet" / f"{name}.parquet"), split="train"
        )
        assert parquet.features == split.features
        assert parquet.to_list() == split.to_list()


@pytest.mark.slow
def test_docbin_entities_equal_dataset_entities(written):
    dataset = load_from_disk(str(written / "dataset"))
    for name, split in dataset.items():
        docs = list(DocBin().from_disk(written / "spacy" / f"{name}.spacy").get_docs(Vocab()))
        assert len(docs) == split.num_rows
        assert [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in docs] == [
            [(e["start"], e["end"], e["label"]) for e in row] for row in split["entities"]
        ]


@pytest.mark.slow
def test_char_view_from_the_command_line(corpus, tmp_path):
    out = _run(corpus, tmp_path / "c", "--tokens", "char")
    row = load_from_disk(str(out / "dataset"))["train"][0]
    assert all(len(t) == 1 for t in row["tokens"])


@pytest.mark.slow
def test_a_model_trained_on_the_dataset_learns(written, tmp_path):
    result = run_cli("train", written, "--output", tmp_path / "model", "--max-steps", "40")
    assert result.returncode == 0, result.stderr
    log = json.loads((tmp_path / "model" / "training.json").read_text("utf-8"))
    losses = log["losses"]
    assert len(losses) == 40
    assert sum(losses[-5:]) < sum(losses[:5]) / 2
    assert log["validation"] is not None
    assert spacy.load(tmp_path / "model").pipe_names == ["ner"]
