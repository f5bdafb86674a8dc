"""The batch job: documents in, a Hugging Face dataset and an errors file out."""

from __future__ import annotations

import hashlib
import importlib.metadata
import itertools
import json
import logging
import multiprocessing
import resource
import shutil
import time
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Deque, Dict, Iterable, Iterator, List, Optional, Tuple

from datasets import DatasetDict
from spacy.language import Language
from spacy.tokens import Doc

from .alignment import token_splits
from .card import write_card
from .dataset import export, parse_exports, parse_splits, split_of
from .documents import Document, read_documents
from .errors import InputError, UserError
from .records import TokenView, Unit, doc_rows, features, merge_chunk_rows, split_paragraphs
from .shards import ShardResult, ShardStore, content_hash

logger = logging.getLogger(__name__)

ERRORS_FILE = "errors.jsonl"
DATASET_DIR = "dataset"
LEARNED_NAMES_FILE = "learned_names.jsonl"
ORG_FACTORY = "zh_ner_org_tagger_v1"
ENGINES = ("local", "ray")


def load_pipeline(config_path: Path, overrides: Dict | None = None) -> Language:
    """Build and initialise the pipeline a config describes (as `spacy assemble` does)."""
    from spacy import util

    config = read_config(config_path, overrides)
    try:
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
    content_hash: str = ""
    peak_rss_mb: float = 0.0
    wall_seconds: float = 0.0
    """Everything, start-up included."""
    learned_names: int | None = None
    learning_seconds: float = 0.0

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


@dataclass(frozen=True)
class RunSettings:
    """How a batch run works: the pipeline, the row options, and the batch mechanics."""

    config_path: Path
    overrides: Dict = field(default_factory=dict)
    options: OutputOptions = OutputOptions()
    n_process: int = 1
    shard_size: int = 500
    batch_size: int = 64
    max_chars: int = 200_000
    """Longer documents are annotated in chunks cut at line breaks, then joined again."""
    id_field: str = "id"
    text_field: str = "text"
    engine: str = "local"
    """`local` (this machine's processes) or `ray` (Ray Data actors; see ray_engine)."""
    ray_address: str | None = None

    def __post_init__(self):
        if self.engine not in ENGINES:
            raise UserError(f"Unknown engine {self.engine!r}: use one of {', '.join(ENGINES)}.")


def process_shard(
    nlp: Language, index: int, documents: List[Document], settings: RunSettings
) -> ShardResult:
    """Annotate one shard of documents into rows per split and error records."""
    splits = parse_splits(settings.options.split)
    result = ShardResult(index)
    for document, rows, splits_made in _document_rows(nlp, documents, settings):
        result.documents += 1
        if rows is None:
            record = {"id": document.id, "source": document.source, "reason": document.error}
            result.errors.append(record)
            logger.warning("document %s not annotated: %s", document.id, document.error)
            continue
        result.rows.setdefault(split_of(document.id, splits), []).extend(rows)
        result.annotated += 1
        result.characters += len(document.text)
        result.token_splits += splits_made
        result.entities.update(e["label"] for row in rows for e in row["entities"])
    return result


def _document_rows(nlp: Language, documents: List[Document], settings: RunSettings):
    """`(document, rows, tokens split)` in input order; rows is None for a document that
    failed, and the document then carries the reason."""
    normal: List[Document] = []

    def flush():
        for document, doc in annotate(nlp, normal, settings.batch_size):
            if doc is None:
                yield document, None, 0
            else:
                yield document, _rows(document, doc, settings.options), token_splits(doc)
        normal.clear()

    for document in documents:
        if document.error is None and len(document.text) > settings.max_chars:
            yield from flush()
            yield _long_document(nlp, document, settings)
        else:
            normal.append(document)
    yield from flush()


def _rows(document: Document, doc: Doc, options: OutputOptions) -> List[Dict]:
    return list(
        doc_rows(document.id, doc, document.source, document.meta, options.tokens, options.unit)
    )


