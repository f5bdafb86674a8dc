"""Config readers for the plain data files under `configs/` (lexicons, tables, patterns).

Used in `[initialize]`, so that data is read once when a pipeline is assembled and then
serialised with it: a saved pipeline never needs these paths again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Sequence

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
def read_patterns(path: str | None = None, paths: Sequence[str] = ()) -> List[Dict]:
    """JSONL patterns in spaCy's EntityRuler/SpanRuler format: `{"label": …, "pattern": …}`,
    from `path` and then each of `paths`. Other keys (`kind`, counts) are kept."""
    patterns = []
    for file in [path, *paths] if path else list(paths):
        if not Path(file).is_file():
            _open_lines(file)
        for i, row in enumerate(srsly.read_jsonl(file), start=1):
            if not isinstance(row, dict) or "label" not in row or "pattern" not in row:
                raise InputError(
                    f'{file}, line {i}: a pattern needs "label" and "pattern", got {row!r}.'
                )
            patterns.append(row)
    return patterns


@registry.readers("zh_ner.lexicon.v1")
def read_lexicon(
    files: Sequence[str] = (), jieba_pos: Sequence[str] = (), jieba_min_freq: int = 0
) -> List[str]:
    """A word list: the lines of `files`, plus the words of jieba's dictionary tagged with
    one of `jieba_pos` that occur at least `jieba_min_freq` times."""
    words = {word for path in files for word in read_lines(path)}
    if jieba_pos:
        words.update(read_jieba_words(jieba_pos, jieba_min_freq))
    return sorted(words)


def read_jieba_words(pos: List[str], min_freq: int = 0) -> List[str]:
    """Words of jieba's dictionary with one of the part-of-speech tags `pos` and at least
    `min_freq` occurrences: a well-kept word list of Chinese (MIT licence), used as a lexicon
    of facts (function words and verbs, common nouns, place names)."""
    try:
        import jieba
    except ImportError:
        raise ImportError("jieba is needed for this lexicon: pip install jieba") from None
    wanted = set(pos)
    words = []
    with jieba.get_dict_file() as f:
        for line in f:
            parts = line.decode("utf-8").split()
            if len(parts) == 3 and parts[2] in wanted and int(parts[1]) >= min_freq:
                words.append(parts[0])
    return words


@registry.readers("zh_ner.t2s_characters.v1")
def read_t2s_characters() -> Dict[str, str]:
    """OpenCC's traditional-to-simplified character table (`opencc-python-reimplemented`),
    one character to one character, so that lexicons written in simplified characters match
    traditional text while every offset stays that of the original text."""
    try:
        import opencc
    except ImportError:
        raise ImportError(
            "opencc is needed for this table: pip install opencc-python-reimplemented"
        ) from None
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        traditional, simplified = line.split("\t")[:2]
        simplified = simplified.split()[0]
        if len(traditional) == 1 and len(simplified) == 1:
            table[traditional] = simplified
    return table
