"""Obtain pkuseg's mixed-domain model from the package index, verified and converted once.

`spacy-pkuseg` ships no model and its downloader reaches a host this tool cannot rely on.
The mixed-domain model ships inside the source distribution of `pkuseg==0.0.25` on PyPI,
so we fetch that archive with pip, check its SHA-256 against the value pinned below before
reading anything in it, and convert the model to spacy-pkuseg's own format
(`features.msgpack`, `weights.npz`) in a cache folder. Nothing is unpickled at run time:
the one-time conversion reads the pickle with an unpickler that refuses every global.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import pickle
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import numpy
import srsly
from spacy.util import registry

from .errors import SetupError

logger = logging.getLogger(__name__)

PKUSEG_SDIST = "pkuseg==0.0.25"
PKUSEG_SDIST_FILE = "pkuseg-0.0.25.tar.gz"
PKUSEG_SDIST_SHA256 = "dd012bf93689721c9574bc2b2ba98fb4ac22790cec0af354a78e217828b81e91"
MODEL_MEMBER_DIR = "pkuseg-0.0.25/pkuseg/models/default/"
MODEL_NAME = "pkuseg-mixed-0.0.25"

CACHE_ENV = "ZH_NER_CACHE"
ARCHIVE_ENV = "ZH_NER_PKUSEG_ARCHIVE"


def default_cache_dir() -> Path:
    """The user cache folder: $ZH_NER_CACHE, else $XDG_CACHE_HOME/zh_ner, else ~/.cache/zh_ner."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "zh_ner"


@registry.misc("zh_ner.pkuseg_mixed_model.v1")
def pkuseg_mixed_model(cache_dir: str | None = None, archive: str | None = None) -> str:
    """Config entry for `[initialize.tokenizer] pkuseg_model`: the path of the converted model.

    cache_dir: where the converted model lives (default: `default_cache_dir()`).
    archive: a local copy of the `pkuseg-0.0.25.tar.gz` sdist to use instead of pip
        (also settable with $ZH_NER_PKUSEG_ARCHIVE); it is verified all the same.
    """
    cache = Path(cache_dir) if cache_dir else default_cache_dir()
    archive = archive or os.environ.get(ARCHIVE_ENV) or None
    return str(ensure_model(cache, Path(archive) if archive else None))


def ensure_model(cache_dir: Path, archive: Path | None = None) -> Path:
    """Return the converted model folder, fetching and converting it on first use."""
    target = cache_dir / MODEL_NAME
    if (target / "features.msgpack").exists() and (target / "weights.npz").exists():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache_dir) as tmp:
        tmp_path = Path(tmp)
        if archive is None:
            archive = _pip_download(tmp_path)
        verify_archive(archive)
        staging = tmp_path / "model"
        staging.mkdir()
        convert_archive(archive, staging)
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
    logger.info("pkuseg model converted into %s", target)
    return target


def _pip_download(dest: Path) -> Path:
    logger.info("downloading %s from the package index (once)", PKUSEG_SDIST)
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--no-binary",
        ":all:",
        "--no-build-isolation",
        "--quiet",
        PKUSEG_SDIST,
        "-d",
        str(dest),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True)
    path = dest / PKUSEG_SDIST_FILE
    if result.returncode != 0 or not path.exists():
        raise SetupError(
            f"Could not download {PKUSEG_SDIST} with pip: {result.stderr.strip()[-400:]}. "
            "Check that the package index is reachable and that numpy, setuptools and wheel "
            f"are installed, or download {PKUSEG_SDIST_FILE} yourself and set "
            f"{ARCHIVE_ENV}=<path to it>."
        )
    return path


def verify_archive(archive: Path) -> None:
    """Refuse an archive whose SHA-256 is not the pinned one, before reading anything in it."""
    if not archive.is_file():
        raise SetupError(
            f"pkuseg archive not found: {archive}. Point {ARCHIVE_ENV} at {PKUSEG_SDIST_FILE} "
            "or unset it to download the archive with pip."
        )
    digest = hashlib.sha256()
    with archive.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != PKUSEG_SDIST_SHA256:
        raise SetupError(
            f"pkuseg archive {archive} has SHA-256 {digest.hexdigest()}, expected "
            f"{PKUSEG_SDIST_SHA256}: the file is corrupted or not {PKUSEG_SDIST_FILE}. "
            "Delete it and run again to download a fresh copy."
        )


class _DataOnlyUnpickler(pickle.Unpickler):
    """Unpickles plain containers only: any reference to a class or function is refused."""

    def find_class(self, module, name):
        raise pickle.UnpicklingError(f"refusing to load {module}.{name} from features.pkl")


def convert_archive(archive: Path, out_dir: Path) -> None:
    """Write spacy-pkuseg's `features.msgpack` and `weights.npz` from the verified sdist."""
    with tarfile.open(archive, "r:gz") as tar:
        features = tar.extractfile(MODEL_MEMBER_DIR + "features.pkl")
        weights = tar.extractfile(MODEL_MEMBER_DIR + "weights.npz")
        if features is None or weights is None:
            raise SetupError(f"{archive} holds no model under {MODEL_MEMBER_DIR}.")
        data = _DataOnlyUnpickler(io.BytesIO(features.read())).load()
        weights_bytes = weights.read()
    keys = {"unigram", "bigram", "feature_to_idx", "tag_to_idx"}
    if not isinstance(data, dict) or set(data) != keys:
        raise SetupError(f"{archive}: features.pkl does not hold a pkuseg feature table.")
    data["unigram"] = sorted(data["unigram"])
    data["bigram"] = sorted(data["bigram"])
    with numpy.load(io.BytesIO(weights_bytes), allow_pickle=False) as npz:
        if {"sizes", "w"} - set(npz.files):
            raise SetupError(f"{archive}: weights.npz does not hold pkuseg weights.")
    srsly.write_msgpack(out_dir / "features.msgpack", data)
    (out_dir / "weights.npz").write_bytes(weights_bytes)