def _long_document(nlp: Language, document: Document, settings: RunSettings):
    """Annotate a long document in chunks cut at line breaks; join the rows again."""
    pieces = split_paragraphs(document.text, settings.max_chars)
    chunks = [
        Document(f"{document.id}#chunk{k}", document.source, text=text)
        for k, (_, text) in enumerate(pieces)
    ]
    rows, splits_made = [], 0
    annotated = annotate(nlp, chunks, settings.batch_size)
    for (offset, _), (chunk, doc) in zip(pieces, annotated, strict=True):
        if doc is None:
            return Document(document.id, document.source, error=chunk.error), None, 0
        rows.append((offset, _rows(document, doc, settings.options)))
        splits_made += token_splits(doc)
    return document, merge_chunk_rows(document.id, rows, settings.options.unit), splits_made


_WORKER: Dict = {}


def init_worker(config_path: Path, overrides: Dict) -> None:
    """Load the pipeline once in a worker process (the initializer of a process pool)."""
    import datasets

    datasets.disable_progress_bars()
    logging.getLogger().setLevel(logging.ERROR)
    try:
        _WORKER["nlp"] = load_pipeline(config_path, overrides)
    except Exception as e:  # raised again by the first shard, so the run stops with it
        _WORKER["error"] = e


def worker_pipeline() -> Language:
    """The pipeline `init_worker` loaded; its error if loading failed."""
    if "error" in _WORKER:
        raise _WORKER["error"]
    return _WORKER["nlp"]


def _work(index: int, documents: List[Document], settings: RunSettings, output_dir: Path) -> Dict:
    nlp = worker_pipeline()
    return process_and_write(nlp, index, documents, settings, ShardStore(output_dir))


def process_and_write(
    nlp: Language, index: int, documents: List[Document], settings: RunSettings, store: ShardStore
) -> Dict:
    """Annotate one shard and write its files; returns its stats."""
    started = time.time()
    result = process_shard(nlp, index, documents, settings)
    result.started = started
    result.peak_rss_mb = _peak_rss_mb()
    return store.write(result, features(settings.options.unit))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(
    settings: RunSettings,
    input_path: Path,
    output_dir: Path,
    overwrite: bool = False,
    resume: bool = False,
    progress: Callable[[int], None] | None = None,
    nlp: Optional[Language] = None,
    learn=None,
) -> Summary:
    """Annotate every document under `input_path` in shards (in parallel with
    `settings.n_process` workers); write `output_dir/dataset` (a DatasetDict), its card
    `output_dir/README.md`, the exports asked for, and `output_dir/errors.jsonl`. After a
    crash, `resume=True` skips the shards already written and gives the same dataset.

    With `learn` (a `LearnSettings`), a first pass learns organisation names from the same
    documents into `output_dir/learned_names.jsonl`, which the annotation pass then uses."""
    options = settings.options
    if settings.engine == "ray":
        from .ray_engine import import_ray

        import_ray()
    splits = parse_splits(options.split)
    exports = parse_exports(options.export)
    documents = read_documents(input_path, settings.id_field, settings.text_field)
    first = next(documents, None)
    if first is None:
        raise InputError(f"No documents in {input_path}. Give an input that holds documents.")
    config = read_config(settings.config_path, settings.overrides)
    _prepare_output(output_dir, overwrite, resume)
    learned = None
    if learn is not None:
        learned = _learn(settings, learn, input_path, output_dir, resume, nlp)
        settings = with_gazetteers(settings, [output_dir / LEARNED_NAMES_FILE])
        config, nlp = read_config(settings.config_path, settings.overrides), None
    config_text = config.to_str()
    store = ShardStore(output_dir)
    run_info = {
        "input": str(input_path),
        "shard_size": settings.shard_size,
        "max_chars": settings.max_chars,
        "id_field": settings.id_field,
        "text_field": settings.text_field,
        "tokens": options.tokens.value,
        "unit": options.unit.value,
        "split": options.split or "train=1.0",
        "config_sha256": hashlib.sha256(config_text.encode("utf-8")).hexdigest(),
        "gazetteers_sha256": _gazetteer_hashes(config),
    }
    done = store.start(run_info, resume)
    batches = in_shards(itertools.chain([first], documents), settings.shard_size)
    started = time.perf_counter()
    feats = features(options.unit)
    if settings.engine == "ray":
        from .ray_engine import run_shards

        run_shards(settings, batches, done, store.record, output_dir, progress)
    elif settings.n_process <= 1:
        nlp = nlp or load_pipeline(settings.config_path, settings.overrides)
        for index, batch in batches:
            if index not in done:
                store.record(process_and_write(nlp, index, batch, settings, store))
            if progress:
                progress(len(batch))
    else:
        _run_parallel(settings, batches, done, store, output_dir, progress)
    merging = time.perf_counter()
    cache = output_dir / ".cache"
    dataset, errors, stats = store.merge(splits, feats, cache)
    summary = _summary(stats, errors, output_dir)
    provenance = _provenance(config_text, input_path, options)
    dataset = _with_provenance(dataset, provenance)
    dataset.save_to_disk(str(output_dir / DATASET_DIR))
    with (output_dir / ERRORS_FILE).open("w", encoding="utf-8") as f:
        for record in errors:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    write_card(dataset, output_dir / "README.md", provenance)
    summary.exports = export(dataset, output_dir, exports)
    summary.split_rows = {name: split.num_rows for name, split in dataset.items()}
    summary.content_hash = content_hash(stats)
    shutil.rmtree(cache, ignore_errors=True)
    summary.seconds += time.perf_counter() - merging
    summary.wall_seconds = time.perf_counter() - started
    if learned is not None:
        summary.learned_names, summary.learning_seconds = learned
    return summary


