"""Writing the dataset: splits by a stable hash of the document id, provenance in the
dataset's info, a dataset card, and Parquet and spaCy DocBin exports."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from datasets import Dataset, DatasetDict
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from .errors import UserError

EXPORTS = ("parquet", "spacy")


def parse_splits(spec: Optional[str]) -> List[Tuple[str, float]]:
    """`train=0.8,validation=0.1,test=0.1` → [("train", 0.8), …]; None → [("train", 1.0)]."""
    if not spec:
        return [("train", 1.0)]
    splits = []
    for part in spec.split(","):
        name, _, share = part.partition("=")
        try:
            splits.append((name.strip(), float(share)))
        except ValueError:
            raise UserError(
                f"Bad --split {spec!r}: {part!r} is not name=fraction. "
                "Write e.g. --split train=0.8,validation=0.1,test=0.1."
            ) from None
    total = sum(share for _, share in splits)
    names = [name for name, _ in splits]
    if abs(total - 1.0) > 1e-6 or len(set(names)) != len(names) or not all(names):
        raise UserError(
            f"Bad --split {spec!r}: names must be distinct and the fractions must add up to 1 "
            f"(they add up to {total:g})."
        )
    return splits


def split_of(doc_id: str, splits: Sequence[Tuple[str, float]]) -> str:
    """The split of a document: a stable hash of its id, so that a document and all its
    sentences sit in one split and a rerun gives the same splits."""
    point = int.from_bytes(hashlib.sha256(doc_id.encode("utf-8")).digest()[:8], "big") / 2**64
    cumulative = 0.0
    for name, share in splits:
        cumulative += share
        if point < cumulative:
            return name
    return splits[-1][0]


def parse_exports(spec: Optional[str]) -> List[str]:
    exports = [e.strip() for e in (spec or "").split(",") if e.strip()]
    unknown = [e for e in exports if e not in EXPORTS]
    if unknown:
        raise UserError(f"Unknown --export {', '.join(unknown)}: choose from {', '.join(EXPORTS)}.")
    return exports


def label_counts(dataset: Dataset) -> Counter:
    return Counter(e["label"] for row in dataset["entities"] for e in row)


def export(dataset: DatasetDict, output_dir: Path, exports: Sequence[str]) -> Dict[str, str]:
    """Write the requested exports next to the dataset; returns what was written where."""
    written = {}
    if "parquet" in exports:
        folder = output_dir / "parquet"
        folder.mkdir(parents=True, exist_ok=True)
        for name, split in dataset.items():
            split.to_parquet(str(folder / f"{name}.parquet"))
        written["parquet"] = str(folder)
    if "spacy" in exports:
        folder = output_dir / "spacy"
        folder.mkdir(parents=True, exist_ok=True)
        vocab = Vocab()
        for name, split in dataset.items():
            DocBin(docs=(row_to_doc(vocab, row) for row in split)).to_disk(folder / f"{name}.spacy")
        written["spacy"] = str(folder)
    return written


def row_to_doc(vocab: Vocab, row: Dict) -> Doc:
    """A spaCy Doc with the row's tokens and entities (for `spacy train`)."""
    doc = Doc(vocab, words=row["tokens"], spaces=[False] * len(row["tokens"]))
    doc.ents = [doc.char_span(e["start"], e["end"], label=e["label"]) for e in row["entities"]]
    return doc
