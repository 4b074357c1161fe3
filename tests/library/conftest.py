"""Libraries with the seed issues imported through the real repair engine, copied fresh per test."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def seeded_file(tmp_path_factory) -> Path:
    """A library file holding the five seeds (imported once per test session)."""
    from reader.library.db import connect
    from reader.library.importer import import_paths

    path = tmp_path_factory.mktemp("seeded") / "library.sqlite3"
    db = connect(path)
    report = import_paths(SEEDS)
    assert not report.failed, report.failed
    db.close()
    return path


@pytest.fixture
def seeded(seeded_file, tmp_path, monkeypatch):
    """A private copy of the seeded library, opened and bound to the models."""
    from reader.library.db import connect

    path = tmp_path / "library.sqlite3"
    shutil.copy(seeded_file, path)
    monkeypatch.setenv("READER_DB", str(path))
    db = connect(path)
    yield db
    db.close()


@pytest.fixture
def cli():
    """Run ``reader`` in a subprocess, as a user would: ``cli("search", "x", db=path)``."""

    def run(*args: str, db: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
        argv = [sys.executable, "-m", "reader"] + (["--db", str(db)] if db else []) + list(args)
        return subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)

    return run
