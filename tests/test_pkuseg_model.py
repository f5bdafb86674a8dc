"""The pkuseg model archive is verified before anything in it is read."""

import pytest

from pipeline.errors import SetupError
from pipeline.pkuseg_model import PKUSEG_SDIST_SHA256, ensure_model, verify_archive
from tests.conftest import run_cli


def test_corrupted_archive_is_refused(tmp_path):
    archive = tmp_path / "pkuseg-0.0.25.tar.gz"
    archive.write_bytes(b"not the archive")
    with pytest.raises(SetupError, match="SHA-256") as info:
        verify_archive(archive)
    assert str(archive) in str(info.value) and PKUSEG_SDIST_SHA256 in str(info.value)
    with pytest.raises(SetupError):
        ensure_model(tmp_path / "cache", archive)
    assert not (tmp_path / "cache" / "pkuseg-mixed-0.0.25").exists()


def test_missing_archive_is_refused(tmp_path):
    with pytest.raises(SetupError, match="not found"):
        verify_archive(tmp_path / "missing.tar.gz")


@pytest.mark.slow
def test_cli_refuses_a_corrupted_archive_with_one_message(tmp_path):
    archive = tmp_path / "pkuseg-0.0.25.tar.gz"
    archive.write_bytes(b"\x1f\x8b corrupted")
    result = run_cli(
        "run",
        "--output",
        tmp_path / "out",
        env={"ZH_NER_CACHE": str(tmp_path / "cache"), "ZH_NER_PKUSEG_ARCHIVE": str(archive)},
    )
    assert result.returncode != 0
    assert "SHA-256" in result.stdout and str(archive) in result.stdout
    assert "Traceback" not in result.stderr
