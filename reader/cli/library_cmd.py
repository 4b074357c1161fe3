"""``reader import``, ``issues``, ``rerepair``, ``fix``, ``backup`` and ``check``."""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

from reader.cli.common import open_library as _open_library
from reader.cli.common import add_json_flag, command, print_json
from reader.errors import ReaderError


def open_library(args: argparse.Namespace) -> None:
    """The library commands open the database as it is (no built-in tags written)."""
    _open_library(args, builtin_tags=False)


class ProgressBar:
    """A one-line progress bar on stderr, drawn only on a terminal and at most ten times a second."""

    def __init__(self, *, stream=sys.stderr) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self.last = 0.0

    def __call__(self, done: int, total: int, name: str) -> None:
        if not self.enabled or total < 2:
            return
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        width = max(10, min(40, shutil.get_terminal_size((80, 20)).columns - 40))
        filled = width * done // total
        label = name if len(name) <= 24 else name[:23] + "…"
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label:<24}")
        if done >= total:
            self.stream.write("\r" + " " * (width + 40) + "\r")
        self.stream.flush()


def _import(args: argparse.Namespace) -> int:
    from reader.library.importer import import_paths

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:  # before opening the library: a typo must not create or touch it
        raise ReaderError(f"{missing[0]}: no such file or folder")
    open_library(args)
    report = import_paths(args.paths, replace=args.replace, encoding=args.encoding, progress=ProgressBar())
    if args.json:
        print_json(report.to_json())
    else:
        for result in report.added:
            print(f"added    {result.source}  (issue {result.issue_id}: {result.reason})")
        for result in report.skipped:
            print(f"skipped  {result.source}  ({result.reason})")
        for result in report.failed:
            print(f"reader: error: {result.reason}", file=sys.stderr)
        print(f"{len(report.added)} added, {len(report.skipped)} skipped, {len(report.failed)} failed")
    return 2 if report.failed else 0


def _issues(args: argparse.Namespace) -> int:
    from reader.library.queries import list_issues

    open_library(args)
    issues = list_issues()
    if args.json:
        print_json([i.to_json() for i in issues])
        return 0
    if not issues:
        print("the library is empty (add issues with `reader import PATH...`)")
        return 0
    print(f"{'id':>4}  {'date':<10}  {'pages':>5}  {'articles':>8}  {'notes':>5}  source")
    for i in issues:
        print(f"{i.id:>4}  {i.date or '-':<10}  {i.page_count:>5}  {i.article_count:>8}  {i.annotation_count:>5}  "
              f"{i.source}{'  ' + i.paper if i.paper else ''}")
    return 0


def _rerepair(args: argparse.Namespace) -> int:
    from reader.library.importer import rerepair_issue
    from reader.library.queries import issue_articles, resolve_issue

    open_library(args)
    issue_id = resolve_issue(args.issue)
    changes = rerepair_issue(issue_id)
    print(f"issue {issue_id}: {len(issue_articles(issue_id))} article(s), {len(changes.articles)} changed")
    return 0


def _fixes(args: argparse.Namespace) -> int:
    from reader.library.overrides import add_override, list_overrides, remove_override
    from reader.library.queries import resolve_issue
    from reader.repair.model import Override

    open_library(args)
    if args.action == "add":
        issue_id = resolve_issue(args.issue)
        add_override(issue_id, Override(op=args.op, a=args.a, b=args.b, offset=args.offset))
        views = list_overrides(issue_id)
        print(f"fix {views[-1].id} added to issue {issue_id}; issue repaired again")
    elif args.action == "remove":
        remove_override(args.id)
        print(f"fix {args.id} removed; issue repaired again")
    else:
        views = list_overrides(resolve_issue(args.issue))
        if args.json:
            print_json([v.to_json() for v in views])
        for v in [] if args.json else views:
            extra = " ".join(str(x) for x in (v.b, v.offset) if x is not None)
            print(f"{v.id:>4}  {v.op:<6}  {v.a} {extra}  ({v.created})")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from reader.library.maintenance import backup

    target = Path(args.file)
    if not target.parent.expanduser().is_dir():
        raise ReaderError(f"{target.parent}: no such folder")
    open_library(args)
    path = backup(target)
    print(f"library backed up to {path} ({path.stat().st_size:,} bytes)")
    return 0


