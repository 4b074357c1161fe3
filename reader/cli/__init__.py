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


DESCRIPTION = """Read, repair and annotate Chinese local newspapers.
Without a command, reader opens the desktop app."""

EPILOG = """examples:
  reader import seeds/*.txt
  reader issues
  reader search 物理空间
  reader annotate --source 003_e4feb845366e9c79.txt --quote 物理空间 --tag 承诺 --note "check in 2026"
  reader commitments --source 004_834b2da5dc9fa50d.txt
  reader export --format xlsx -o notes.xlsx
  reader backup library-copy.sqlite3

`reader COMMAND --help` tells more about a command. The library is the --db FILE, else $READER_DB, else library.sqlite3 in the user data folder."""


class _Formatter(argparse.HelpFormatter):
    """Wraps descriptions and epilogs paragraph by paragraph, keeping indented lines (examples) as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        lines = []
        for paragraph in text.splitlines():
            if paragraph.startswith(" ") or not paragraph.strip():
                lines.append(indent + paragraph)
            else:
                lines.append(super()._fill_text(paragraph, width, indent))
        return "\n".join(lines)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 (argparse's own signature)
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # one line, status 2, like every other error
        self.exit(2, f"reader: error: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="reader", description=DESCRIPTION, epilog=EPILOG)
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
