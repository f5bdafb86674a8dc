"""The benchmark: how fast segmentation and each component run, as ratios in one run.

A corpus is built from the seed's paragraphs, shuffled with a fixed seed into documents, so
runs compare. Raw pkuseg (`pkuseg.cut` alone) is the yardstick: every stage is reported in
characters per second and as its share of the whole pipeline's time.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Dict, List

from spacy.language import Language

from .runner import RunSettings, run


@dataclass
class BenchResult:
    documents: int
    characters: int
    raw_pkuseg_seconds: float
    stage_seconds: Dict[str, float] = field(default_factory=dict)

    runs: Dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> Dict:
        pipeline_seconds = sum(self.stage_seconds.values())
        raw = self.characters / self.raw_pkuseg_seconds
        out = {
            "documents": self.documents,
            "characters": self.characters,
            "raw_pkuseg_chars_per_s": raw,
            "annotation_chars_per_s": self.characters / pipeline_seconds,
            "annotation_to_raw": self.raw_pkuseg_seconds / pipeline_seconds,
            **self.runs,
            "stages": {},
        }
        if "pipeline_chars_per_s_1" in self.runs:
            out["ratio_pipeline_to_raw"] = (
                self.runs["pipeline_chars_per_s_1"] / out["raw_pkuseg_chars_per_s"]
            )
        if "pipeline_chars_per_s_2" in self.runs:
            two = self.runs["pipeline_chars_per_s_2"]
            out["scaling_2_vs_1"] = two / self.runs["pipeline_chars_per_s_1"]
            if "learning_chars_per_s_2" in self.runs:
                out["learning_time_to_run"] = two / self.runs["learning_chars_per_s_2"]
            if "ray_chars_per_s_2" in self.runs:
                out["ray_to_local_2"] = self.runs["ray_chars_per_s_2"] / two
        for name, seconds in self.stage_seconds.items():
            out["stages"][name] = {
                "chars_per_s": self.characters / seconds if seconds else float("inf"),
                "share_of_pipeline": seconds / pipeline_seconds,
                "ratio_to_segmentation": seconds / self.stage_seconds["tokenizer"],
            }
        return out


def build_corpus(
    seed_dir: Path, documents: int, paragraphs_per_doc: int = 8, seed: int = 13
) -> List[str]:
    """Documents made of the seed's paragraphs, shuffled with a fixed seed."""
    paragraphs = [
        p.strip()
        for path in sorted(seed_dir.rglob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n")
        if p.strip()
    ]
    rng = random.Random(seed)
    return ["\n".join(rng.choices(paragraphs, k=paragraphs_per_doc)) for _ in range(documents)]


def run_batches(
    nlp: Language,
    settings: RunSettings,
    texts: List[str],
    workdir: Path,
    scale: int = 10,
    learn: bool = False,
    ray: bool = False,
) -> Dict[str, float]:
    """Full runs (annotation, shards, dataset written) with 1 and 2 processes on the same
    `scale`× corpus, large enough that worker start-up skew does not decide the ratio, raw
    pkuseg on that corpus just before them (this machine's speed drifts), and peak RSS per
    worker at 1× and `scale`× the corpus. With `learn`, the learning pass of `learn-names`
    on that corpus; with `ray`, the same run with `--engine ray` (2 actors)."""
    corpus = _write_corpus(workdir / "corpus.jsonl", texts)
    bigger = _write_corpus(workdir / "corpus_x.jsonl", texts * scale)
    small = run(replace(settings, n_process=2), corpus, workdir / "small", overwrite=True)
    raw = _raw_pkuseg_seconds(nlp, texts * scale)
    one = run(replace(settings, n_process=1), bigger, workdir / "one", overwrite=True, nlp=nlp)
    two = run(replace(settings, n_process=2), bigger, workdir / "two", overwrite=True)
    runs = {
        "raw_pkuseg_chars_per_s": sum(map(len, texts)) * scale / raw,
        "pipeline_chars_per_s_1": one.chars_per_second,
        "pipeline_chars_per_s_2": two.chars_per_second,
        "peak_rss_mb_1x": small.peak_rss_mb,
        "peak_rss_mb_10x": two.peak_rss_mb,
    }
    if learn:
        from .org.learning import LearnSettings, learn_names
        from .runner import read_config

        config = read_config(settings.config_path, settings.overrides)
        learning = learn_names(
            replace(settings, n_process=2), LearnSettings.from_config(config), bigger
        )
        seconds = learning.seconds_collecting + learning.seconds_counting
        runs["learning_chars_per_s_2"] = learning.characters / seconds
    if ray:
        on_ray = run(
            replace(settings, n_process=2, engine="ray"), bigger, workdir / "ray", overwrite=True
        )
        runs["ray_chars_per_s_2"] = on_ray.chars_per_second
    return runs


def _write_corpus(path: Path, texts: List[str]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i, text in enumerate(texts):
            f.write(json.dumps({"id": f"bench-{i}", "text": text}, ensure_ascii=False) + "\n")
    return path


def _raw_pkuseg_seconds(nlp: Language, texts: List[str]) -> float:
    """Seconds that pkuseg's `cut` alone takes over `texts`, after a warm-up."""
    segmenter = nlp.tokenizer.pkuseg_seg
    for text in texts[:20]:
        segmenter.cut(text)
    started = time.perf_counter()
    for text in texts:
        segmenter.cut(text)
    return time.perf_counter() - started


def run_bench(nlp: Language, texts: List[str]) -> BenchResult:
    """Time raw pkuseg, then the tokenizer and each component over the same texts."""
    result = BenchResult(len(texts), sum(map(len, texts)), _raw_pkuseg_seconds(nlp, texts))
    started = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    result.stage_seconds["tokenizer"] = time.perf_counter() - started
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        docs = [component(doc) for doc in docs]
        result.stage_seconds[name] = time.perf_counter() - started
    return result
