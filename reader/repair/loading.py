"""Read page files (or a folder of them) into normalised ``Page`` values, one issue per call."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

from reader.errors import InputError
from reader.repair.model import Page
from reader.repair.normalise import MAX_BYTES, check_text, decode, normalise_text

TEXT_SUFFIXES = {".txt", ".text", ".md"}


def natural_key(name: str) -> list[object]:
    """Sort key putting page-2 before page-10."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", name)]


def page_files(paths: Sequence[Path | str]) -> list[Path]:
    """The page files an issue is made of, in natural order; folders contribute their text files."""
    if not paths:
        raise InputError("no input files given")
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            inside = [p for p in path.iterdir() if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES and not p.name.startswith(".")]
            if not inside:
                raise InputError(f"{path}: folder holds no text files (*.txt)")
            files.extend(sorted(inside, key=lambda p: natural_key(p.name)))
        elif path.is_file():
            files.append(path)
        elif path.exists():
            raise InputError(f"{path}: not a regular file")
        else:
            raise InputError(f"{path}: no such file or folder")
    if len(paths) > 1:
        files.sort(key=lambda p: natural_key(p.name))
    return files


def load_pages(paths: Sequence[Path | str], *, encoding: str | None = None) -> list[Page]:
    """Load all paths as the pages of one issue (raises InputError for unusable input)."""
    pages: list[Page] = []
    for number, path in enumerate(page_files(paths), start=1):
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise InputError(f"{path}: file too large ({size // (1024 * 1024)} MB; a page dump is at most {MAX_BYTES // (1024 * 1024)} MB)")
            raw = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
        text, used = decode(raw, name=str(path), encoding=encoding)
        text = normalise_text(text)
        check_text(text, name=str(path))
        pages.append(Page(number=number, name=path.name, text=text, encoding=used, raw=raw))
    return pages


# "page-3.txt", "p03.txt", "第3版.txt", "2024-12-20_A03.txt": the printed page number ends the name
_PRINTED_NUMBER = re.compile(r"(?:^|[_\-\s.·])(?:page|p|第|[A-Za-z])?\s*0*([0-9]{1,2})\s*(?:版|页)?$", re.IGNORECASE)


def printed_page_numbers(pages: Sequence[Page]) -> dict[int, int]:
    """The page number each file carries in its name, for matching "(下转N版)" when an issue is only
    some of its pages; the files' order when the names do not all carry a different one."""
    found = [_PRINTED_NUMBER.search(Path(page.name).stem) for page in pages]
    numbers = [int(m.group(1)) for m in found if m]
    if len(numbers) == len(pages) and len(set(numbers)) == len(numbers) and all(numbers):
        return {page.number: n for page, n in zip(pages, numbers)}
    return {page.number: page.number for page in pages}


def page_from_text(text: str, *, number: int = 1, name: str = "page.txt") -> Page:
    """A page made from text already in memory (tests, pasted text)."""
    text = normalise_text(text)
    return Page(number=number, name=name, text=text, encoding="utf-8", raw=text.encode("utf-8"))
