"""A kill part-way through an import leaves a consistent library: whole issues or none."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import os
os.environ["READER_IMPORT_WORKERS"] = "2"
import sys
from pathlib import Path
from reader.library.db import connect
from reader.library.importer import import_paths
connect(sys.argv[1])
import_paths(sorted(Path(sys.argv[2]).glob("*.txt")))
"""


def _issue_count(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as con:
            return con.execute("SELECT count(*) FROM issue").fetchone()[0]
    except sqlite3.Error:
        return 0


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_killed_import_leaves_whole_issues_only(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_library import write_issues

    paths = write_issues(tmp_path / "issues", 12)
    db_path = tmp_path / "library.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(db_path), str(tmp_path / "issues")], cwd=ROOT)
    deadline = time.monotonic() + 120
    while _issue_count(db_path) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    workers = _children(proc.pid)
    assert workers  # a batch this long is repaired in worker processes
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers)  # orphaned workers end themselves

    from reader.library.db import connect
    from reader.library.maintenance import check
    from reader.library.queries import issue_articles, list_issues

    db = connect(db_path)
    try:
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        report = check(deep=True)
        assert report.ok, report
        issues = list_issues()
        assert 2 <= len(issues) < len(paths)  # killed part-way
        for issue in issues:  # every issue that is there is whole
            assert issue.page_count == 1 and issue.article_count >= 1
            assert all(a.id for a in issue_articles(issue.id))
            raw = db.execute_sql("SELECT raw FROM page WHERE issue_id = ?", (issue.id,)).fetchone()[0]
            assert bytes(raw) == (tmp_path / "issues" / issue.source).read_bytes()
    finally:
        db.close()
