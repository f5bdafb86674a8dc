"""Config readers for the plain data files under `configs/` (lexicons, tables, patterns).

Used in `[initialize]`, so that data is read once when a pipeline is assembled and then
serialised with it: a saved pipeline never needs these paths again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List

import srsly
from spacy.util import registry

from .errors import InputError


def _open_lines(path: str) -> List[str]:
    file = Path(path)
    if not file.is_file():
        raise InputError(
            f"Data file not found: {path}. Paths in the config are relative to the folder "
            "you run from; run from the project root or give an absolute path."
        )
    lines = file.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


@registry.readers("zh_ner.lines.v1")
def read_lines(path: str) -> List[str]:
    """One entry a line; `#` starts a comment line; blank lines are skipped."""
    return [line.strip() for line in _open_lines(path)]


@registry.readers("zh_ner.table.v1")
def read_table(path: str) -> List[List[str]]:
    """Tab-separated rows; `#` starts a comment line; blank lines are skipped."""
    return [[cell.strip() for cell in line.split("\t")] for line in _open_lines(path)]


@registry.readers("zh_ner.patterns.v1")
def read_patterns(path: str) -> List[Dict]:
    """JSONL patterns in spaCy's EntityRuler/SpanRuler format: `{"label": …, "pattern": …}`."""
    if not Path(path).is_file():
        _open_lines(path)
    patterns = []
    for i, row in enumerate(srsly.read_jsonl(path), start=1):
        if not isinstance(row, dict) or "label" not in row or "pattern" not in row:
            raise InputError(
                f'{path}, line {i}: a pattern needs "label" and "pattern", got {row!r}.'
            )
        patterns.append(row)
    return patterns
