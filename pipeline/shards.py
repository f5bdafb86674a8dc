"""Sharded output: work is cut into shards of documents, each written atomically and listed in
a manifest, so a run that was killed can resume and still give the same dataset.

Layout under `OUTPUT/shards/`: `run.json` (what the shards were cut from: input, shard size,
options; a resume with other settings is refused), `manifest.jsonl` (one line per finished
shard), and one folder per finished shard (`000042/`) holding a Parquet file per split,
`errors.jsonl` and `stats.json`. A shard folder is written under a temporary name and renamed
when complete; only then is it added to the manifest.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Sequence, Set, Tuple

from datasets import Dataset, DatasetDict, Features

from .errors import UserError

SHARDS_DIR = "shards"
MANIFEST = "manifest.jsonl"
RUN_FILE = "run.json"


@dataclass
class ShardResult:
    """What one shard produced: rows per split, error records, and counts."""

    index: int
    rows: Dict[str, List[Dict]] = field(default_factory=dict)
    errors: List[Dict] = field(default_factory=list)
    documents: int = 0
    annotated: int = 0
    characters: int = 0
    entities: Counter = field(default_factory=Counter)
    token_splits: int = 0
    peak_rss_mb: float = 0.0
    started: float = 0.0
    """Wall-clock time (time.time()) when the shard's annotation started, and when its files
    were written: the run's throughput is measured over these, without start-up."""
    finished: float = 0.0

    def stats(self) -> Dict:
        return {
            "index": self.index,
            "documents": self.documents,
            "annotated": self.annotated,
            "characters": self.characters,
            "entities": dict(self.entities),
            "token_splits": self.token_splits,
            "peak_rss_mb": self.peak_rss_mb,
            "started": self.started,
            "finished": self.finished,
            "rows": {name: len(rows) for name, rows in self.rows.items()},
            "errors": len(self.errors),
        }


class ShardStore:
    def __init__(self, output_dir: Path):
        self.root = output_dir / SHARDS_DIR

    def start(self, run_info: Dict, resume: bool) -> Set[int]:
        """Begin or resume a run; returns the indices of shards already finished."""
        run_file = self.root / RUN_FILE
        if resume and run_file.is_file():
            previous = json.loads(run_file.read_text("utf-8"))
            if previous != run_info:
                raise UserError(
                    f"Cannot resume into {self.root.parent}: it was started with other "
                    f"settings ({_diff(previous, run_info)}). Run again with --overwrite."
                )
            return self.finished()
        self.root.mkdir(parents=True, exist_ok=True)
        _write_atomically(run_file, json.dumps(run_info, ensure_ascii=False, sort_keys=True))
        (self.root / MANIFEST).write_text("", encoding="utf-8")
        return set()

    def finished(self) -> Set[int]:
        manifest = self.root / MANIFEST
        if not manifest.is_file():
            return set()
        done = set()
        for line in manifest.read_text("utf-8").splitlines():
            if line.strip():
                index = json.loads(line)["shard"]
                if (self.root / _name(index)).is_dir():
                    done.add(index)
        return done

    def write(self, result: ShardResult, features: Features) -> Dict:
        """Write a shard's files under a temporary name, then rename it into place."""
        final = self.root / _name(result.index)
        tmp = self.root / f".tmp-{_name(result.index)}-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        for split, rows in result.rows.items():
            if rows:
                Dataset.from_list(rows, features=features).to_parquet(str(tmp / f"{split}.parquet"))
        with (tmp / "errors.jsonl").open("w", encoding="utf-8") as f:
            for record in result.errors:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        result.finished = time.time()
        stats = result.stats()
        stats["sha256"] = _digest(sorted(tmp.iterdir()))
        (tmp / "stats.json").write_text(json.dumps(stats, ensure_ascii=False), encoding="utf-8")
        shutil.rmtree(final, ignore_errors=True)
        os.replace(tmp, final)
        return stats

    def record(self, stats: Dict) -> None:
        """List a finished shard in the manifest (one appended, flushed line)."""
        with (self.root / MANIFEST).open("a", encoding="utf-8") as f:
            f.write(json.dumps({"shard": stats["index"], **stats}, ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())

    def merge(
        self, splits: Sequence[Tuple[str, float]], features: Features, cache_dir: Path
    ) -> Tuple[DatasetDict, List[Dict], List[Dict]]:
        """The dataset, the error records and the shard stats, in shard order."""
        indices = sorted(self.finished())
        parts = {}
        for name, _ in splits:
            files = [
                str(self.root / _name(i) / f"{name}.parquet")
                for i in indices
                if (self.root / _name(i) / f"{name}.parquet").is_file()
            ]
            if files:
                parts[name] = Dataset.from_parquet(
                    files, features=features, cache_dir=str(cache_dir), keep_in_memory=False
                )
            else:
                parts[name] = Dataset.from_dict({k: [] for k in features}, features=features)
        errors, stats = [], []
        for i in indices:
            folder = self.root / _name(i)
            lines = (folder / "errors.jsonl").read_text("utf-8").splitlines()
            errors.extend(json.loads(line) for line in lines if line.strip())
            stats.append(json.loads((folder / "stats.json").read_text("utf-8")))
        return DatasetDict(parts), errors, stats


def _digest(paths: Sequence[Path]) -> str:
    """SHA-256 of the shard's files (rows and error records), in name order."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()


def content_hash(stats: Sequence[Dict]) -> str:
    """One hash of all shards in order: the same input and config give the same hash,
    whatever the number of processes and however often the run was resumed."""
    digest = hashlib.sha256()
    for s in sorted(stats, key=lambda s: s["index"]):
        digest.update(s["sha256"].encode("ascii"))
    return digest.hexdigest()


def _name(index: int) -> str:
    return f"{index:06d}"


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _diff(previous: Dict, current: Dict) -> str:
    keys = sorted(k for k in set(previous) | set(current) if previous.get(k) != current.get(k))
    return ", ".join(f"{k}: {previous.get(k)!r} then {current.get(k)!r}" for k in keys)
