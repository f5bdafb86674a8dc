"""Read input documents: a folder of `.txt` files, one `.txt` file, or a `.jsonl` file.

Documents are yielded one at a time. A document that cannot be used (not UTF-8, empty, a lone
surrogate, binary, a bad JSON line, a duplicate id) is yielded with an `error` instead of text,
so the run records it and goes on: every input document ends as a row or an error record.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import InputError

_SURROGATE = re.compile("[\ud800-\udfff]")
"""A lone surrogate: what a JSON `\\ud800` escape without its pair decodes to; not Unicode
text, and spaCy cannot store it."""


@dataclass(frozen=True)
class Document:
    id: str
    source: str
    text: str | None = None
    error: str | None = None
    meta: dict | None = None
    """The extra fields of a JSONL line (all but `id` and `text`)."""


def read_documents(
    path: Path, id_field: str = "id", text_field: str = "text"
) -> Iterator[Document]:
    """Yield the documents under `path`, one at a time, in a stable order.

    `path` is a folder of `.txt` files (recursively; id = path relative to the folder,
    without suffix), a folder written by `datasets`' `save_to_disk`, a `.txt` file, or a
    `.jsonl`, `.jsonl.gz` or `.parquet` file whose `id_field` and `text_field` name the
    columns. A repeated id is an error record, never a silent overwrite.
    """
    if not path.exists():
        raise InputError(
            f"Input not found: {path}. Give a folder of .txt files, a .txt, .jsonl, .jsonl.gz "
            "or .parquet file, or a save_to_disk folder with `--input`."
        )
    name = path.name
    if path.is_dir() and _is_saved_dataset(path):
        documents = _saved_dataset(path, id_field, text_field)
    elif path.is_dir():
        files = sorted(p for p in path.rglob("*.txt") if p.is_file())
        if not files:
            raise InputError(
                f"No .txt files under {path}. Put documents there or give another --input."
            )
        documents = (_text_file(p, p.relative_to(path).with_suffix("").as_posix()) for p in files)
    elif name.endswith(".jsonl") or name.endswith(".jsonl.gz"):
        documents = _jsonl_file(path, id_field, text_field)
    elif name.endswith(".parquet"):
        documents = _parquet_file(path, id_field, text_field)
    elif name.endswith(".txt"):
        documents = iter([_text_file(path, path.stem)])
    else:
        raise InputError(
            f"Unsupported input {path}: give a folder of .txt files, a .txt, .jsonl, "
            ".jsonl.gz or .parquet file, or a save_to_disk folder."
        )
    seen = set()
    for doc in documents:
        if doc.id in seen:
            yield Document(doc.id, doc.source, error=f"duplicate id {doc.id!r}; ids must be unique")
            continue
        seen.add(doc.id)
        yield doc


def check_text(text: str) -> str | None:
    """Why `text` cannot be annotated, or None if it can."""
    if not text.strip():
        return "empty document"
    if "\x00" in text:
        return "binary content (NUL bytes); not a text document"
    surrogate = _SURROGATE.search(text)
    if surrogate:
        return (
            f"a lone surrogate (U+{ord(surrogate.group()):04X}) at offset {surrogate.start()}, "
            "not valid Unicode; fix the escapes or the encoding of the source"
        )
    return None


def _text_file(path: Path, doc_id: str) -> Document:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return Document(
            doc_id,
            str(path),
            error=f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); "
            "convert the file to UTF-8",
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    error = check_text(text)
    return Document(doc_id, str(path), text=None if error else text, error=error)


def _from_record(row, where: str, id_field: str, text_field: str) -> Document:
    """A document from one record of a JSONL, Parquet or saved dataset input."""
    if not isinstance(row, dict) or not isinstance(row.get(text_field), str):
        return Document(where, where, error=f"record has no string {text_field!r} field")
    doc_id = str(row[id_field]) if row.get(id_field) is not None else where
    if _holds_surrogate(row, text_field):
        return Document(
            where,
            where,
            error="a field other than the text holds a lone surrogate, not valid Unicode; "
            "fix the escapes or the encoding of the source",
        )
    error = check_text(row[text_field])
    meta = {k: v for k, v in row.items() if k not in (id_field, text_field)} or None
    return Document(doc_id, where, text=None if error else row[text_field], error=error, meta=meta)


def _holds_surrogate(row: dict, text_field: str) -> bool:
    """Whether a record's fields other than its text (whose check says where) hold a lone
    surrogate."""
    others = {k: v for k, v in row.items() if k != text_field}
    try:
        json.dumps(others, ensure_ascii=False, default=str).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _jsonl_file(path: Path, id_field: str, text_field: str) -> Iterator[Document]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as f:
        for number, raw in enumerate(f, start=1):
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                row = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as e:
                yield Document(where, where, error=f"line is not valid UTF-8 ({e.reason})")
                continue
            except json.JSONDecodeError as e:
                yield Document(where, where, error=f"line is not JSON ({e.msg})")
                continue
            yield _from_record(row, where, id_field, text_field)


def _parquet_file(path: Path, id_field: str, text_field: str) -> Iterator[Document]:
    import pyarrow.parquet as pq

    number = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            number += 1
            yield _from_record(row, f"{path}:{number}", id_field, text_field)


def _is_saved_dataset(path: Path) -> bool:
    return (path / "dataset_dict.json").is_file() or (path / "state.json").is_file()


def _saved_dataset(path: Path, id_field: str, text_field: str) -> Iterator[Document]:
    """Rows of a `save_to_disk` folder (every split, in order), read from memory-mapped Arrow."""
    from datasets import DatasetDict, load_from_disk

    loaded = load_from_disk(str(path))
    splits = loaded.items() if isinstance(loaded, DatasetDict) else [("", loaded)]
    for name, split in splits:
        for number, row in enumerate(split, start=1):
            yield _from_record(row, f"{path}:{name}:{number}", id_field, text_field)
