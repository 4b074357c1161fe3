"""``reader repair``: print a broken e-paper dump as clean articles (JSON, Markdown or text)."""

from __future__ import annotations

import argparse
import json
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "repair",
        help="repair page dumps of one issue into articles",
        description="Repair the pages of one issue (files in natural order, or one folder) and print the articles.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="page files or a folder holding them")
    parser.add_argument("--format", choices=("json", "md", "text"), default="json", help="output format (default: json)")
    parser.add_argument("--explain", action="store_true", help="list every repair and its confidence on stderr")
    parser.add_argument("--encoding", metavar="ENC", help="force the input encoding (default: detect)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from reader.repair import repair_paths
    from reader.repair.render import explain, to_markdown, to_text

    issue = repair_paths(args.paths, encoding=args.encoding)
    if args.format == "json":
        out = json.dumps(issue.to_json(), ensure_ascii=False, indent=2) + "\n"
    elif args.format == "md":
        out = to_markdown(issue)
    else:
        out = to_text(issue)
    sys.stdout.write(out)
    sys.stdout.flush()
    if args.explain:
        sys.stderr.write(explain(issue))
    return 0
