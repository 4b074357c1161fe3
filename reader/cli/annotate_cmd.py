"""``reader annotate``, ``reader annotations`` and ``reader annotation edit|delete|restore|show``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from reader.errors import ReaderError


def open_library(args: argparse.Namespace) -> None:
    """Open the library named by ``--db`` (or the default) and make sure the built-in tags exist."""
    from reader.annotations.tags import ensure_builtin_tags
    from reader.library.db import connect

    connect(args.db)
    ensure_builtin_tags()


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_line(view: Any) -> str:
    """One annotation as one line of a listing."""
    where = "orphan" if view.orphan else f"{view.start}-{view.end}"
    tags = f" [{', '.join(view.tags)}]" if view.tags else ""
    note = f" — {_short(view.note, 30)}" if view.note else ""
    title = _short(view.article_title, 16) or "?"
    return f"{view.id:>5}  {view.source}  {title}  {where}  {view.color}{tags}  「{_short(view.quote, 40)}」{note}"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("annotate", help="highlight a quote in an issue's repaired text; prints the new id")
    p.add_argument("--source", required=True, metavar="NAME", help="the imported file or folder name")
    p.add_argument("--quote", required=True, metavar="TEXT", help="the text to highlight (may span a column break)")
    p.add_argument("--occurrence", type=_positive, default=1, metavar="N", help="which occurrence (default 1)")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeatable; 承诺/经济 nests)")
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--color", default="yellow", metavar="C", help="yellow, green, blue, pink or purple")
    p.add_argument("--json", action="store_true", help="print the whole annotation as JSON")
    p.set_defaults(func=_annotate)

    p = subparsers.add_parser("annotations", help="list highlights, notes and tags")
    p.add_argument("--tag", metavar="T", help="only this tag (and tags nested below it)")
    p.add_argument("--source", metavar="NAME", help="only this issue")
    p.add_argument("--color", metavar="C")
    p.add_argument("--orphans", action="store_true", help="only annotations whose text was not found again")
    p.add_argument("--trash", action="store_true", help="the trash instead of the live annotations")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_list)

    p = subparsers.add_parser("annotation", help="edit, delete, restore or show one annotation")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))
    e = sub.add_parser("edit", help="change note, colour, tags, or re-attach to a place in an article")
    e.add_argument("id", metavar="ID")
    e.add_argument("--note", metavar="TEXT")
    e.add_argument("--color", metavar="C")
    e.add_argument("--tag", action="append", metavar="T", help="replace the tags (repeatable)")
    e.add_argument("--add-tag", action="append", default=[], metavar="T")
    e.add_argument("--remove-tag", action="append", default=[], metavar="T")
    e.add_argument("--no-tags", action="store_true", help="remove every tag")
    e.add_argument("--reattach", metavar="ARTICLE_ID:START:END", help="anchor to these offsets of an article")
    e.add_argument("--reattach-quote", metavar="TEXT", help="anchor to this text in the annotation's issue")
    e.add_argument("--occurrence", type=_positive, default=1, metavar="N", help="with --reattach-quote")
    e.add_argument("--source", metavar="NAME", help="with --reattach-quote: look in this issue instead")
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=_edit)
    d = sub.add_parser("delete", help="move to the trash (--purge: delete from the trash for good)")
    d.add_argument("id", metavar="ID")
    d.add_argument("--purge", action="store_true")
    d.set_defaults(func=_delete)
    r = sub.add_parser("restore", help="take out of the trash")
    r.add_argument("id", metavar="ID")
    r.set_defaults(func=_restore)
    s = sub.add_parser("show", help="print one annotation")
    s.add_argument("id", metavar="ID")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=_show)


def _annotate(args: argparse.Namespace) -> int:
    from reader.annotations.ops import annotate

    open_library(args)
    view = annotate(
        source=args.source,
        quote=args.quote,
        occurrence=args.occurrence,
        tags=args.tag,
        note=args.note,
        color=args.color,
    )
    if args.json:
        print_json(view.to_json())
    else:
        print(view.id)
    return 0


def _list(args: argparse.Namespace) -> int:
    from reader.annotations.ops import list_annotations

    open_library(args)
    views = list_annotations(tag=args.tag, source=args.source, color=args.color, orphans=args.orphans, trash=args.trash)
    if args.json:
        print_json([v.to_json() for v in views])
        return 0
    for view in views:
        print(format_line(view))
    if not views:
        print("no annotations", file=sys.stderr)
    return 0


def _parse_reattach(text: str) -> tuple[int, int, int]:
    try:
        article, start, end = (int(part) for part in text.split(":"))
    except ValueError:
        raise ReaderError(f"--reattach {text!r}: expected ARTICLE_ID:START:END, e.g. 12:40:58") from None
    return article, start, end


def _edit(args: argparse.Namespace) -> int:
    from reader.annotations.ops import get_annotation, reattach_annotation, reattach_to_quote, update_annotation
    from reader.annotations.tags import normalise_tag
    from reader.library.models import database

    open_library(args)
    current = get_annotation(args.id)
    tags = None
    if args.tag is not None or args.add_tag or args.remove_tag or args.no_tags:
        tags = [] if args.no_tags else list(args.tag if args.tag is not None else current.tags)
        tags += args.add_tag
        removed = {normalise_tag(t) for t in args.remove_tag}
        tags = [t for t in tags if normalise_tag(t) not in removed]
    if tags is None and args.note is None and args.color is None and not (args.reattach or args.reattach_quote):
        raise ReaderError("nothing to change: give --note, --color, --tag, --add-tag, --remove-tag or --reattach")
    if args.reattach and args.reattach_quote:
        raise ReaderError("give --reattach or --reattach-quote, not both")
    with database.atomic():
        if args.reattach:
            article_id, start, end = _parse_reattach(args.reattach)
            reattach_annotation(current.id, article_id=article_id, start=start, end=end)
        elif args.reattach_quote:
            reattach_to_quote(current.id, args.reattach_quote, occurrence=args.occurrence, source=args.source)
        view = update_annotation(current.id, note=args.note, color=args.color, tags=tags)
    if args.json:
        print_json(view.to_json())
    else:
        print(format_line(view))
    return 0


def _delete(args: argparse.Namespace) -> int:
    from reader.annotations.ops import delete_annotation, get_annotation, purge_annotation

    open_library(args)
    view = get_annotation(args.id)
    if args.purge:
        purge_annotation(view.id)
        print(f"annotation {view.id} deleted for good")
    else:
        delete_annotation(view.id)
        print(f"annotation {view.id} moved to the trash (reader annotation restore {view.id})")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from reader.annotations.ops import get_annotation, restore_annotation

    open_library(args)
    view = get_annotation(args.id)
    restore_annotation(view.id)
    print(f"annotation {view.id} restored")
    return 0


def _show(args: argparse.Namespace) -> int:
    from reader.annotations.ops import get_annotation

    open_library(args)
    view = get_annotation(args.id)
    if args.json:
        print_json(view.to_json())
        return 0
    print(format_line(view))
    print(f"uuid: {view.uuid}\narticle: {view.article_id} {view.article_title}\nanchored: {view.anchor_method}")
    if view.note:
        print(f"note: {view.note}")
    return 0
