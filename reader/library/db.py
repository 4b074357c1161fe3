"""Opening the library database: where it lives, pragmas, schema creation and migrations."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from collections.abc import Callable, Sequence
from pathlib import Path

from peewee import SqliteDatabase
from platformdirs import user_data_dir
from playhouse.migrate import Operation, SqliteMigrator, migrate

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
        _refuse_other_databases(db_path)
        db = SqliteDatabase(str(db_path), pragmas=PRAGMAS, check_same_thread=False)
        database.initialize(db)
        db.connect(reuse_if_open=True)
        _migrate(db)
    except ReaderError:
        raise
    except Exception as exc:  # a directory, a non-SQLite file, no permission…
        raise ReaderError(f"{db_path}: cannot open the library database ({exc})") from exc
    return db


def _refuse_other_databases(db_path: Path) -> None:
    """Someone else's SQLite file is left untouched: our pragmas and tables would change it."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return
    with closing(sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)) as con:
        tables = [row[0] for row in con.execute("select name from sqlite_master where type = 'table'")]
    if tables and SchemaVersion._meta.table_name not in tables:
        raise ReaderError(f"{db_path}: not a reader library (it holds other tables: {', '.join(tables[:3])})")


def _migrate(db: SqliteDatabase) -> None:
    """Create the schema on a new file; bring an older file up to ``SCHEMA_VERSION`` first.

    Migrations run before ``create_tables`` so that indexes of new columns are created only once
    the columns exist. Everything happens in one transaction: a failed upgrade leaves the file as it was.
    """
    from reader.library import fts  # the FTS table lives beside the models

    with db.atomic():
        found = None
        if SchemaVersion._meta.table_name in db.get_tables():
            row = SchemaVersion.select().first()
            found = row.version if row else None
        if found is not None and found > SCHEMA_VERSION:
            raise ReaderError(
                f"{db.database}: made by a newer reader (schema {found} > {SCHEMA_VERSION}); upgrade reader"
            )
        if found is not None:
            for version in range(found + 1, SCHEMA_VERSION + 1):
                step = MIGRATIONS.get(version)
                if step is None:
                    raise ReaderError(f"{db.database}: no migration to schema {version}; upgrade reader")
                migrate(*step(SqliteMigrator(db)))
        db.create_tables(MODELS, safe=True)
        fts.create(db)
        if found is None:
            SchemaVersion.delete().execute()
            SchemaVersion.create(version=SCHEMA_VERSION)
        elif found < SCHEMA_VERSION:
            SchemaVersion.update(version=SCHEMA_VERSION).execute()


def schema_version(db: SqliteDatabase) -> int:
    """The schema version recorded in an open library."""
    row = SchemaVersion.select().first()
    return row.version if row else 0


# version -> function taking a SqliteMigrator and returning the playhouse.migrate operations that
# bring the schema from version-1 to version, e.g. for a future version 2:
#     2: lambda m: [m.add_column("issue", "edition", CharField(default=""))],
# Bump SCHEMA_VERSION with each entry; a file from today then opens in every later reader.
MIGRATIONS: dict[int, Callable[[SqliteMigrator], Sequence[Operation]]] = {}
