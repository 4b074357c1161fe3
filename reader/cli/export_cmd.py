"""``reader export`` and ``reader import-annotations``."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from reader.cli.annotate_cmd import open_library, print_json
from reader.errors import ReaderError
from reader.export import FORMATS


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("export", help="export annotations as md, csv, xlsx, html or jsonld")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--tag", metavar="T", help="only this tag (and tags nested below it)")
    p.add_argument("--source", metavar="NAME", help="only this issue")
    p.set_defaults(func=_export)

    p = subparsers.add_parser("import-annotations", help="restore annotations from a JSON-LD export")
    p.add_argument("file", metavar="FILE.jsonld")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=_import)


def _write_atomically(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder, so a failure never leaves half a file."""
    if path.is_dir():
        raise ReaderError(f"{path}: is a folder")
    folder = path.parent
    if not folder.is_dir():
        raise ReaderError(f"{path}: folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as exc:
        raise ReaderError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ReaderError(f"{path}: cannot write ({exc.strerror})") from None


def _export(args: argparse.Namespace) -> int:
    from reader.export import export_annotations

    if args.output is None and args.format == "xlsx" and sys.stdout.isatty():
        raise ReaderError("xlsx is a binary format: give -o FILE.xlsx or redirect standard output")
    open_library(args)
    data = export_annotations(args.format, tag=args.tag, source=args.source)
    if args.output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        _write_atomically(Path(args.output), data)
    return 0


def _import(args: argparse.Namespace) -> int:
    from reader.export import import_annotations

    open_library(args)
    report = import_annotations(args.file)
    if args.json:
        print_json(report.to_json())
        return 0
    orphans = report.orphans
    print(
        f"{len(report.added)} added ({len(orphans)} orphaned), {len(report.skipped)} already present, "
        f"{len(report.failed)} unreadable"
    )
    for entry in orphans:
        print(f"  orphan {entry['id']}: {entry['source'] or '?'} ({entry['method']}) — reader annotations --orphans")
    for entry in report.failed:
        print(f"  entry {entry['index']} not imported: {entry['reason']}")
    return 1 if report.failed else 0
