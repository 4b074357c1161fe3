"""Plain, frozen views of the library that the CLI and the app read (never peewee rows)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from reader.repair.model import Segment, byline_apart


@dataclass(frozen=True)
class IssueSummary:
    id: int
    source: str
    paper: str
    date: str
    number: str
    page_count: int
    article_count: int
    annotation_count: int
    sha256: str = ""
    imported_at: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    order: int
    title: str
    page: int | None
    annotation_count: int
    incomplete: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ParagraphView:
    index: int
    start: int  # offset of the paragraph in the article's text
    text: str
    kind: str
    segments: tuple[Segment, ...] = ()

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class ArticleView:
    id: int
    issue_id: int
    source: str
    order: int
    title: str
    subtitle: str | None
    kicker: str | None
    byline: str | None
    page: int | None
    continued_from: int | None
    continues_to: int | None
    incomplete: bool
    text: str
    paragraphs: tuple[ParagraphView, ...] = field(default_factory=tuple)
    prev_id: int | None = None
    next_id: int | None = None
    page_files: int = 0  # files the issue was imported from; "page" numbers files, not printed pages (版)

    @property
    def byline_apart(self) -> str | None:
        return byline_apart(self.byline, self.paragraphs[0].text if self.paragraphs else "")

    def paragraph_at(self, offset: int) -> ParagraphView | None:
        """The paragraph holding character ``offset`` of the article's text."""
        for paragraph in self.paragraphs:
            if paragraph.start <= offset <= paragraph.end:
                return paragraph
        return None


@dataclass(frozen=True)
class PageView:
    number: int
    name: str
    text: str  # normalised original text of the page


@dataclass(frozen=True)
class OverrideView:
    id: int
    issue_id: int
    op: str
    a: str
    b: str | None
    offset: int | None
    created: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
