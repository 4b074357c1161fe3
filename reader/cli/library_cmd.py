"""``reader import``, ``issues``, ``rerepair``, ``fix``, ``backup`` and ``check``."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from reader.errors import ReaderError


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def open_library(args: argparse.Namespace) -> None:
    from reader.library.db import connect

    connect(args.db)


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
    p = subparsers.add_parser("import", help="add issues to the library (each PATH is one issue)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="a text file, or a folder whose files are the pages")
    p.add_argument("--replace", action="store_true", help="re-repair issues already there and re-anchor their notes")
    p.add_argument("--json", action="store_true", help="print a summary as JSON")
    p.add_argument("--encoding", metavar="ENC", help="force the text encoding (default: detect)")
    p.set_defaults(func=_import)

    p = subparsers.add_parser("issues", help="list the issues in the library")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_issues)

    p = subparsers.add_parser("rerepair", help="repair a stored issue again (with its manual fixes)")
    p.add_argument("issue", metavar="ISSUE", help="issue id or source name")
    p.set_defaults(func=_rerepair)

    p = subparsers.add_parser("fix", help="manual repair fixes of an issue: list, add, remove")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))
    s = sub.add_parser("list", help="the fixes of an issue")
    s.add_argument("issue", metavar="ISSUE")
    s.add_argument("--json", action="store_true")
    s = sub.add_parser("add", help="add a fix and repair the issue again")
    s.add_argument("issue", metavar="ISSUE")
    s.add_argument("op", choices=["unjoin", "join", "split", "move"])
    s.add_argument("a", metavar="BLOCK", help="block id, e.g. p1b12")
    s.add_argument("b", metavar="OTHER", nargs="?", help="second block id (unjoin, join, move)")
    s.add_argument("--offset", type=_offset, help="characters into BLOCK (split)")
    s = sub.add_parser("remove", help="remove a fix and repair the issue again")
    s.add_argument("id", type=int, metavar="FIX_ID")
    p.set_defaults(func=_fixes)

    p = subparsers.add_parser("backup", help="copy the library to FILE (safe while the app is open)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=_backup)

    p = subparsers.add_parser("check", help="check the library's integrity and full-text index")
    p.add_argument("--json", action="store_true")
    p.add_argument("--deep", action="store_true", help="also re-segment every paragraph to compare the index")
    p.add_argument("--fix", action="store_true", help="rebuild the full-text index if it is inconsistent")
    p.set_defaults(func=_check)
