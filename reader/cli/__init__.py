"""The ``reader`` command: ``reader`` alone opens the app, ``reader COMMAND …`` runs a core action."""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

from reader.errors import ReaderError

# Each module defines ``register(subparsers)`` adding its commands with ``set_defaults(func=…)``.
# ``func(args) -> int`` returns the exit status.
COMMAND_MODULES = [
    "reader.cli.repair_cmd",
    "reader.cli.library_cmd",
    "reader.cli.search_cmd",
    "reader.cli.annotate_cmd",
    "reader.cli.tags_cmd",
    "reader.cli.export_cmd",
    "reader.cli.commitments_cmd",
    "reader.cli.screenshot_cmd",
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, status 2, like every other error
        self.print_usage(sys.stderr)
        self.exit(2, f"reader: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="reader", description="Read, repair and annotate Chinese local newspapers.")
    parser.add_argument("--db", metavar="FILE", help="library database (default: $READER_DB or the user data dir)")
    parser.add_argument("--version", action="version", version=f"reader {__import__('reader').__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from reader.ui.app import run_app  # Qt only when the app is wanted

        return run_app(db=args.db)
    try:
        return int(args.func(args) or 0)
    except ReaderError as exc:
        print(f"reader: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("reader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
