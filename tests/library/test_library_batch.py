"""Long batches: worker processes give the same library as an in-process import; progress on a terminal."""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _snapshot(db) -> list[tuple]:
    return db.execute_sql(
        "SELECT i.source, i.sha256, i.paper, i.date, i.number, a.\"order\", a.title, a.text "
        "FROM issue i JOIN article a ON a.issue_id = i.id ORDER BY i.id, a.\"order\""
    ).fetchall()


def test_workers_import_the_same_library_in_path_order(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_library import write_issues

    from reader.library.db import connect
    from reader.library.importer import import_paths
    from reader.library.maintenance import check

    paths = write_issues(tmp_path / "issues", 12)
    paths.insert(5, paths[2])  # the same file twice in one batch counts once
    snapshots = []
    for workers in (1, 2):
        db = connect(tmp_path / f"lib{workers}.sqlite3")
        report = import_paths(paths, workers=workers)
        assert [r.source for r in report.added] == [p.name for i, p in enumerate(paths) if i != 5]
        assert [r.source for r in report.skipped] == [paths[2].name]
        assert check(deep=True).ok
        snapshots.append(_snapshot(db))
        db.close()
    assert snapshots[0] == snapshots[1]
    assert snapshots[0][0][2:5] == ("渝中报", "2020-01-02", "1")


def test_progress_bar_draws_on_a_terminal_only():
    from reader.cli.library_cmd import ProgressBar

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    bar = ProgressBar(stream=screen)
    for done in range(0, 4):
        bar(done, 3, f"issue-{done}.txt")
    assert "0/3" in screen.getvalue() and screen.getvalue().endswith("\r")
    piped = io.StringIO()
    bar = ProgressBar(stream=piped)
    bar(0, 3, "x")
    bar(3, 3, "")
    assert piped.getvalue() == ""


def test_gb18030_dump_imports_to_the_same_text(library, seed_paths, tmp_path):
    from reader.library.importer import import_paths
    from reader.library.queries import issue_pages, list_issues

    text = seed_paths[1].read_text("utf-8")
    legacy = tmp_path / "gbk-issue.txt"
    legacy.write_bytes(text.encode("gb18030"))
    report = import_paths([legacy], encoding="gb18030")
    assert report.added, report.failed
    (issue,) = list_issues()
    assert issue_pages(issue.id)[0].text == text.replace("\u3000", " ")
