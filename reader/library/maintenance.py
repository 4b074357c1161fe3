"""Keeping the library safe: online backups and a health check."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from reader.errors import ReaderError
from reader.library import fts
from reader.library.models import database


@dataclass(frozen=True)
class CheckReport:
    integrity: str  # "ok" or SQLite's findings
    foreign_keys: int  # rows pointing at something that no longer exists
    fts_problems: tuple[str, ...] = field(default_factory=tuple)
    orphans: int = 0  # annotations that lost their place (kept, listed, re-attachable)
    issues: int = 0
    articles: int = 0
    paragraphs: int = 0
    annotations: int = 0

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and not self.foreign_keys and not self.fts_problems

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, **asdict(self), "fts_problems": list(self.fts_problems)}


def _count(sql: str) -> int:
    return database.obj.execute_sql(sql).fetchone()[0]


def check(*, deep: bool = False) -> CheckReport:
    """SQLite integrity check, foreign keys, full-text index consistency and orphan count."""
    db = database.obj
    findings = [row[0] for row in db.execute_sql("PRAGMA integrity_check").fetchall()]
    return CheckReport(
        integrity="ok" if findings == ["ok"] else "; ".join(findings),
        foreign_keys=len(db.execute_sql("PRAGMA foreign_key_check").fetchall()),
        fts_problems=tuple(fts.problems(db, deep=deep)),
        orphans=_count("SELECT count(*) FROM annotation WHERE orphan = 1 AND deleted IS NULL"),
        issues=_count("SELECT count(*) FROM issue"),
        articles=_count("SELECT count(*) FROM article"),
        paragraphs=_count("SELECT count(*) FROM paragraph"),
        annotations=_count("SELECT count(*) FROM annotation WHERE deleted IS NULL"),
    )


def backup(target: str | os.PathLike[str]) -> Path:
    """Copy the open library to ``target`` with SQLite's online backup (safe while in use)."""
    dest = Path(target).expanduser()
    source = Path(database.obj.database)
    if dest.exists() and dest.is_dir():
        raise ReaderError(f"{dest}: is a folder; give the backup a file name")
    if not dest.parent.is_dir():
        raise ReaderError(f"{dest.parent}: no such folder")
    if dest.exists() and source.exists() and dest.resolve() == source.resolve():
        raise ReaderError(f"{dest}: is the library itself; choose another file")
    # Write beside the target and rename, so an interrupted backup never leaves a half file there.
    fd, tmp = tempfile.mkstemp(prefix=".reader-backup-", suffix=".sqlite3", dir=dest.parent)
    os.close(fd)
    try:
        out = sqlite3.connect(tmp)
        try:
            database.obj.connection().backup(out)
            out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            out.close()
        os.replace(tmp, dest)
    except (OSError, sqlite3.Error) as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ReaderError(f"{dest}: backup failed ({exc})") from exc
    return dest
