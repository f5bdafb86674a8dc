"""The command line: `python -m pipeline run | evaluate | fetch-model`.

User output goes through one printer (wasabi); library code logs. A user error (a missing
path, a bad config, a corrupted model archive) prints one message and exits non-zero.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import List

import datasets
import typer
from spacy.cli._util import parse_config_overrides
from tqdm import tqdm
from wasabi import Printer

from .errors import UserError

DEFAULT_CONFIG = Path("configs/zh_ner.cfg")
DEFAULT_INPUT = Path("seeds")
DEFAULT_OUTPUT = Path("output/seeds")

app = typer.Typer(add_completion=False, help="Tag ORG and MONEY in Chinese text; write datasets.")
msg = Printer()
OVERRIDES_HELP = "Config overrides, e.g. --components.money_tagger.trigger_window 6"

# Options that several commands share.
CONFIG_OPTION = typer.Option(DEFAULT_CONFIG, "--config", "-c", help="Pipeline config")
BATCH_SIZE_OPTION = typer.Option(64, "--batch-size", help="Documents per batch")
SHARD_SIZE_OPTION = typer.Option(500, "--shard-size", help="Documents per shard")
ID_FIELD_OPTION = typer.Option("id", "--id-field", help="Id column of JSONL/Parquet input")
TEXT_FIELD_OPTION = typer.Option("text", "--text-field", help="Text column of JSONL/Parquet")
ENGINE_OPTION = typer.Option("local", "--engine", help="local (processes) or ray (Ray Data)")
N_PROCESS_OPTION = typer.Option(
    os.cpu_count() or 1, "--n-process", "-j", help="Worker processes (default: all cores)"
)
RAY_ADDRESS_OPTION = typer.Option(
    None, "--ray-address", help="Ray cluster to join (default: $RAY_ADDRESS, else local)"
)
GAZETTEER_OPTION = typer.Option(
    [], "--gazetteer", help="Learned names to tag (JSONL patterns); repeatable"
)


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def run(
    ctx: typer.Context,
    input: Path = typer.Option(
        DEFAULT_INPUT, "--input", "-i", help="Folder of .txt, a .txt or a .jsonl file"
    ),
    output: Path = typer.Option(DEFAULT_OUTPUT, "--output", "-o", help="Output folder"),
    config: Path = CONFIG_OPTION,
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace a non-empty output folder"),
    batch_size: int = BATCH_SIZE_OPTION,
    tokens: str | None = typer.Option(None, "--tokens", help="word (default) or char"),
    unit: str | None = typer.Option(None, "--unit", help="document (default) or sentence"),
    split: str | None = typer.Option(
        None, "--split", help="e.g. train=0.8,validation=0.1,test=0.1 (default: train)"
    ),
    export: str | None = typer.Option(None, "--export", help="parquet,spacy"),
    n_process: int = N_PROCESS_OPTION,
    resume: bool = typer.Option(False, "--resume", help="Finish an interrupted run"),
    shard_size: int = SHARD_SIZE_OPTION,
    max_chars: int = typer.Option(
        200_000, "--max-chars", help="Annotate longer documents in chunks cut at line breaks"
    ),
    id_field: str = ID_FIELD_OPTION,
    text_field: str = TEXT_FIELD_OPTION,
    gazetteer: List[Path] = GAZETTEER_OPTION,
    learn_names: bool = typer.Option(
        False, "--learn-names", help="First learn organisation names from the same input"
    ),
    engine: str = ENGINE_OPTION,
    ray_address: str | None = RAY_ADDRESS_OPTION,
):
    """Annotate documents and write them as a Hugging Face dataset (plus errors.jsonl).

    --tokens, --unit, --split and --export can also be set in the config's [output]."""
    from .org.learning import LearnSettings
    from .runner import OutputOptions, RunSettings, read_config, with_gazetteers
    from .runner import run as run_job

    datasets.disable_progress_bars()
    overrides = parse_config_overrides(ctx.args)
    pipeline_config = read_config(config, overrides)
    options = OutputOptions.resolve(
        pipeline_config, tokens=tokens, unit=unit, split=split, export=export
    )
    settings = RunSettings(
        config_path=config,
        overrides=overrides,
        options=options,
        n_process=max(1, n_process),
        shard_size=shard_size,
        batch_size=batch_size,
        max_chars=max_chars,
        id_field=id_field,
        text_field=text_field,
        engine=engine,
        ray_address=ray_address,
    )
    settings = with_gazetteers(settings, gazetteer)
    learn = LearnSettings.from_config(pipeline_config) if learn_names else None
    workers = "Ray actor(s)" if engine == "ray" else "process(es)"
    msg.info(f"Pipeline {config}, {settings.n_process} {workers}")
    if learn:
        msg.info("Learning organisation names from the input first")
    with tqdm(desc="documents", unit="doc", file=sys.stderr, disable=None) as bar:
        summary = run_job(settings, input, output, overwrite, resume, bar.update, learn=learn)
    msg.good(f"Annotated {summary.annotated} of {summary.documents} documents from {input}")
    msg.table(
        [
            ("documents", summary.documents),
            ("annotated + errors", f"{summary.annotated} + {summary.errors} = {summary.documents}"),
            ("rows", ", ".join(f"{k} {v}" for k, v in summary.split_rows.items())),
            ("characters", summary.characters),
            *((f"entities {label}", n) for label, n in sorted(summary.entities.items())),
            ("tokens split to fit entities", summary.token_splits),
            ("characters per second", f"{summary.chars_per_second:,.0f} (start-up excluded)"),
            ("time", f"{summary.wall_seconds:.1f} s (start-up included)"),
            ("errors", f"{summary.errors} (see {output / 'errors.jsonl'})"),
            ("dataset", summary.output),
            ("content hash", summary.content_hash),
            ("peak RSS per process", f"{summary.peak_rss_mb:,.0f} MB"),
            *((f"export {name}", path) for name, path in summary.exports.items()),
            *_learning_rows(summary, output),
        ]
    )