def _learn(settings, learn, input_path, output_dir, resume, nlp) -> Tuple[int, float]:
    """Learn names into `output_dir`, or keep those of the interrupted run being resumed."""
    from .org.learning import learn_names, write_names

    path = output_dir / LEARNED_NAMES_FILE
    if resume and path.is_file():
        return sum(1 for _ in path.open(encoding="utf-8")), 0.0
    result = learn_names(settings, learn, input_path, nlp=nlp)
    write_names(result.names, path)
    return len(result.names), result.seconds_collecting + result.seconds_counting


def org_component(config) -> str | None:
    """The name of the ORG tagger in a pipeline config, if it has one."""
    for name, component in config.get("components", {}).items():
        if component.get("factory") == ORG_FACTORY:
            return name
    return None


def with_gazetteers(settings: RunSettings, paths: List[Path]) -> RunSettings:
    """`settings` with more learned-name files for the ORG tagger (after the config's)."""
    if not paths:
        return settings
    for path in paths:
        if not Path(path).is_file():
            raise InputError(f"Gazetteer not found: {path}. Give a JSONL file of patterns.")
    config = read_config(settings.config_path, settings.overrides)
    name = org_component(config)
    if name is None:
        raise InputError(
            f"{settings.config_path} has no ORG tagger (factory {ORG_FACTORY!r}) to give "
            "gazetteers to; use a config like configs/zh_ner.cfg."
        )
    key = f"initialize.components.{name}.learned_names.paths"
    overrides = {**settings.overrides, key: learned_name_paths(config) + [str(p) for p in paths]}
    return replace(settings, overrides=overrides)


def learned_name_paths(config) -> List[str]:
    """The learned-name files the config gives the ORG tagger."""
    section = config.get("initialize", {}).get("components", {}).get(org_component(config), {})
    return list(section.get("learned_names", {}).get("paths", []))


def _gazetteer_hashes(config) -> Dict[str, str]:
    """The content hash of each learned-name file, so a resume sees a changed file."""
    paths = learned_name_paths(config)
    return {
        str(p): hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in paths if Path(p).is_file()
    }


