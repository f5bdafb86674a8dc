"""The dataset card: `README.md` in the output folder, its YAML header made from the Features."""

from __future__ import annotations

import json
from typing import Dict

from datasets import DatasetDict
from datasets.info import DatasetInfosDict
from huggingface_hub import DatasetCard, DatasetCardData

from .dataset import label_counts

LIMITATIONS = """\
The labels are made by rules (lexicons, gazetteers, a money grammar), not by people:
- ORG recall is lower than precision: short company names with no head word and no
  telling context are missed (names learned from the corpus, source `org_corpus`, catch
  some of them when the run learned names).
- Organisation boundaries follow the annotation guidelines of this project (a place written
  before a name belongs to it, a job title after it does not), which differ from other
  corpora (People's Daily 1998 tags sports teams; OntoNotes tags facilities differently).
- MONEY values are exact for the forms the grammar knows; an amount written in a form it does
  not know is missed rather than mis-valued.
- Segmentation is pkuseg's mixed-domain model; tokens split to fit an entity are counted in
  the run summary."""


def card_data(dataset: DatasetDict) -> DatasetCardData:
    """The YAML header: task metadata, and `dataset_info` generated from the Features."""
    data = DatasetCardData(
        language=["zh"],
        task_categories=["token-classification"],
        task_ids=["named-entity-recognition"],
        annotations_creators=["machine-generated"],
        multilinguality=["monolingual"],
        pretty_name="Chinese ORG and MONEY (rule-made)",
    )
    info = next(iter(dataset.values())).info
    info.splits = None
    infos = DatasetInfosDict({"default": info})
    infos.to_dataset_card_data(data)
    data["dataset_info"]["splits"] = [
        {"name": name, "num_examples": split.num_rows} for name, split in dataset.items()
    ]
    return data


def write_card(dataset: DatasetDict, path, provenance: Dict) -> DatasetCard:
    data = card_data(dataset)
    first = next((split[0] for split in dataset.values() if split.num_rows), None)
    features = next(iter(dataset.values())).features
    rows = [
        f"| {name} | {split.num_rows} | "
        + ", ".join(f"{k} {v}" for k, v in sorted(label_counts(split).items()))
        + " |"
        for name, split in dataset.items()
    ]
    example = json.dumps(_shorten(first), ensure_ascii=False, indent=1) if first else "(empty)"
    body = f"""
# Chinese ORG and MONEY, rule-made

Chinese text annotated with organisations (`ORG`) and amounts of money (`MONEY`) by the
rules of `zh-ner-pipeline` {provenance["package_version"]}: IOB2 tags over
{provenance["tokens"]} tokens, one row per {provenance["unit"]}. Every MONEY entity carries
its exact normalised `value` (and `value_max` for a range), ISO `currency` and `qualifier`;
every ORG entity its `kind` (company, government, party, media, education, health,
association or other). Each entity's `source` names the rule that made it.

## Fields

{_fields(features)}

`ner_tags` names: {features["ner_tags"].feature.names}. Entity offsets are character offsets
into `text`, end exclusive; `"".join(tokens) == text`.

## Splits

| split | rows | entities |
|---|---|---|
{chr(10).join(rows)}

Documents are assigned to splits by a stable hash of their id: a document and all its
sentences sit in one split, and a rerun gives the same splits.

## Example

```json
{example}
```

## How it was made

- package: zh-ner-pipeline {provenance["package_version"]}
- config hash (SHA-256 of the pipeline config): `{provenance["config_sha256"]}`
- segmentation: {provenance["pkuseg_model"]}
- options: tokens={provenance["tokens"]}, unit={provenance["unit"]},
  split={provenance["split"]}
- input: `{provenance["input"]}`

The same provenance is stored in the dataset's `info.description` (JSON).

## Limitations

{LIMITATIONS}
"""
    card = DatasetCard(f"---\n{data.to_yaml()}\n---\n{body}")
    card.save(str(path))
    return card


def _fields(features) -> str:
    lines = ["| column | type |", "|---|---|"]
    for name, feature in features.items():
        lines.append(f"| `{name}` | `{_type_name(feature)}` |")
    return "\n".join(lines)


def _type_name(feature) -> str:
    text = repr(feature)
    return text if len(text) < 60 else text[:57] + "…"


def _shorten(row: Dict) -> Dict:
    """One real row, with long lists cut so the card stays readable."""
    short = dict(row)
    if len(short["text"]) > 120:
        short["text"] = short["text"][:120] + "…"
    for key in ("tokens", "ner_tags"):
        short[key] = short[key][:20]
    short["entities"] = short["entities"][:3]
    return short
