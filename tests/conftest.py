import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline, assembled from configs/zh_ner.cfg (loads the pkuseg model)."""
    from pipeline.runner import load_pipeline

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return load_pipeline(ROOT / "configs" / "zh_ner.cfg")
    finally:
        os.chdir(cwd)


@pytest.fixture(scope="session")
def seed_gold():
    return [json.loads(line) for line in (DATA / "seed.jsonl").read_text("utf-8").splitlines()]


def run_cli(*args, cwd=ROOT, env=None):
    """Run `python -m pipeline …` as a user would; returns the CompletedProcess."""
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )
