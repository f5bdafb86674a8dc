"""Config readers for the plain data files under `configs/` (lexicons, tables, patterns).

Used in `[initialize]`, so that data is read once when a pipeline is assembled and then
serialised with it: a saved pipeline never needs these paths again.
"""

from __future__ import annotations

import csv
import importlib.metadata
import re
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


_LISTING_MARKS = re.compile(
    r"^(?:退市|S?\*?ST|PT|XD|XR|DR|S(?=[\u4e00-\u9fff]))|(?:[AＡBＢ]股?|退|-KY創?|-DR|-創|\*|[(（][^)）]*[)）])+$"
)
"""Marks an exchange adds to a short name: risk warnings (`*ST`), dividend days (`XD`),
share classes (`A`, `B股`), delisting (`退`), notes (`(已合并)`), Taiwan's foreign
issuers (`-KY`) and innovation board (`-創`)."""


@registry.readers("zh_ner.listed_companies.v1")
def read_listed_companies(files: Sequence[str]) -> List[Dict[str, str]]:
    """Listed companies from tab-separated `code`, `name`, `exchange` rows: their short
    names without the exchange's marks and padding (`*ST华闻` → `华闻`, `万  科Ａ` → `万科`),
    each once, with the code and exchange of its first row."""
    companies: Dict[str, Dict[str, str]] = {}
    for path in files:
        for i, row in enumerate(read_table(path), start=1):
            if len(row) < 3:
                raise InputError(
                    f"{path}, row {i}: a listed company needs code, name and exchange "
                    f"separated by tabs, got {row!r}."
                )
            code, raw, exchange = row[:3]
            name = _LISTING_MARKS.sub("", re.sub(r"\s+", "", raw))
            if name:
                companies.setdefault(name, {"name": name, "code": code, "exchange": exchange})
    return list(companies.values())


@registry.readers("zh_ner.lexicon.v1")
def read_lexicon(
    files: Sequence[str] = (),
    jieba_pos: Sequence[str] = (),
    jieba_min_freq: int = 0,
    admin_divisions: bool = False,
    exclude: Sequence[str] = (),
) -> List[str]:
    """A word list: the lines of `files`, plus the words of jieba's dictionary tagged with
    one of `jieba_pos` that occur at least `jieba_min_freq` times, plus, with
    `admin_divisions`, China's administrative divisions and their short forms; less the
    lines of the files in `exclude` (a dictionary's mistakes: jieba tags `上市` a place)."""
    words = {word for path in files for word in read_lines(path)}
    if jieba_pos:
        words.update(read_jieba_words(jieba_pos, jieba_min_freq))
    if admin_divisions:
        words.update(read_admin_divisions())
    return sorted(words - {word for path in exclude for word in read_lines(path)})


_DIVISION_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区")
_DIVISION_LEVELS = "省市县区旗盟"
_COMMON_POS = ("n", "v", "vn", "a", "ad", "an", "d", "r", "t", "f", "s", "i", "l", "b", "nz", "nr")
_COMMON_MIN_FREQ = 2000
"""A short form that jieba knows as another kind of word this often is a common word
(`合作`, `资源`, `建设`); below it, jieba's tags are too noisy to trust (`大连` is `d`)."""


def read_admin_divisions() -> List[str]:
    """China's provinces, prefectures, counties and districts from `cpca`'s table (MIT
    licence; read as data, without importing the package), with their short forms:
    `大连市` → `大连`, `宁夏回族自治区` → `宁夏`. A short form keeps at least two
    characters (`忠县` stays whole) and is not a common word (`合作市` and `资源县` give no
    `合作`, `资源`); bare `城区`, `郊区`, `矿区` are left out."""
    try:
        package = importlib.metadata.distribution("cpca")
    except importlib.metadata.PackageNotFoundError:
        raise ImportError("cpca is needed for administrative divisions: pip install cpca") from None
    resources = Path(package.locate_file("cpca/resources"))
    nations = (resources / "56_nations.csv").read_text(encoding="utf-8").split()
    forms = sorted({n for nation in nations for n in (nation, nation.removesuffix("族"))}, key=len)
    ethnic_groups = re.compile("(?:" + "|".join(map(re.escape, reversed(forms))) + ")+$")
    common = set(read_jieba_words(_COMMON_POS, _COMMON_MIN_FREQ))
    names = set()
    with (resources / "adcodes.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["name"]
            if len(name) == 2 and name.endswith("区"):
                continue
            names.add(name)
            suffix = next((s for s in _DIVISION_SUFFIXES if name.endswith(s)), None)
            base = name[: -len(suffix)] if suffix else name[:-1]
            if suffix and suffix.startswith("自治"):
                base = ethnic_groups.sub("", base)
            elif not suffix and name[-1] not in _DIVISION_LEVELS:
                continue
            if len(base) >= 2 and base not in common:
                names.add(base)
    return sorted(names)


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
