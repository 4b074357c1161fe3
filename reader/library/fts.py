"""Full-text index (SQLite FTS5 over jieba tokens). Filled in by the search module."""

from __future__ import annotations

from peewee import SqliteDatabase


def create(db: SqliteDatabase) -> None:
    """Create the FTS tables if missing."""
