"""Train a small spaCy NER (CPU, tok2vec + ner) on the DocBin export of a dataset.

It shows the dataset is trainable as written: the model learns from the `train` split,
is scored on `validation` when there is one, and is saved so that `spacy.load` opens it.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import minibatch

from .errors import UserError


@dataclass
class TrainResult:
    steps: int = 0
    losses: List[float] = field(default_factory=list)
    seconds: float = 0.0
    scores: Dict[str, float] | None = None
    output: str = ""


def _examples(nlp, path: Path) -> List[Example]:
    docs = DocBin().from_disk(path).get_docs(nlp.vocab)
    return [
        Example(Doc(nlp.vocab, words=[t.text for t in d], spaces=[False] * len(d)), d) for d in docs
    ]


def train(
    dataset_dir: Path, output: Path, max_steps: int = 200, batch_size: int = 8, seed: int = 0
) -> TrainResult:
    """Train on `dataset_dir/spacy/train.spacy`, score on `validation.spacy` if present."""
    folder = dataset_dir / "spacy"
    train_path = folder / "train.spacy"
    if not train_path.is_file():
        raise UserError(
            f"No DocBin at {train_path}. Write the dataset with `python -m pipeline run "
            f"--output {dataset_dir} --export spacy` first."
        )
    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("zh")
    nlp.add_pipe("ner")
    examples = _examples(nlp, train_path)
    if not any(e.reference.ents for e in examples):
        raise UserError(f"{train_path} has no entities to learn from.")
    optimizer = nlp.initialize(lambda: examples)
    result = TrainResult(output=str(output))
    started = time.perf_counter()
    while result.steps < max_steps:
        random.shuffle(examples)
        for batch in minibatch(examples, size=batch_size):
            losses: Dict[str, float] = {}
            nlp.update(batch, sgd=optimizer, losses=losses, drop=0.1)
            result.losses.append(float(losses["ner"]))
            result.steps += 1
            if result.steps >= max_steps:
                break
    result.seconds = time.perf_counter() - started
    validation = folder / "validation.spacy"
    if validation.is_file():
        held_out = _examples(nlp, validation)
        if held_out:
            scores = nlp.evaluate(held_out)
            result.scores = {k: scores[k] for k in ("ents_p", "ents_r", "ents_f")}
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    (output / "training.json").write_text(
        json.dumps(
            {
                "steps": result.steps,
                "losses": result.losses,
                "seconds": result.seconds,
                "validation": result.scores,
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    return result
