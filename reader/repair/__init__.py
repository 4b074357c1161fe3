"""Layout repair: broken e-paper text dumps → clean articles, with every change recorded."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from reader.repair.model import Article, Override, Page, Paragraph, RepairedIssue

__all__ = ["Article", "Override", "Page", "Paragraph", "RepairedIssue", "load_pages", "repair_pages", "repair_paths"]


def load_pages(paths: Sequence[Path | str], *, encoding: str | None = None) -> list[Page]:
    """Read page files (or one folder of them) as one issue, in natural order."""
    from reader.repair.loading import load_pages as _load

    return _load(paths, encoding=encoding)


def repair_pages(pages: Sequence[Page], *, overrides: Sequence[Override] = ()) -> RepairedIssue:
    """Repair an issue's pages into articles; manual overrides are re-applied."""
    from reader.repair.pipeline import repair_pages as _repair

    return _repair(pages, overrides=overrides)


def repair_paths(paths: Sequence[Path | str], *, encoding: str | None = None, overrides: Sequence[Override] = ()) -> RepairedIssue:
    """``load_pages`` then ``repair_pages``."""
    return repair_pages(load_pages(paths, encoding=encoding), overrides=overrides)