def _learning_rows(summary, output: Path):
    if summary.learned_names is None:
        return []
    ratio = summary.learning_seconds / summary.seconds if summary.seconds else 0.0
    return [
        ("learned names", f"{summary.learned_names} (see {output / 'learned_names.jsonl'})"),
        ("learning pass", f"{summary.learning_seconds:.1f} s ({ratio:.2f}× the annotation)"),
    ]


@app.command(
    "learn-names", context_settings={"allow_extra_args": True, "ignore_unknown_options": True}
)
def learn_names_command(
    ctx: typer.Context,
    input: Path = typer.Argument(DEFAULT_INPUT, help="Folder of .txt, a .txt, .jsonl or .parquet"),
    output: Path = typer.Option(..., "--output", "-o", help="The names, as a JSONL gazetteer"),
    config: Path = CONFIG_OPTION,
    n_process: int = N_PROCESS_OPTION,
    shard_size: int = SHARD_SIZE_OPTION,
    batch_size: int = BATCH_SIZE_OPTION,
    min_evidence: int | None = typer.Option(
        None, "--min-evidence", help="Occurrences with evidence a name needs ([learn])"
    ),
    min_ratio: float | None = typer.Option(
        None, "--min-ratio", help="Share of occurrences with evidence a name needs ([learn])"
    ),
    id_field: str = ID_FIELD_OPTION,
    text_field: str = TEXT_FIELD_OPTION,
    engine: str = ENGINE_OPTION,
    ray_address: str | None = RAY_ADDRESS_OPTION,
):
    """Learn organisation names from a corpus into a reviewable JSONL gazetteer, for
    `run --gazetteer`."""
    from .org.learning import LearnSettings, learn_names, write_names
    from .runner import RunSettings, read_config

    overrides = parse_config_overrides(ctx.args)
    settings = RunSettings(
        config_path=config,
        overrides=overrides,
        n_process=max(1, n_process),
        shard_size=shard_size,
        batch_size=batch_size,
        id_field=id_field,
        text_field=text_field,
        engine=engine,
        ray_address=ray_address,
    )
    learn = LearnSettings.from_config(
        read_config(config, overrides), min_evidence=min_evidence, min_ratio=min_ratio
    )
    with tqdm(desc="documents", unit="doc", file=sys.stderr, disable=None) as bar:
        result = learn_names(settings, learn, input, bar.update)
    write_names(result.names, output)
    seconds = result.seconds_collecting + result.seconds_counting
    msg.good(f"Learned {len(result.names)} names from {result.documents} documents: {output}")
    msg.table(
        [
            ("documents", result.documents),
            ("characters", result.characters),
            ("candidates", result.candidates),
            ("names kept", len(result.names)),
            ("collecting (pipeline)", f"{result.seconds_collecting:.1f} s"),
            ("counting occurrences", f"{result.seconds_counting:.1f} s"),
            ("characters per second", f"{result.characters / seconds:,.0f}" if seconds else "-"),
            ("strongest", ", ".join(r["pattern"] for r in result.names[:10])),
        ]
    )


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def evaluate(
    ctx: typer.Context,
    gold: Path = typer.Option(..., "--gold", "-g", help="Gold JSONL, like tests/data/seed.jsonl"),
    config: Path = CONFIG_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON"),
    gazetteer: List[Path] = GAZETTEER_OPTION,
    learn_names: bool = typer.Option(
        False, "--learn-names", help="First learn names from the gold texts (not their labels)"
    ),
):
    """Exact-span precision, recall and F1 per label; for MONEY, how many values are right."""
    from .evaluate import evaluate as score
    from .evaluate import read_gold
    from .org.learning import LearnSettings, write_names
    from .org.learning import learn_names as learn
    from .runner import RunSettings, load_pipeline, read_config, with_gazetteers

    gold_docs = read_gold(gold)
    overrides = parse_config_overrides(ctx.args)
    settings = with_gazetteers(RunSettings(config_path=config, overrides=overrides), gazetteer)
    with tempfile.TemporaryDirectory() as workdir:
        if learn_names:
            names = Path(workdir) / "learned_names.jsonl"
            learned = learn(settings, LearnSettings.from_config(read_config(config)), gold)
            write_names(learned.names, names)
            msg.info(f"Learned {len(learned.names)} names from the gold texts")
            settings = with_gazetteers(settings, [names])
        nlp = load_pipeline(config, settings.overrides)
    result = score(nlp, gold_docs).as_dict()
    if as_json:
        print(json.dumps(result, indent=2))
        return
    rows = [
        (
            label,
            f"{s['precision']:.3f}",
            f"{s['recall']:.3f}",
            f"{s['f1']:.3f}",
            s["tp"],
            s["fp"],
            s["fn"],
        )
        for label, s in ((k, result[k]) for k in ("ORG", "MONEY"))
    ]
    msg.table(rows, header=("label", "P", "R", "F1", "tp", "fp", "fn"), divider=True)
    sources = [
        (name, f"{s['precision']:.3f}", s["tp"], s["fp"]) for name, s in result["sources"].items()
    ]
    msg.table(sources, header=("rule (source)", "P", "tp", "fp"), divider=True)
    msg.info(
        f"MONEY matched spans with value, currency and qualifier all right: "
        f"{result['MONEY']['normalised_accuracy']:.1%} ({result['documents']} documents)"
    )


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def bench(
    ctx: typer.Context,
    documents: int = typer.Option(200, "--documents", "-n", help="Documents in the corpus"),
    seeds: Path = typer.Option(DEFAULT_INPUT, "--seeds", help="Where the seed paragraphs are"),
    config: Path = CONFIG_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON"),
    stages_only: bool = typer.Option(
        False, "--stages-only", help="Only time the stages, not full runs with 1 and 2 processes"
    ),
    learn: bool = typer.Option(False, "--learn", help="Also time the learn-names pass"),
    ray: bool = typer.Option(False, "--ray", help="Also run with --engine ray (2 actors)"),
):
    """Speed of raw pkuseg, each stage, and full runs with 1 and 2 processes, in one run."""
    from .bench import build_corpus, run_batches, run_bench
    from .runner import RunSettings, load_pipeline

    overrides = parse_config_overrides(ctx.args)
    nlp = load_pipeline(config, overrides)
    texts = build_corpus(seeds, documents)
    bench_result = run_bench(nlp, texts)
    if not stages_only:
        datasets.disable_progress_bars()
        settings = RunSettings(config_path=config, overrides=overrides, shard_size=20)
        with tempfile.TemporaryDirectory() as workdir:
            bench_result.runs = run_batches(
                nlp, settings, texts, Path(workdir), learn=learn, ray=ray
            )
    result = bench_result.as_dict()
    if as_json:
        print(json.dumps(result, indent=2))
        return
    msg.info(f"{result['documents']} documents, {result['characters']:,} characters")
    msg.table(
        [
            (
                "annotation (all stages)",
                f"{result['annotation_chars_per_s']:,.0f}",
                "1.000",
                f"{result['annotation_to_raw']:.2f}× raw pkuseg",
            ),
            *(
                (
                    name,
                    f"{s['chars_per_s']:,.0f}",
                    f"{s['share_of_pipeline']:.3f}",
                    f"{s['ratio_to_segmentation']:.3f}× tokenizer",
                )
                for name, s in result["stages"].items()
            ),
        ],
        header=("stage", "chars/s", "share", "ratio"),
        divider=True,
    )
    if "pipeline_chars_per_s_1" in result:
        msg.table(
            [
                ("raw pkuseg", f"{result['raw_pkuseg_chars_per_s']:,.0f}", ""),
                (
                    "full run, 1 process",
                    f"{result['pipeline_chars_per_s_1']:,.0f}",
                    f"{result['ratio_pipeline_to_raw']:.2f}× raw pkuseg",
                ),
                (
                    "full run, 2 processes",
                    f"{result['pipeline_chars_per_s_2']:,.0f}",
                    f"{result['scaling_2_vs_1']:.2f}× 1 process",
                ),
                ("peak RSS per worker, 1× corpus", f"{result['peak_rss_mb_1x']:,.0f} MB", ""),
                (
                    "peak RSS per worker, 10× corpus",
                    f"{result['peak_rss_mb_10x']:,.0f} MB",
                    f"{result['peak_rss_mb_10x'] / result['peak_rss_mb_1x']:.2f}× 1×",
                ),
                *_optional_runs(result),
            ],
            header=("dataset written", "chars/s or MB", "ratio"),
            divider=True,
        )


