"""``reader search QUERY``: Chinese full-text search over paragraphs, notes and tags."""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import add_json_flag, command, open_library, positive_int, print_json


def _search(args: argparse.Namespace) -> int:
    from reader.library.search import MARK_END, MARK_START, query_terms, search

    query_terms(args.query)  # a query with nothing in it fails before the library is opened
    open_library(args, builtin_tags=False)
    result = search(args.query, limit=args.limit, source=args.source, tag=args.tag)
    if args.json:
        print_json(result.to_json())
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
    p = command(
        subparsers, "search", help="full-text search (Chinese words, notes and tags)",
        description="Search the repaired text, notes and tags of every issue. Chinese is segmented into words "
        "(jieba), so words split by a column break in the original are found too. Hits are ranked by bm25; "
        "the snippet marks the match with « ».",
        examples=("reader search 物理空间", "reader search 研究部署 --source 003_e4feb845366e9c79.txt --json",
                  "reader search 城市更新 --tag 承诺 --limit 5"),
    )
    p.add_argument("query", metavar="QUERY", help="words to find; several words must all occur")
    add_json_flag(p)
    p.add_argument("--limit", type=positive_int, default=20, metavar="N", help="at most N hits (default 20)")
    p.add_argument("--source", metavar="NAME", help="only this issue (file or folder name)")
    p.add_argument("--tag", metavar="T", help="only passages highlighted with this tag")
    p.set_defaults(func=_search)