def _run_parallel(settings, shards, done, store, output_dir, progress) -> None:
    """Shards go to `n_process` workers that each load the pipeline once; at most two
    shards per worker are in flight, so memory stays flat however large the input."""
    with worker_pool(settings) as pool:
        pending: Deque = deque()

        def finish_one():
            size, job = pending.popleft()
            store.record(job.get())
            if progress:
                progress(size)

        for index, batch in shards:
            if index in done:
                if progress:
                    progress(len(batch))
                continue
            job = pool.apply_async(_work, (index, batch, settings, output_dir))
            pending.append((len(batch), job))
            while len(pending) >= 2 * settings.n_process:
                finish_one()
        while pending:
            finish_one()


def worker_pool(settings: RunSettings):
    """`settings.n_process` spawned workers that each load the pipeline once."""
    return multiprocessing.get_context("spawn").Pool(
        settings.n_process,
        initializer=init_worker,
        initargs=(settings.config_path, settings.overrides),
    )


def in_shards(documents: Iterable[Document], size: int) -> Iterator[Tuple[int, List[Document]]]:
    """`(index, documents)` batches of `size` documents."""
    iterator = iter(documents)
    for index in itertools.count():
        batch = list(itertools.islice(iterator, size))
        if not batch:
            return
        yield index, batch


def _summary(stats: List[Dict], errors: List[Dict], output_dir: Path) -> Summary:
    """Totals over the shards. `seconds` spans the first shard's start to the last shard's
    end, so worker start-up (loading the pipeline) is not counted in the throughput."""
    annotating = max(s["finished"] for s in stats) - min(s["started"] for s in stats)
    summary = Summary(output=str(output_dir / DATASET_DIR), seconds=annotating)
    for s in stats:
        summary.documents += s["documents"]
        summary.annotated += s["annotated"]
        summary.characters += s["characters"]
        summary.rows += sum(s["rows"].values())
        summary.entities.update(s["entities"])
        summary.token_splits += s["token_splits"]
        summary.peak_rss_mb = max(summary.peak_rss_mb, s["peak_rss_mb"])
    summary.errors = len(errors)
    if summary.annotated + summary.errors != summary.documents:
        raise RuntimeError(
            f"{summary.annotated} annotated documents and {summary.errors} error records do "
            f"not add up to the {summary.documents} input documents"
        )
    return summary


def read_config(config_path: Path, overrides: Dict | None = None):
    """The config file with overrides applied; a clear error if it is missing or broken."""
    from spacy import util

    if not config_path.is_file():
        raise InputError(
            f"Config not found: {config_path}. Give one with --config, e.g. configs/zh_ner.cfg."
        )
    try:
        return util.load_config(config_path, overrides=overrides or {}, interpolate=False)
    except Exception as e:
        raise InputError(f"Config {config_path} is not valid: {e}") from None


def _provenance(config_text: str, input_path: Path, options: OutputOptions) -> Dict:
    """What made the dataset: package version, config hash, segmentation model, options."""
    from thinc.api import Config

    model = (
        Config()
        .from_str(config_text, interpolate=False)["initialize"]["tokenizer"]
        .get("pkuseg_model")
    )
    return {
        "package_version": _package_version(),
        "config_sha256": hashlib.sha256(config_text.encode("utf-8")).hexdigest(),
        "pkuseg_model": json.dumps(model, ensure_ascii=False, sort_keys=True),
        "tokens": options.tokens.value,
        "unit": options.unit.value,
        "split": options.split or "train=1.0",
        "input": str(input_path),
    }


def _with_provenance(dataset: DatasetDict, provenance: Dict) -> DatasetDict:
    for split in dataset.values():
        split.info.description = json.dumps(provenance, ensure_ascii=False, sort_keys=True)
        split.info.version = provenance["package_version"]
    return dataset


def _package_version() -> str:
    try:
        return importlib.metadata.version("zh-ner-pipeline")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _prepare_output(output_dir: Path, overwrite: bool, resume: bool) -> None:
    if output_dir.exists() and any(output_dir.iterdir()) and not resume:
        if not overwrite:
            raise UserError(
                f"Output folder {output_dir} is not empty. Pass --resume to finish an "
                "interrupted run, --overwrite to replace it, or give another --output."
            )
        shutil.rmtree(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