def _check(args: argparse.Namespace) -> int:
    from reader.library import fts
    from reader.library.maintenance import check
    from reader.library.models import database

    open_library(args)
    report = check(deep=args.deep)
    if args.fix and report.fts_problems:
        fts.rebuild(database.obj)
        report = check(deep=args.deep)
    if args.json:
        print_json(report.to_json())
    else:
        print(f"integrity: {report.integrity}")
        print(f"foreign keys: {'ok' if not report.foreign_keys else f'{report.foreign_keys} broken reference(s)'}")
        print(f"full-text index: {'ok' if not report.fts_problems else '; '.join(report.fts_problems)}")
        print(f"{report.issues} issue(s), {report.articles} article(s), {report.paragraphs} paragraph(s), "
              f"{report.annotations} annotation(s), {report.orphans} orphan(s)")
        if report.fts_problems and not args.fix:
            print("run `reader check --fix` to rebuild the full-text index")
    return 0 if report.ok else 1


def _offset(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    p = command(
        subparsers,
        "import",
        help="add issues to the library (each PATH is one issue)",
        description="Repair each PATH and add it to the library as one issue. A folder is one issue whose files "
        "are its pages. The same content again is skipped; --replace repairs it again and re-anchors its "
        "annotations. A failed issue leaves the library as it was.",
        examples=("reader import seeds/*.txt", "reader import --json 2025-03-01/", "reader import --replace 003.txt"),
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="a text file, or a folder whose files are the pages")
    p.add_argument("--replace", action="store_true", help="re-repair issues already there and re-anchor their notes")
    add_json_flag(p, "print what was added, skipped and failed as JSON")
    p.add_argument("--encoding", metavar="ENC", help="force the text encoding (default: detect)")
    p.set_defaults(func=_import)

    p = command(subparsers, "issues", help="list the issues in the library", examples=("reader issues --json",))
    add_json_flag(p)
    p.set_defaults(func=_issues)

    p = command(
        subparsers, "rerepair", help="repair a stored issue again (with its manual fixes)",
        description="Repair a stored issue again from its raw text, with its manual fixes, and re-anchor its "
        "annotations (those not found again become orphans, never lost).",
        examples=("reader rerepair 3", "reader rerepair 003_e4feb845366e9c79.txt"),
    )
    p.add_argument("issue", metavar="ISSUE", help="issue id or source name")
    p.set_defaults(func=_rerepair)

    p = command(
        subparsers, "fix", help="manual repair fixes of an issue: list, add, remove",
        description="Manual repair fixes of an issue, by block id (p{page}b{index}, see `reader repair --explain`). "
        "Each change repairs the issue again and re-anchors its annotations.",
        examples=("reader fix list 3", "reader fix add 3 unjoin p1b12 p1b40", "reader fix add 3 split p1b7 --offset 25",
                  "reader fix remove 5"),
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))
    s = command(sub, "list", help="the fixes of an issue")
    s.add_argument("issue", metavar="ISSUE", help="issue id or source name")
    add_json_flag(s)
    s = command(sub, "add", help="add a fix and repair the issue again")
    s.add_argument("issue", metavar="ISSUE", help="issue id or source name")
    s.add_argument("op", choices=["unjoin", "join", "split", "move"])
    s.add_argument("a", metavar="BLOCK", help="block id, e.g. p1b12")
    s.add_argument("b", metavar="OTHER", nargs="?", help="second block id (unjoin, join, move)")
    s.add_argument("--offset", type=_offset, help="characters into BLOCK (split)")
    s = command(sub, "remove", help="remove a fix and repair the issue again")
    s.add_argument("id", type=int, metavar="FIX_ID")
    p.set_defaults(func=_fixes)

    p = command(
        subparsers, "backup", help="copy the library to FILE (safe while the app is open)",
        description="Copy the library to FILE with SQLite's online backup: a consistent copy even while the app "
        "is open. Open the copy with `reader --db FILE`.",
        examples=("reader backup ~/reader-backup.sqlite3",),
    )
    p.add_argument("file", metavar="FILE", help="the new database file")
    p.set_defaults(func=_backup)

    p = command(
        subparsers, "check", help="check the library's integrity and full-text index",
        description="Check the database's integrity, its references and the full-text index, and count the "
        "orphaned annotations. Exit status 1 when a problem is found.",
        examples=("reader check", "reader check --deep --fix"),
    )
    add_json_flag(p, "print the report as JSON")
    p.add_argument("--deep", action="store_true", help="also re-segment every paragraph to compare the index")
    p.add_argument("--fix", action="store_true", help="rebuild the full-text index if it is inconsistent")
    p.set_defaults(func=_check)
