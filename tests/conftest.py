"""Fixtures shared by all tests: a fresh SQLite library per test, the seed files, headless Qt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def library(tmp_path, monkeypatch):
    """A real, empty library database in a temporary directory, bound to the models."""
    from reader.library.db import connect

    path = tmp_path / "library.sqlite3"
    monkeypatch.setenv("READER_DB", str(path))
    db = connect(path)
    yield db
    db.close()
