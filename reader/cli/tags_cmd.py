"""``reader tags`` and ``reader tag rename|merge|delete|color``."""

from __future__ import annotations

import argparse
import unicodedata

from reader.cli.annotate_cmd import open_library, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("tags", help="list tags with their annotation counts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_list)

    p = subparsers.add_parser("tag", help="rename, merge, delete or colour a tag")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))
    r = sub.add_parser("rename", help="rename a tag (tags nested below it follow)")
    r.add_argument("old")
    r.add_argument("new")
    r.set_defaults(func=_rename)
    m = sub.add_parser("merge", help="move every annotation of SOURCE to TARGET and remove SOURCE")
    m.add_argument("source")
    m.add_argument("target")
    m.set_defaults(func=_merge)
    d = sub.add_parser("delete", help="remove a tag from every annotation (the annotations stay)")
    d.add_argument("name")
    d.set_defaults(func=_delete)
    c = sub.add_parser("color", help="colour a tag: yellow, green, blue, pink, purple, #rrggbb or none")
    c.add_argument("name")
    c.add_argument("color")
    c.set_defaults(func=_color)


def _width(text: str) -> int:
    # Chinese characters take two columns in a terminal.
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _list(args: argparse.Namespace) -> int:
    from reader.annotations.tags import list_tags

    open_library(args)
    tags = list_tags()
    if args.json:
        print_json([t.to_json() for t in tags])
        return 0
    width = max((_width(t.label) for t in tags), default=0)
    for tag in tags:
        flags = " ".join(x for x in (tag.color, "built-in" if tag.builtin else "") if x)
        pad = " " * (width - _width(tag.label))
        print(f"{tag.label}{pad}  {tag.count:>5}  {flags}".rstrip())
    return 0


def _rename(args: argparse.Namespace) -> int:
    from reader.annotations.tags import rename_tag

    open_library(args)
    rename_tag(args.old, args.new)
    print(f"tag {args.old} renamed to {args.new}")
    return 0


def _merge(args: argparse.Namespace) -> int:
    from reader.annotations.tags import merge_tags

    open_library(args)
    merge_tags(args.source, args.target)
    print(f"tag {args.source} merged into {args.target}")
    return 0


def _delete(args: argparse.Namespace) -> int:
    from reader.annotations.tags import delete_tag

    open_library(args)
    delete_tag(args.name)
    print(f"tag {args.name} deleted")
    return 0


def _color(args: argparse.Namespace) -> int:
    from reader.annotations.tags import set_tag_color

    open_library(args)
    set_tag_color(args.name, args.color)
    print(f"tag {args.name} coloured {args.color}")
    return 0
