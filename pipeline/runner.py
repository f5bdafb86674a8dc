"""The batch job: documents in, a Hugging Face dataset and an errors file out."""

from __future__ import annotations

import itertools
import json
import logging
import shutil
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Deque, Dict, Iterable, Iterator, List, Tuple

from datasets import Dataset, DatasetDict
from spacy.language import Language
from spacy.tokens import Doc

from .alignment import token_splits
from .documents import Document, read_documents
from .errors import InputError, UserError
from .records import FEATURES, doc_to_row

logger = logging.getLogger(__name__)

ERRORS_FILE = "errors.jsonl"
DATASET_DIR = "dataset"


def load_pipeline(config_path: Path, overrides: Dict | None = None) -> Language:
    """Build and initialise the pipeline a config describes (as `spacy assemble` does)."""
    from spacy import util

    if not config_path.is_file():
        raise InputError(
            f"Config not found: {config_path}. Give one with --config, e.g. configs/zh_ner.cfg."
        )
    try:
        config = util.load_config(config_path, overrides=overrides or {}, interpolate=False)
        nlp = util.load_model_from_config(config, auto_fill=True)
    except UserError:
        raise
    except Exception as e:
        raise InputError(f"Config {config_path} is not valid: {e}") from None
    nlp.initialize()
    return nlp


@dataclass
class Summary:
    documents: int = 0
    rows: int = 0
    characters: int = 0
    entities: Counter = field(default_factory=Counter)
    errors: int = 0
    token_splits: int = 0
    seconds: float = 0.0
    output: str = ""

    @property
    def chars_per_second(self) -> float:
        return self.characters / self.seconds if self.seconds else 0.0


def annotate(
    nlp: Language, documents: Iterable[Document], batch_size: int = 64
) -> Iterator[Tuple[Document, Doc | None]]:
    """Yield `(document, doc)` for every input document, in input order. `doc` is None when
    the document could not be annotated; the document then carries the reason in `error`.
    A component that raises on one document does not stop the run: spaCy's error handler
    records it and the document becomes an error record."""
    failures: Dict[str, str] = {}

    def record_failure(name, component, docs, e):
        for doc in docs:
            failures[doc._context.id] = f"component {name!r} failed: {type(e).__name__}: {e}"

    nlp.set_error_handler(record_failure)
    queue: Deque[Document] = deque()

    def texts():
        for document in documents:
            queue.append(document)
            if document.error is None:
                yield document.text, document

    def as_error(document: Document) -> Document:
        if document.error:
            return document
        reason = failures.pop(document.id, "dropped by the pipeline without an error")
        return Document(document.id, document.source, error=reason)

    for doc, document in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
        while queue[0] is not document:
            yield as_error(queue.popleft()), None
        queue.popleft()
        yield document, doc
    while queue:
        yield as_error(queue.popleft()), None


def run(
    nlp: Language,
    input_path: Path,
    output_dir: Path,
    overwrite: bool = False,
    batch_size: int = 64,
    progress: Callable[[int], None] | None = None,
) -> Summary:
    """Annotate every document under `input_path`; write `output_dir/dataset` (a DatasetDict
    with one split `train`) and `output_dir/errors.jsonl`."""
    documents = read_documents(input_path)
    first = next(documents, None)
    if first is None:
        raise InputError(f"No documents in {input_path}. Give an input that holds documents.")
    _prepare_output(output_dir, overwrite)
    summary = Summary(output=str(output_dir / DATASET_DIR))
    rows: List[Dict] = []
    started = time.perf_counter()
    with (output_dir / ERRORS_FILE).open("w", encoding="utf-8") as errors:
        for document, doc in annotate(nlp, itertools.chain([first], documents), batch_size):
            summary.documents += 1
            if progress:
                progress(1)
            if doc is None:
                summary.errors += 1
                record = {"id": document.id, "source": document.source, "reason": document.error}
                errors.write(json.dumps(record, ensure_ascii=False) + "\n")
                logger.warning("document %s not annotated: %s", document.id, document.error)
                continue
            row = doc_to_row(document.id, doc)
            rows.append(row)
            summary.rows += 1
            summary.characters += len(row["text"])
            summary.token_splits += token_splits(doc)
            summary.entities.update(ent.label_ for ent in doc.ents)
    summary.seconds = time.perf_counter() - started
    if summary.rows + summary.errors != summary.documents:
        raise RuntimeError("rows and error records do not add up to the input documents")
    dataset = Dataset.from_list(rows, features=FEATURES)
    DatasetDict({"train": dataset}).save_to_disk(str(output_dir / DATASET_DIR))
    return summary


def _prepare_output(output_dir: Path, overwrite: bool) -> None:
    if output_dir.exists() and any(output_dir.iterdir()):
        if not overwrite:
            raise UserError(
                f"Output folder {output_dir} is not empty. Pass --overwrite to replace it, "
                "or give another --output."
            )
        shutil.rmtree(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
