"""What every ``reader`` subcommand shares: opening the library, JSON output, number options, writing files."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from reader.errors import ReaderError


def open_library(args: argparse.Namespace, *, builtin_tags: bool = True) -> None:
    """Open the library named by ``--db`` (or the default); by default also make sure 承诺 exists."""
    from reader.library.db import connect

    connect(args.db)
    if builtin_tags:
        from reader.annotations.tags import ensure_builtin_tags

        ensure_builtin_tags()


def print_json(value: Any) -> None:
    """Pretty JSON on standard output, Chinese left readable."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def positive_int(text: str) -> int:
    """argparse type: a whole number of 1 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def fraction(text: str) -> float:
    """argparse type: a number between 0 and 1 (a confidence)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {value}")
    return value


def short(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def write_atomically(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder, so a failure never leaves half a file."""
    if path.is_dir():
        raise ReaderError(f"{path}: is a folder")
    folder = path.parent
    if not folder.is_dir():
        raise ReaderError(f"{path}: folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as exc:
        raise ReaderError(f"{path}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, _mode_for(path))  # mkstemp makes the file private; an export is an ordinary file
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ReaderError(f"{path}: cannot write ({exc.strerror})") from None


def _mode_for(path: Path) -> int:
    """The mode the file has now, or what the umask gives a new file."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def refuse_binary_on_terminal(fmt: str, output: str | Path | None) -> None:
    """An XLSX file is not for a terminal: ask for -o before doing any work."""
    if output is None and fmt == "xlsx" and sys.stdout.isatty():
        raise ReaderError("xlsx is a binary format: give -o FILE.xlsx or redirect standard output")


def write_output(data: bytes, output: str | Path | None) -> None:
    """``data`` to the file ``output`` (atomically), or to standard output when there is none."""
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write_atomically(Path(output), data)
        print(f"wrote {output} ({len(data):,} bytes)", file=sys.stderr)


def command(
    subparsers: argparse._SubParsersAction,
    name: str,
    *,
    help: str,  # noqa: A002 (argparse's own name)
    description: str | None = None,
    examples: tuple[str, ...] = (),
    **kwargs: Any,
) -> argparse.ArgumentParser:
    """A subcommand whose ``--help`` starts with a sentence and ends with examples."""
    epilog = "examples:\n" + "\n".join(f"  {line}" for line in examples) if examples else None
    if description is None:
        description = help[:1].upper() + help[1:] + ("" if help.endswith(".") else ".")
    return subparsers.add_parser(name, help=help, description=description, epilog=epilog, **kwargs)


def add_json_flag(parser: argparse.ArgumentParser, what: str = "print the result as JSON") -> None:
    parser.add_argument("--json", action="store_true", help=what)
