"""Score the pipeline against a gold file: exact-span P/R/F per label, and MONEY values."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List

from spacy.language import Language

from .errors import InputError
from .records import entity_records

LABELS = ("ORG", "MONEY")
MONEY_FIELDS = ("value", "value_max", "currency", "qualifier")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    normalised_right: int = 0

    def scores(self) -> Dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f, "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Evaluation:
    counts: Dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in LABELS})
    by_source: Dict[str, Counts] = field(default_factory=dict)
    """True and false positives of each rule (`source`): how precise each rule set is."""
    documents: int = 0

    def as_dict(self) -> Dict:
        out: Dict = {"documents": self.documents}
        for label, counts in self.counts.items():
            out[label] = counts.scores()
        out["sources"] = {
            source: {"tp": c.tp, "fp": c.fp, "precision": c.tp / (c.tp + c.fp)}
            for source, c in sorted(self.by_source.items())
        }
        money = self.counts["MONEY"]
        out["MONEY"]["normalised_accuracy"] = money.normalised_right / money.tp if money.tp else 0.0
        return out


def read_gold(path: Path) -> List[Dict]:
    """Documents of a gold file: one JSON object a line with `text` and `entities`."""
    if not path.is_file():
        raise InputError(
            f"Gold file not found: {path}. Give a JSONL file like tests/data/seed.jsonl."
        )
    docs = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
            doc["text"], doc["entities"]
        except (json.JSONDecodeError, KeyError, TypeError) as e:
            raise InputError(
                f"{path}, line {i}: not a gold document ({e}); each line needs "
                '{"text": …, "entities": [{"start", "end", "label"}, …]}.'
            ) from None
        docs.append(doc)
    return docs


def same_money(pred: Dict, gold: Dict) -> bool:
    """Value, value_max, currency and qualifier agree (values to the cent)."""
    for key in ("value", "value_max"):
        a, b = pred.get(key), gold.get(key)
        if (a is None) != (b is None):
            return False
        if a is not None and abs(float(a) - float(b)) > max(0.005, 1e-12 * abs(float(b))):
            return False
    return pred.get("currency") == gold.get("currency") and pred.get("qualifier") == gold.get(
        "qualifier"
    )


def evaluate(nlp: Language, gold_docs: Iterable[Dict], batch_size: int = 32) -> Evaluation:
    gold_docs = list(gold_docs)
    result = Evaluation(documents=len(gold_docs))
    texts = (d["text"] for d in gold_docs)
    for gold, doc in zip(gold_docs, nlp.pipe(texts, batch_size=batch_size), strict=True):
        predicted = {(e["start"], e["end"], e["label"]): e for e in entity_records(doc)}
        expected = {
            (e["start"], e["end"], e["label"]): e for e in gold["entities"] if e["label"] in LABELS
        }
        for key, pred in predicted.items():
            counts = result.counts[key[2]]
            rule = result.by_source.setdefault(pred["source"], Counts())
            if key in expected:
                counts.tp += 1
                rule.tp += 1
                if key[2] == "MONEY" and same_money(pred, expected[key]):
                    counts.normalised_right += 1
            else:
                counts.fp += 1
                rule.fp += 1
        for key in expected.keys() - predicted.keys():
            result.counts[key[2]].fn += 1
    return result