def _optional_runs(result):
    rows = []
    if "learning_chars_per_s_2" in result:
        rows.append(
            (
                "learn-names pass, 2 processes",
                f"{result['learning_chars_per_s_2']:,.0f}",
                f"{result['learning_time_to_run']:.2f}× the time of the full run",
            )
        )
    if "ray_chars_per_s_2" in result:
        rows.append(
            (
                "full run, --engine ray, 2 actors",
                f"{result['ray_chars_per_s_2']:,.0f}",
                f"{result['ray_to_local_2']:.2f}× 2 processes",
            )
        )
    return rows


@app.command("train")
def train_model(
    dataset: Path = typer.Argument(..., help="Output folder of `run ... --export spacy`"),
    output: Path = typer.Option(..., "--output", "-o", help="Where to save the model"),
    max_steps: int = typer.Option(200, "--max-steps", help="Training steps (batches)"),
    batch_size: int = typer.Option(8, "--batch-size", help="Examples per batch"),
):
    """Train a small spaCy NER (CPU, tok2vec + ner) on the dataset's train split."""
    from .train import train

    result = train(dataset, output, max_steps=max_steps, batch_size=batch_size)
    first, last = result.losses[:5], result.losses[-5:]
    msg.good(f"Trained {result.steps} steps in {result.seconds:.1f}s; model in {result.output}")
    msg.info(
        f"loss: first steps {sum(first) / len(first):.2f}, last steps {sum(last) / len(last):.2f}"
    )
    if result.scores:
        s = result.scores
        msg.info(f"validation: P {s['ents_p']:.3f} R {s['ents_r']:.3f} F {s['ents_f']:.3f}")
    else:
        msg.info("no validation split: the model was not scored")


@app.command("fetch-model")
def fetch_model(
    cache_dir: Path | None = typer.Option(
        None, help="Cache folder (default: $ZH_NER_CACHE or ~/.cache/zh_ner)"
    ),
):
    """Download, verify and convert the pkuseg mixed-domain model (done on first use anyway)."""
    from .pkuseg_model import pkuseg_mixed_model

    msg.good(f"pkuseg model ready: {pkuseg_mixed_model(str(cache_dir) if cache_dir else None)}")


def main(argv: List[str] | None = None) -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app(args=argv, standalone_mode=False)
    except UserError as e:
        msg.fail(str(e))
        sys.exit(1)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except Exception as e:
        import click

        if isinstance(e, click.exceptions.ClickException):
            e.show()
            sys.exit(e.exit_code)
        if isinstance(e, click.exceptions.Abort):
            sys.exit(1)
        raise
