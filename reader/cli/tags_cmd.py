"""``reader tags`` and ``reader tag rename|merge|delete|color``."""

from __future__ import annotations

import argparse
import unicodedata

from reader.cli.common import add_json_flag, command, open_library, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    p = command(subparsers, "tags", help="list tags with their annotation counts", examples=("reader tags --json",))
    add_json_flag(p)
    p.set_defaults(func=_list)

    p = command(
        subparsers, "tag", help="rename, merge, delete or colour a tag",
        description="Rename, merge, delete or colour a tag. Tags ignore case and full/half width; "
        "\"承诺/经济\" is nested below \"承诺\".",
        examples=(
            "reader tag rename 城市 城市更新",
            "reader tag merge 承诺/GDP 承诺/经济",
            "reader tag color 承诺 pink",
            "reader tag delete 草稿",
        ),
    )
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))
    r = command(sub, "rename", help="rename a tag (tags nested below it follow)")
    r.add_argument("old", metavar="OLD")
    r.add_argument("new", metavar="NEW")
    r.set_defaults(func=_rename)
    m = command(sub, "merge", help="move every annotation of SOURCE to TARGET and remove SOURCE")
    m.add_argument("source", metavar="SOURCE")
    m.add_argument("target", metavar="TARGET")
    m.set_defaults(func=_merge)
    d = command(sub, "delete", help="remove a tag from every annotation (the annotations stay)")
    d.add_argument("name", metavar="TAG")
    d.set_defaults(func=_delete)
    c = command(sub, "color", help="colour a tag: yellow, green, blue, pink, purple, #rrggbb or none")
    c.add_argument("name", metavar="TAG")
    c.add_argument("color", metavar="COLOR")
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


def _run(args: argparse.Namespace, action: str, message: str, *values: str) -> int:
    from reader.annotations import tags

    open_library(args)
    getattr(tags, action)(*values)
    print(message)
    return 0


def _rename(args: argparse.Namespace) -> int:
    return _run(args, "rename_tag", f"tag {args.old} renamed to {args.new}", args.old, args.new)


def _merge(args: argparse.Namespace) -> int:
    return _run(args, "merge_tags", f"tag {args.source} merged into {args.target}", args.source, args.target)


def _delete(args: argparse.Namespace) -> int:
    return _run(args, "delete_tag", f"tag {args.name} deleted", args.name)


def _color(args: argparse.Namespace) -> int:
    return _run(args, "set_tag_color", f"tag {args.name} coloured {args.color}", args.name, args.color)
