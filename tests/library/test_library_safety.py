"""Backups, the health check, schema migrations and the CLI's exit codes."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from reader.errors import ReaderError


def test_backup_is_a_complete_standalone_copy(seeded, tmp_path):
    from reader.library.maintenance import backup

    target = backup(tmp_path / "copy.sqlite3")
    with sqlite3.connect(target) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert con.execute("SELECT count(*) FROM issue").fetchone()[0] == 5
        same = con.execute("SELECT count(*) FROM paragraph_fts").fetchone()[0]
    assert same == seeded.execute_sql("SELECT count(*) FROM paragraph").fetchone()[0]
    with pytest.raises(ReaderError, match="library itself"):
        backup(seeded.database)
    with pytest.raises(ReaderError, match="no such folder"):
        backup(tmp_path / "missing" / "copy.sqlite3")


def test_check_finds_a_damaged_index_and_fix_rebuilds_it(seeded, cli):
    from reader.library.maintenance import check

    report = check(deep=True)
    assert report.ok and report.issues == 5 and report.orphans == 0
    out = cli("check", "--json", db=seeded.database)
    assert out.returncode == 0 and json.loads(out.stdout)["ok"] is True
    seeded.execute_sql("DELETE FROM paragraph_fts WHERE rowid IN (SELECT id FROM paragraph LIMIT 3)")
    seeded.execute_sql("UPDATE paragraph_fts SET body = 'x y' WHERE rowid = (SELECT max(id) FROM paragraph)")
    report = check(deep=True)
    assert not report.ok and any("3 paragraph(s) missing" in p for p in report.fts_problems)
    assert any("out of date" in p for p in report.fts_problems)
    out = cli("check", db=seeded.database)
    assert out.returncode == 1 and "missing from the full-text index" in out.stdout
    out = cli("check", "--deep", "--fix", db=seeded.database)
    assert out.returncode == 0, out.stdout
    assert check(deep=True).ok


def test_check_counts_orphans(seeded):
    from reader.annotations.ops import annotate
    from reader.library.maintenance import check
    from reader.library.models import Annotation

    view = annotate(source="003_e4feb845366e9c79.txt", quote="物理空间")
    Annotation.update(orphan=True, article=None, start=None, end=None).where(Annotation.id == view.id).execute()
    assert check().orphans == 1 and check().ok


def test_a_version_1_file_opens_after_a_migration(tmp_path, monkeypatch):
    from peewee import CharField

    from reader.library import db as dbmod

    path = tmp_path / "old.sqlite3"
    db = dbmod.connect(path)
    assert dbmod.schema_version(db) == 1
    db.execute_sql("INSERT INTO issue (source, source_path, sha256, paper, date, number, imported_at, repaired_at, "
                   "repair_json) VALUES ('old.txt', '', 'abc', '', '', '', '2025-01-01', '2025-01-01', '')")
    db.close()

    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(dbmod.MIGRATIONS, 2, lambda m: [m.add_column("issue", "edition", CharField(default="早版"))])
    db = dbmod.connect(path)
    assert dbmod.schema_version(db) == 2
    assert db.execute_sql("SELECT source, edition FROM issue").fetchall() == [("old.txt", "早版")]
    db.close()

    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 1)  # an older reader refuses a newer file
    with pytest.raises(ReaderError, match="newer reader"):
        dbmod.connect(path)


def test_a_failed_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    from reader.library import db as dbmod

    path = tmp_path / "old.sqlite3"
    dbmod.connect(path).close()
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(dbmod.MIGRATIONS, 2, lambda m: [m.add_column("issue", "edition", __import__("peewee").CharField(default=""))])
    with pytest.raises(ReaderError, match="no migration to schema 3"):
        dbmod.connect(path)
    with sqlite3.connect(path) as con:
        columns = [row[1] for row in con.execute("PRAGMA table_info(issue)")]
        assert "edition" not in columns
        assert con.execute("SELECT version FROM schemaversion").fetchone()[0] == 1


def test_cli_import_issues_backup(tmp_path, seed_paths, cli):
    db = tmp_path / "lib.sqlite3"
    out = cli("import", "--json", *map(str, seed_paths[:2]), db=db)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"added", "skipped", "failed"}
    assert [r["source"] for r in data["added"]] == [p.name for p in seed_paths[:2]]
    out = cli("import", str(seed_paths[0]), db=db)
    assert out.returncode == 0 and "skipped" in out.stdout and "already present" in out.stdout
    out = cli("issues", "--json", db=db)
    issues = json.loads(out.stdout)
    assert [i["source"] for i in issues] == [p.name for p in seed_paths[:2]]
    assert {"id", "source", "paper", "date", "number", "page_count", "article_count", "annotation_count"} <= set(issues[0])
    env = {**os.environ, "READER_DB": str(db)}
    out = cli("issues", env=env)
    assert out.returncode == 0 and seed_paths[1].name in out.stdout
    out = cli("backup", str(tmp_path / "b.sqlite3"), env=env)
    assert out.returncode == 0 and (tmp_path / "b.sqlite3").exists()


def test_cli_bad_input_is_one_line_exit_2_and_leaves_the_library_alone(tmp_path, seed_paths, cli):
    db = tmp_path / "lib.sqlite3"
    out = cli("import", str(tmp_path / "missing.txt"), db=db)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "missing.txt" in out.stderr
    assert not db.exists()  # a typo does not even create the library

    cli("import", str(seed_paths[0]), db=db)
    before = db.read_bytes()
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 100)
    out = cli("import", "--json", str(binary), db=db)
    assert out.returncode == 2
    assert json.loads(out.stdout)["failed"][0]["source"] == "scan.txt"
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM issue").fetchone()[0] == 1
    for args in (["search", ""], ["backup", str(tmp_path / "no" / "x.db")], ["rerepair", "999"], ["fix", "remove", "5"]):
        out = cli(*args, db=db)
        assert out.returncode == 2, (args, out.stderr)
        assert out.stderr.startswith("reader: error: ") and "Traceback" not in out.stderr
    out = cli("issues", db=tmp_path)  # a folder is no database
    assert out.returncode == 2 and out.stderr.startswith("reader: error: ")
    assert before  # the library file still opens
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_database_that_is_not_a_library_is_refused_and_left_alone(tmp_path):
    import sqlite3

    from reader.errors import ReaderError
    from reader.library.db import connect

    other = tmp_path / "accounts.sqlite3"
    with sqlite3.connect(other) as con:
        con.execute("create table ledger (id integer primary key, amount real)")
    before = other.read_bytes()
    with pytest.raises(ReaderError, match="not a reader library"):
        connect(other)
    with sqlite3.connect(other) as con:
        assert [r[0] for r in con.execute("select name from sqlite_master where type='table'")] == ["ledger"]
    assert other.read_bytes() == before
