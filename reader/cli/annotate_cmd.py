"""``reader annotate``, ``reader annotations`` and ``reader annotation edit|delete|restore|show``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from reader.cli.common import add_json_flag, command, open_library, positive_int, print_json, short
from reader.errors import ReaderError


def format_line(view: Any) -> str:
    """One annotation as one line of a listing."""
    where = "orphan" if view.orphan else f"{view.start}-{view.end}"
    tags = f" [{', '.join(view.tags)}]" if view.tags else ""
    note = f" — {short(view.note, 30)}" if view.note else ""
    title = short(view.article_title, 16) or "?"
    return f"{view.id:>5}  {view.source}  {title}  {where}  {view.color}{tags}  「{short(view.quote, 40)}」{note}"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = command(
        subparsers, "annotate", help="highlight a quote in an issue's repaired text; prints the new id",
        description="Highlight a quote in the repaired text of an issue, with tags, a note and a colour, and "
        "print the new annotation's id. The quote may span a column break of the original.",
        examples=("reader annotate --source 003_e4feb845366e9c79.txt --quote 物理空间 --tag 承诺 --note x",
                  "reader annotate --source 003_e4feb845366e9c79 --quote 研究部署 --color green --json"),
    )
    p.add_argument("--source", required=True, metavar="NAME", help="the imported file or folder name")
    p.add_argument("--quote", required=True, metavar="TEXT", help="the text to highlight (may span a column break)")
    p.add_argument("--occurrence", type=positive_int, default=1, metavar="N", help="which occurrence (default 1)")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeatable; 承诺/经济 nests)")
    p.add_argument("--note", default="", metavar="TEXT", help="a note on the highlight")
    p.add_argument("--color", default="yellow", metavar="C", help="yellow (default), green, blue, pink or purple")
    add_json_flag(p, "print the whole annotation as JSON")
    p.set_defaults(func=_annotate)

    p = command(
        subparsers, "annotations", help="list highlights, notes and tags",
        examples=("reader annotations --tag 承诺", "reader annotations --orphans", "reader annotations --json"),
    )
    p.add_argument("--tag", metavar="T", help="only this tag (and tags nested below it)")
    p.add_argument("--source", metavar="NAME", help="only this issue")
    p.add_argument("--color", metavar="C", help="only this colour")
    p.add_argument("--orphans", action="store_true", help="only annotations whose text was not found again")
    p.add_argument("--trash", action="store_true", help="the trash instead of the live annotations")
    add_json_flag(p)
    p.set_defaults(func=_list)

    p = command(
        subparsers, "annotation", help="edit, delete, restore or show one annotation",
        examples=("reader annotation show 12", "reader annotation edit 12 --note \"done\" --add-tag 承诺/经济",
                  "reader annotation edit 12 --reattach-quote 物理空间", "reader annotation delete 12",
                  "reader annotation restore 12"),
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))
    e = command(sub, "edit", help="change note, colour, tags, or re-attach to a place in an article")
    e.add_argument("id", metavar="ID", help="annotation id (or uuid)")
    e.add_argument("--note", metavar="TEXT", help="replace the note")
    e.add_argument("--color", metavar="C", help="yellow, green, blue, pink or purple")
    e.add_argument("--tag", action="append", metavar="T", help="replace the tags (repeatable)")
    e.add_argument("--add-tag", action="append", default=[], metavar="T", help="add a tag (repeatable)")
    e.add_argument("--remove-tag", action="append", default=[], metavar="T", help="remove a tag (repeatable)")
    e.add_argument("--no-tags", action="store_true", help="remove every tag")
    e.add_argument("--reattach", metavar="ARTICLE_ID:START:END", help="anchor to these offsets of an article")
    e.add_argument("--reattach-quote", metavar="TEXT", help="anchor to this text in the annotation's issue")
    e.add_argument("--occurrence", type=positive_int, default=1, metavar="N", help="with --reattach-quote")
    e.add_argument("--source", metavar="NAME", help="with --reattach-quote: look in this issue instead")
    add_json_flag(e)
    e.set_defaults(func=_edit)
    d = command(sub, "delete", help="move to the trash (--purge: delete from the trash for good)")
    d.add_argument("id", metavar="ID", help="annotation id (or uuid)")
    d.add_argument("--purge", action="store_true", help="delete an annotation in the trash for good")
    d.set_defaults(func=_delete)
    r = command(sub, "restore", help="take out of the trash")
    r.add_argument("id", metavar="ID", help="annotation id (or uuid)")
    r.set_defaults(func=_restore)
    s = command(sub, "show", help="print one annotation")
    s.add_argument("id", metavar="ID", help="annotation id (or uuid)")
    add_json_flag(s)
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
    from reader.annotations.ops import check_filters, list_annotations

    open_library(args)
    check_filters(tag=args.tag, source=args.source)
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
