"""Read input documents: a folder of `.txt` files, one `.txt` file, or a `.jsonl` file.

Documents are yielded one at a time. A document that cannot be used (not UTF-8, empty,
binary, a bad JSON line, a duplicate id) is yielded with an `error` instead of text, so the
run records it and goes on: every input document ends as a row or an error record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import InputError


@dataclass(frozen=True)
class Document:
    id: str
    source: str
    text: str | None = None
    error: str | None = None
    meta: dict | None = None
    """The extra fields of a JSONL line (all but `id` and `text`)."""


def read_documents(path: Path) -> Iterator[Document]:
    """Yield the documents under `path`, in a stable order."""
    if not path.exists():
        raise InputError(
            f"Input not found: {path}. Give a folder of .txt files, a .txt file or a .jsonl "
            "file with `--input`."
        )
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.txt") if p.is_file())
        if not files:
            raise InputError(
                f"No .txt files under {path}. Put documents there or give another --input."
            )
        documents = (_text_file(p, p.relative_to(path).with_suffix("").as_posix()) for p in files)
    elif path.suffix == ".jsonl":
        documents = _jsonl_file(path)
    elif path.suffix == ".txt":
        documents = iter([_text_file(path, path.stem)])
    else:
        raise InputError(
            f"Unsupported input {path}: give a folder of .txt files, a .txt file or a .jsonl file."
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


def _jsonl_file(path: Path) -> Iterator[Document]:
    with path.open("rb") as f:
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
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                yield Document(where, where, error='line has no string "text" field')
                continue
            doc_id = str(row["id"]) if row.get("id") is not None else where
            error = check_text(row["text"])
            meta = {k: v for k, v in row.items() if k not in ("id", "text")} or None
            yield Document(
                doc_id, where, text=None if error else row["text"], error=error, meta=meta
            )
