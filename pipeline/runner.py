"""The batch job: documents in, a Hugging Face dataset and an errors file out."""

from __future__ import annotations

import hashlib
import importlib.metadata
import itertools
import json
import logging
import shutil
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Deque, Dict, Iterable, Iterator, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from .alignment import token_splits
from .card import write_card
from .dataset import SplitWriter, export, parse_exports, parse_splits
from .documents import Document, read_documents
from .errors import InputError, UserError
from .records import TokenView, Unit, doc_rows

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
    annotated: int = 0
    rows: int = 0
    characters: int = 0
    entities: Counter = field(default_factory=Counter)
    errors: int = 0
    token_splits: int = 0
    seconds: float = 0.0
    output: str = ""
    split_rows: Dict[str, int] = field(default_factory=dict)
    exports: Dict[str, str] = field(default_factory=dict)

    @property
    def chars_per_second(self) -> float:
        return self.characters / self.seconds if self.seconds else 0.0


@dataclass(frozen=True)
class OutputOptions:
    """How rows are written; each option is also settable in the config's `[output]`."""

    tokens: TokenView = TokenView.word
    unit: Unit = Unit.document
    split: Optional[str] = None
    export: Optional[str] = None

    @classmethod
    def resolve(cls, config: Dict, **given) -> OutputOptions:
        """Command-line values win over the config's `[output]`, which wins over defaults."""
        section = dict(config.get("output", {}))
        values = {k: v if v is not None else section.get(k) for k, v in given.items()}
        unknown = set(section) - {"tokens", "unit", "split", "export"}
        if unknown:
            raise UserError(f"Unknown keys in [output]: {', '.join(sorted(unknown))}.")
        try:
            return cls(
                tokens=TokenView(values.get("tokens") or "word"),
                unit=Unit(values.get("unit") or "document"),
                split=values.get("split"),
                export=values.get("export"),
            )
        except ValueError as e:
            raise UserError(f"Bad output option: {e}.") from None


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
    options: OutputOptions = OutputOptions(),
) -> Summary:
    """Annotate every document under `input_path`; write `output_dir/dataset` (a
    DatasetDict), its card `output_dir/README.md`, the exports asked for, and
    `output_dir/errors.jsonl`."""
    splits = parse_splits(options.split)
    exports = parse_exports(options.export)
    documents = read_documents(input_path)
    first = next(documents, None)
    if first is None:
        raise InputError(f"No documents in {input_path}. Give an input that holds documents.")
    _prepare_output(output_dir, overwrite)
    summary = Summary(output=str(output_dir / DATASET_DIR))
    writer = SplitWriter(splits, options.unit)
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
            rows = doc_rows(
                document.id, doc, document.source, document.meta, options.tokens, options.unit
            )
            summary.rows += writer.add(document.id, rows)
            summary.annotated += 1
            summary.characters += len(document.text)
            summary.token_splits += token_splits(doc)
            summary.entities.update(ent.label_ for ent in doc.ents)
    summary.seconds = time.perf_counter() - started
    if summary.annotated + summary.errors != summary.documents:
        raise RuntimeError("rows and error records do not add up to the input documents")
    provenance = _provenance(nlp, input_path, options)
    dataset = writer.build(provenance)
    dataset.save_to_disk(str(output_dir / DATASET_DIR))
    write_card(dataset, output_dir / "README.md", provenance)
    summary.exports = export(dataset, output_dir, exports)
    summary.split_rows = {name: split.num_rows for name, split in dataset.items()}
    return summary


def _provenance(nlp: Language, input_path: Path, options: OutputOptions) -> Dict:
    """What made the dataset: package version, config hash, segmentation model, options."""
    config = nlp.config.to_str()
    model = nlp.config["initialize"]["tokenizer"].get("pkuseg_model")
    return {
        "package_version": _package_version(),
        "config_sha256": hashlib.sha256(config.encode("utf-8")).hexdigest(),
        "pkuseg_model": json.dumps(model, ensure_ascii=False, sort_keys=True),
        "tokens": options.tokens.value,
        "unit": options.unit.value,
        "split": options.split or "train=1.0",
        "input": str(input_path),
    }


def _package_version() -> str:
    try:
        return importlib.metadata.version("zh-ner-pipeline")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _prepare_output(output_dir: Path, overwrite: bool) -> None:
    if output_dir.exists() and any(output_dir.iterdir()):
        if not overwrite:
            raise UserError(
                f"Output folder {output_dir} is not empty. Pass --overwrite to replace it, "
                "or give another --output."
            )
        shutil.rmtree(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
