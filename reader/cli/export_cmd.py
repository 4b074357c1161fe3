"""``reader export`` and ``reader import-annotations``."""

from __future__ import annotations

import argparse

from reader.cli.common import add_json_flag, command, open_library, print_json, refuse_binary_on_terminal, write_output
from reader.export import FORMATS


def register(subparsers: argparse._SubParsersAction) -> None:
    p = command(
        subparsers, "export", help="export annotations as md, csv, xlsx, html or jsonld",
        description="Export the annotations (not those in the trash) as Markdown, CSV (UTF-8 with BOM, for Excel), "
        "XLSX, a printable HTML page or W3C Web Annotation JSON-LD. A commitment's fields (metric, value, unit, "
        "qualifier, period, actor, status, evidence) are columns in CSV/XLSX and a line in Markdown.",
        examples=("reader export --format md > notes.md", "reader export --format xlsx -o notes.xlsx --tag 承诺",
                  "reader export --format jsonld -o notes.jsonld --source 003_e4feb845366e9c79.txt"),
    )
    p.add_argument("--format", required=True, choices=FORMATS, metavar="FORMAT", help=", ".join(FORMATS))
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--tag", metavar="T", help="only this tag (and tags nested below it)")
    p.add_argument("--source", metavar="NAME", help="only this issue")
    p.set_defaults(func=_export)

    p = command(
        subparsers, "import-annotations", help="restore annotations from a JSON-LD export",
        description="Restore annotations from a JSON-LD export into a library holding the same issues (matched by "
        "content, else by file name), re-anchoring them by their quote. Those already present are skipped; "
        "those whose issue or text is missing become orphans, never lost.",
        examples=("reader import-annotations notes.jsonld",),
    )
    p.add_argument("file", metavar="FILE.jsonld")
    add_json_flag(p, "print the report as JSON")
    p.set_defaults(func=_import)


def _export(args: argparse.Namespace) -> int:
    from reader.export import export_annotations

    refuse_binary_on_terminal(args.format, args.output)
    open_library(args)
    write_output(export_annotations(args.format, tag=args.tag, source=args.source), args.output)
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
