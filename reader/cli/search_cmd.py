"""``reader search QUERY``: Chinese full-text search over paragraphs, notes and tags."""

from __future__ import annotations

import argparse
import json
import sys


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def _search(args: argparse.Namespace) -> int:
    from reader.library.db import connect
    from reader.library.search import MARK_END, MARK_START, query_terms, search

    query_terms(args.query)  # a query with nothing in it fails before the library is opened
    connect(args.db)
    result = search(args.query, limit=args.limit, source=args.source, tag=args.tag)
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"{result.total} hit(s) for {args.query!r} in {result.took_ms:.1f} ms")
    bold = sys.stdout.isatty()
    for hit in result.hits:
        text = hit.snippet
        if bold:
            text = text.replace(MARK_START, "\033[1m").replace(MARK_END, "\033[0m")
        where = f"¶{hit.paragraph + 1} {hit.start}-{hit.end}" if hit.match == "text" else hit.match
        print(f"{hit.source} › {hit.article_title} (article {hit.article_id}, {where})")
        print(f"    {text}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("search", help="full-text search (Chinese words, notes and tags)")
    p.add_argument("query", metavar="QUERY", help="words to find; several words must all occur")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--limit", type=_limit, default=20, metavar="N", help="at most N hits (default 20)")
    p.add_argument("--source", metavar="NAME", help="only this issue (file or folder name)")
    p.add_argument("--tag", metavar="T", help="only passages highlighted with this tag")
    p.set_defaults(func=_search)
