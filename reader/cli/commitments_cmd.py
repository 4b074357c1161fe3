"""``reader commitments``: list suggested commitments; accept, reject, track and export them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from reader.cli.common import (
    add_json_flag,
    command,
    fraction,
    open_library,
    print_json,
    refuse_binary_on_terminal,
    short,
    write_output,
)
from reader.errors import ReaderError


def _open(args: argparse.Namespace) -> None:
    from reader.commitments.store import ensure_tables

    open_library(args)
    ensure_tables()


def _line(number: int, item: Any) -> str:
    from reader.commitments.tracking import format_value

    fields = [f"{item.metric or '?'} {format_value(item.value)}{item.unit}"]
    if item.qualifier:
        fields.append(item.qualifier)
    if item.period:
        fields.append(item.period)
    if item.actor:
        fields.append(item.actor)
    return f"{number:>4}  {item.confidence:.2f}  {item.source}  「{short(item.text, 40)}」  {' · '.join(fields)}"


def _filters(p: argparse.ArgumentParser, *, inherited: bool = False) -> None:
    # On an action, SUPPRESS keeps a filter given before the action ("commitments --source X accept 1").
    unset = argparse.SUPPRESS if inherited else None
    p.add_argument("--source", metavar="NAME", default=unset, help="only this issue (imported file or folder name)")
    p.add_argument("--issue", type=int, metavar="ID", default=unset, help="only this issue id")
    p.add_argument("--article", type=int, metavar="ID", default=unset, help="only this article id")
    p.add_argument(
        "--min-confidence", type=fraction, default=argparse.SUPPRESS if inherited else 0.0, metavar="X",
        help="hide suggestions below X (0–1)",
    )


def _field_options(p: argparse.ArgumentParser) -> None:
    for name in ("metric", "value", "unit", "qualifier", "period", "actor"):
        p.add_argument(f"--{name}", metavar="TEXT", help=f"set the {name} instead of the detected one")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = command(
        subparsers,
        "commitments",
        help="suggested commitments (targets) in the library; accept, reject, track, export",
        description="Find the district's commitments (forward-looking, checkable targets such as "
        "\"社会消费品零售总额增长5%左右\") in the repaired articles. Without an action: list the open "
        "suggestions (not yet accepted or rejected), numbered for `accept` and `reject` with the same filters. "
        "Accepting makes an annotation tagged 承诺 carrying the structured fields; `status` tracks it.",
        examples=(
            "reader commitments --source 004_834b2da5dc9fa50d.txt --json",
            "reader commitments accept 1 3 --source 004_834b2da5dc9fa50d.txt",
            "reader commitments accept --all-above 0.8",
            "reader commitments reject 2 --source 004_834b2da5dc9fa50d.txt",
            "reader commitments status 12 achieved --evidence 30",
            "reader commitments export --format xlsx -o commitments.xlsx",
        ),
    )
    _filters(p)
    p.add_argument("--file", metavar="PATH", type=Path, help="repair and scan a dump without importing it (article_id is then the article's place in the issue)")
    p.add_argument("--all", action="store_true", help="also list suggestions already accepted or rejected")
    p.add_argument("--json", action="store_true", help='print {"commitments": [...]}')
    p.set_defaults(func=_list, action=None)
    sub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))

    a = command(sub, "accept", help="accept suggestions (by number in the listing, or a piece of their text)")
    a.add_argument("refs", nargs="*", metavar="REF", help="number from `reader commitments` with the same filters, or text")
    _filters(a, inherited=True)
    a.add_argument("--all-above", type=fraction, metavar="X", help="accept every open suggestion with confidence ≥ X")
    a.add_argument("--note", default="", metavar="TEXT", help="a note on the accepted annotations")
    _field_options(a)
    add_json_flag(a)
    a.set_defaults(func=_accept)

    r = command(sub, "reject", help="reject suggestions; they are not suggested again for that issue")
    r.add_argument("refs", nargs="+", metavar="REF")
    _filters(r, inherited=True)
    r.add_argument("--undo", action="store_true", help="bring rejected suggestions back (refs from `--all` listing)")
    r.set_defaults(func=_reject)

    t = command(sub, "tracked", help="the accepted commitments with their fields and status")
    t.add_argument("--source", metavar="NAME", default=argparse.SUPPRESS, help="only this issue")
    t.add_argument("--status", metavar="S", help="only this status: planned, in progress, achieved, missed or unknown")
    add_json_flag(t)
    t.set_defaults(func=_tracked)

    s = command(sub, "status", help="set how an accepted commitment stands")
    s.add_argument("id", type=int, metavar="ANNOTATION_ID")
    s.add_argument("status", metavar="STATUS", help="planned, in progress, achieved, missed or unknown")
    s.add_argument("--evidence", type=int, metavar="ID", help="the annotation that shows the outcome")
    s.add_argument("--no-evidence", action="store_true", help="remove the evidence link")
    s.add_argument("--note", metavar="TEXT", help="a tracking note")
    add_json_flag(s)
    s.set_defaults(func=_status)

    e = command(sub, "edit", help="correct the structured fields of an accepted commitment")
    e.add_argument("id", type=int, metavar="ANNOTATION_ID")
    _field_options(e)
    add_json_flag(e)
    e.set_defaults(func=_edit)

    x = command(sub, "export", help="the accepted commitments as CSV or XLSX with one column per field")
    x.add_argument("--format", choices=("csv", "xlsx"), default="csv", help="csv (default) or xlsx")
    x.add_argument("--source", metavar="NAME", default=argparse.SUPPRESS, help="only this issue")
    x.add_argument("--status", metavar="S", help="only this status")
    x.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here (default: standard output, CSV only)")
    x.set_defaults(func=_export)


def _list(args: argparse.Namespace) -> int:
    if args.file is not None:
        items = _scan_file(args.file, min_confidence=args.min_confidence)
    else:
        from reader.commitments.library import suggest

        _open(args)
        items = suggest(
            source=args.source, issue_id=args.issue, article_id=args.article,
            min_confidence=args.min_confidence, include_decided=args.all,
        )
    if args.json:
        print_json({"commitments": [item.to_json() for item in items]})
        return 0
    for number, item in enumerate(items, 1):
        print(_line(number, item))
    print(f"{len(items)} suggestion{'s' if len(items) != 1 else ''}", file=sys.stderr)
    return 0


def _scan_file(path: Path, *, min_confidence: float) -> list[Any]:
    """Repair a dump in memory and detect in each article (nothing is stored)."""
    from reader.commitments.detect import detect
    from reader.commitments.library import Suggestion
    from reader.repair import repair_paths

    if not path.exists():
        raise ReaderError(f"{path}: no such file or folder")
    issue = repair_paths([path])
    found = []
    for order, article in enumerate(issue.articles, 1):
        for c in detect(article.text):
            if c.confidence >= min_confidence:
                found.append(
                    Suggestion(
                        source=path.name, issue_id=0, issue_sha256="", article_id=order, article_title=article.title,
                        text=c.text, start=c.start, end=c.end, metric=c.metric, value=c.value, unit=c.unit,
                        qualifier=c.qualifier, period=c.period, actor=c.actor, confidence=c.confidence,
                    )
                )
    return found


def _edits(args: argparse.Namespace) -> dict[str, Any]:
    from reader.commitments.tracking import parse_value

    edits = {}
    for name in ("metric", "value", "unit", "qualifier", "period", "actor"):
        value = getattr(args, name, None)
        if value is not None:
            edits[name] = parse_value(value) if name == "value" else value
    return edits


def _accept(args: argparse.Namespace) -> int:
    from reader.commitments.library import accept, accept_all, find_suggestion, suggest

    _open(args)
    if args.all_above is not None:
        if args.refs:
            raise ReaderError("give either REF… or --all-above, not both")
        views = accept_all(min_confidence=args.all_above, source=args.source, issue_id=args.issue, article_id=args.article)
    else:
        if not args.refs:
            raise ReaderError("name the suggestions to accept (numbers or text), or use --all-above X")
        open_items = suggest(
            source=args.source, issue_id=args.issue, article_id=args.article, min_confidence=args.min_confidence
        )
        chosen = [find_suggestion(open_items, ref) for ref in args.refs]
        edits = _edits(args)
        views = [accept(s, note=args.note, **edits) for s in chosen]
    if args.json:
        print_json({"accepted": [{"id": v.id, "quote": v.quote, **v.extra} for v in views]})
    else:
        for v in views:
            print(f"{v.id}\t{v.quote}")
        print(f"accepted {len(views)}", file=sys.stderr)
    return 0


def _reject(args: argparse.Namespace) -> int:
    from reader.commitments.library import find_suggestion, reject, suggest, unreject

    _open(args)
    items = suggest(
        source=args.source, issue_id=args.issue, article_id=args.article,
        min_confidence=args.min_confidence, include_decided=args.undo,
    )
    chosen = [find_suggestion(items, ref) for ref in args.refs]
    for s in chosen:
        (unreject if args.undo else reject)(s)
        print(f"{'restored' if args.undo else 'rejected'}\t{s.text}")
    return 0


def _tracked(args: argparse.Namespace) -> int:
    from reader.commitments.tracking import format_value, list_commitments

    _open(args)
    records = list_commitments(source=args.source, status=args.status)
    if args.json:
        print_json({"commitments": [r.to_json() for r in records]})
        return 0
    for r in records:
        evidence = f"  ← #{r.evidence_id}" if r.evidence_id else ""
        print(
            f"{r.annotation_id:>5}  {r.status:<11}  {r.source}  {r.metric} {format_value(r.value)}{r.unit}"
            f"  {r.qualifier}  {r.period}  「{short(r.quote, 30)}」{evidence}"
        )
    return 0


def _status(args: argparse.Namespace) -> int:
    from reader.commitments.tracking import set_status

    _open(args)
    record = set_status(args.id, args.status, evidence=args.evidence, note=args.note, clear_evidence=args.no_evidence)
    if args.json:
        print_json(record.to_json())
    else:
        print(f"{record.annotation_id}\t{record.status}" + (f"\tevidence {record.evidence_id}" if record.evidence_id else ""))
    return 0


def _edit(args: argparse.Namespace) -> int:
    from reader.commitments.tracking import update_fields

    _open(args)
    edits = _edits(args)
    if not edits:
        raise ReaderError("nothing to change: give --metric, --value, --unit, --qualifier, --period or --actor")
    record = update_fields(args.id, **edits)
    if args.json:
        print_json(record.to_json())
    else:
        print(f"{record.annotation_id}\t{record.metric}\t{record.value}{record.unit}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from reader.commitments.export import export_commitments
    from reader.commitments.tracking import list_commitments

    refuse_binary_on_terminal(args.format, args.output)
    _open(args)
    write_output(export_commitments(args.format, list_commitments(source=args.source, status=args.status)), args.output)
    return 0
