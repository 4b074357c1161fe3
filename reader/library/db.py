"""Opening the library database: where it lives, pragmas, schema creation and migrations."""

from __future__ import annotations

import os
from pathlib import Path

from peewee import SqliteDatabase
from platformdirs import user_data_dir

from reader.errors import ReaderError
from reader.library.models import MODELS, SchemaVersion, database

SCHEMA_VERSION = 1
PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": "normal", "busy_timeout": 5000}


def default_db_path() -> Path:
    """``--db`` beats ``$READER_DB`` beats the platform's user data dir."""
    env = os.environ.get("READER_DB")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir("reader", appauthor=False)) / "library.sqlite3"


def connect(path: str | os.PathLike[str] | None = None) -> SqliteDatabase:
    """Open (creating if needed) the library at ``path`` and bind the models to it."""
    db_path = Path(path).expanduser() if path else default_db_path()
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        db = SqliteDatabase(str(db_path), pragmas=PRAGMAS, check_same_thread=False)
        database.initialize(db)
        db.connect(reuse_if_open=True)
        _migrate(db)
    except ReaderError:
        raise
    except Exception as exc:  # a directory, a non-SQLite file, no permission…
        raise ReaderError(f"{db_path}: cannot open the library database ({exc})") from exc
    return db


def _migrate(db: SqliteDatabase) -> None:
    """Create the schema on a new file; bring an older file up to ``SCHEMA_VERSION``."""
    from reader.library import fts  # the FTS table lives beside the models

    with db.atomic():
        db.create_tables(MODELS, safe=True)
        fts.create(db)
        row = SchemaVersion.select().first()
        if row is None:
            SchemaVersion.create(version=SCHEMA_VERSION)
        elif row.version > SCHEMA_VERSION:
            raise ReaderError(
                f"{db.database}: made by a newer reader (schema {row.version} > {SCHEMA_VERSION}); upgrade reader"
            )
        else:
            for version in range(row.version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[version](db)
            SchemaVersion.update(version=SCHEMA_VERSION).execute()


# version -> function bringing the schema from version-1 to version (playhouse.migrate operations).
MIGRATIONS: dict[int, object] = {}
