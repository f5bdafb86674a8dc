"""`--engine ray`: the same shards, annotated by Ray Data actors on a local instance or a cluster.

The driver reads the input as the local engine does (so duplicate ids and unreadable
documents become the same error records) and cuts it into the same shards, each put in Ray's
object store as it is read (which spills to disk), so the driver holds only references.
The shards become a Ray dataset; `map_batches` sends each one to an actor that loaded the
pipeline once and writes the shard's Parquet files and errors under `OUTPUT/shards/` with the
local engine's code. The driver lists finished shards in the manifest and merges them into
the same Hugging Face dataset. On a cluster, `OUTPUT` and the project folder (configs, and
the pkuseg model cache) must be on storage every node sees at the same path.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
from dataclasses import asdict
from pathlib import Path
from typing import Callable, Dict, Iterable, Iterator, List, Set, Tuple

from .documents import Document
from .errors import UserError

logger = logging.getLogger(__name__)

INSTALL = "pip install 'zh-ner-pipeline[ray]' (from a checkout: pip install '.[ray]')"
ACTOR_MEMORY_BYTES = 1_500 * 1024 * 1024
"""What one actor asks the scheduler for: the pkuseg model holds about 1 GB per process."""


def import_ray():
    """Ray, or a message that names the install command."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise UserError(f"--engine ray needs Ray, which is not installed: {INSTALL}") from None
    return ray


def connect(address: str | None, n_process: int) -> None:
    """Join the cluster at `address` (or `RAY_ADDRESS`); else start a local instance with
    the machine's cores."""
    ray = import_ray()
    if ray.is_initialized():
        return
    address = address or os.environ.get("RAY_ADDRESS")
    options = {"logging_level": logging.ERROR, "log_to_driver": False}
    if address:
        ray.init(address=address, **options)
    else:
        ray.init(num_cpus=max(os.cpu_count() or 1, n_process), include_dashboard=False, **options)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.ERROR)


class ShardWorker:
    """A Ray Data actor that loads the pipeline once, then handles whole shards; a subclass
    says what to do with one shard in `process`, whose result goes back pickled."""

    def __init__(self, settings, workdir: str, **options):
        from .runner import load_pipeline

        os.chdir(workdir)
        self.settings = settings
        self.options = options
        self.nlp = load_pipeline(settings.config_path, settings.overrides)

    def process(self, index: int, documents: List[Document]):
        raise NotImplementedError

    def __call__(self, batch: Dict) -> Dict[str, List[bytes]]:
        results = []
        for index, documents in zip(batch["index"], batch["documents"], strict=True):
            shard = [Document(**d) for d in json.loads(documents)]
            results.append(pickle.dumps(self.process(int(index), shard)))
        return {"result": results}


class ShardAnnotator(ShardWorker):
    """Annotates a shard and writes its files with the local engine's code; returns its
    stats."""

    def process(self, index: int, documents: List[Document]) -> Dict:
        from .runner import process_and_write
        from .shards import ShardStore

        store = ShardStore(Path(self.options["output_dir"]))
        return process_and_write(self.nlp, index, documents, self.settings, store)


def map_shards(
    settings, shards: Iterable[Tuple[int, List[Document]]], worker: type, **options
) -> Iterator:
    """The results of `worker(settings, …).process` over the shards, as they finish, from
    a pool of `settings.n_process` actors."""
    import pyarrow as pa

    ray = import_ray()
    connect(settings.ray_address, settings.n_process)
    refs = []
    for index, batch in shards:
        documents = json.dumps([asdict(d) for d in batch], ensure_ascii=False)
        refs.append(ray.put(pa.table({"index": [index], "documents": [documents]})))
    if not refs:
        return
    results = ray.data.from_arrow_refs(refs).map_batches(
        worker,
        batch_size=1,
        compute=ray.data.ActorPoolStrategy(size=min(settings.n_process, len(refs))),
        num_cpus=1,
        memory=ACTOR_MEMORY_BYTES,
        fn_constructor_kwargs={"settings": settings, "workdir": os.getcwd(), **options},
    )
    for row in results.iter_rows():
        yield pickle.loads(row["result"])


def run_shards(
    settings,
    shards: Iterable[Tuple[int, List[Document]]],
    done: Set[int],
    record: Callable[[Dict], None],
    output_dir: Path,
    progress: Callable[[int], None] | None,
) -> None:
    """Annotate the shards not in `done` with `settings.n_process` actors; `record` each
    shard's stats as it finishes."""
    skipped = 0

    def todo():
        nonlocal skipped
        for index, batch in shards:
            if index in done:
                skipped += len(batch)
            else:
                yield index, batch

    results = map_shards(settings, todo(), ShardAnnotator, output_dir=str(output_dir.resolve()))
    for stats in results:
        record(stats)
        if progress:
            progress(stats["documents"])
    if progress and skipped:
        progress(skipped)
