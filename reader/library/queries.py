"""Read-only questions the CLI and the app ask the library; answers are plain views."""

from __future__ import annotations

import json
from typing import Any

from peewee import JOIN, fn

from reader.errors import ReaderError
from reader.library.models import Annotation, Article, Issue, Page, Paragraph
from reader.library.views import ArticleSummary, ArticleView, IssueSummary, PageView, ParagraphView
from reader.repair.model import Segment, SourceRef


def _live_annotations():
    """Annotations not in the trash."""
    return Annotation.deleted.is_null()


def _counts(query) -> dict[int, int]:
    return {key: count for key, count in query.tuples()}


def list_issues() -> list[IssueSummary]:
    """Every issue in the library, in import order."""
    pages = _counts(Page.select(Page.issue, fn.COUNT(Page.id)).group_by(Page.issue))
    articles = _counts(Article.select(Article.issue, fn.COUNT(Article.id)).group_by(Article.issue))
    notes = _counts(
        Annotation.select(Annotation.issue, fn.COUNT(Annotation.id))
        .where(_live_annotations() & Annotation.issue.is_null(False))
        .group_by(Annotation.issue)
    )
    query = Issue.select(
        Issue.id, Issue.source, Issue.paper, Issue.date, Issue.number, Issue.sha256, Issue.imported_at
    ).order_by(Issue.id)
    return [
        IssueSummary(
            id=i.id, source=i.source, paper=i.paper, date=i.date, number=i.number,
            page_count=pages.get(i.id, 0), article_count=articles.get(i.id, 0),
            annotation_count=notes.get(i.id, 0), sha256=i.sha256,
            imported_at=i.imported_at.isoformat(timespec="seconds") + "Z" if i.imported_at else "",
        )
        for i in query
    ]


def _issue(issue_id: int) -> Issue:
    issue = Issue.get_or_none(Issue.id == issue_id)
    if issue is None:
        raise ReaderError(f"no issue {issue_id} in the library (see `reader issues`)")
    return issue


def find_issue_by_source(name: str) -> int | None:
    """The id of the (first) issue imported from a file or folder called ``name``."""
    row = Issue.select(Issue.id).where(Issue.source == name).order_by(Issue.id).first()
    return row.id if row else None


def resolve_issue(ref: str | int) -> int:
    """An issue given by id or by source name (as the CLI accepts it)."""
    text = str(ref).strip()
    if text.isdigit() and Issue.get_or_none(Issue.id == int(text)) is not None:
        return int(text)
    found = find_issue_by_source(text)
    if found is None:
        raise ReaderError(f"no issue {text!r} in the library (see `reader issues`)")
    return found


def issue_articles(issue_id: int) -> list[ArticleSummary]:
    """The articles of an issue in reading order."""
    _issue(issue_id)
    count = fn.COUNT(Annotation.id)
    query = (
        Article.select(Article.id, Article.order, Article.title, Article.page, Article.incomplete, count.alias("n"))
        .join(Annotation, JOIN.LEFT_OUTER, on=(Annotation.article == Article.id) & _live_annotations())
        .where(Article.issue == issue_id)
        .group_by(Article.id)
        .order_by(Article.order, Article.id)
    )
    return [
        ArticleSummary(id=a.id, order=a.order, title=a.title, page=a.page, annotation_count=a.n, incomplete=a.incomplete)
        for a in query
    ]


def _segments(text: str) -> tuple[Segment, ...]:
    try:
        items = json.loads(text or "[]")
        return tuple(
            Segment(offset=s["offset"], source=SourceRef(s["page"], s["block"], s["start"], s["end"])) for s in items
        )
    except (ValueError, KeyError, TypeError):
        return ()  # segments only explain where text came from; a damaged record must not hide the article


def get_article(article_id: int) -> ArticleView:
    """One article with its paragraphs and its neighbours in the issue's reading order."""
    article = Article.get_or_none(Article.id == article_id)
    if article is None:
        raise ReaderError(f"no article {article_id} in the library")
    paragraphs = tuple(
        ParagraphView(index=p.index, start=p.start, text=p.text, kind=p.kind, segments=_segments(p.segments))
        for p in Paragraph.select().where(Paragraph.article == article_id).order_by(Paragraph.index)
    )
    order = [
        row.id
        for row in Article.select(Article.id).where(Article.issue == article.issue_id).order_by(Article.order, Article.id)
    ]
    at = order.index(article.id)
    return ArticleView(
        id=article.id, issue_id=article.issue_id, source=article.issue.source, order=article.order,
        title=article.title, subtitle=article.subtitle, kicker=article.kicker, byline=article.byline,
        page=article.page, continued_from=article.continued_from, continues_to=article.continues_to,
        incomplete=article.incomplete, text=article.text, paragraphs=paragraphs,
        prev_id=order[at - 1] if at > 0 else None, next_id=order[at + 1] if at + 1 < len(order) else None,
        page_files=Page.select().where(Page.issue == article.issue_id).count(),
    )


def issue_pages(issue_id: int) -> list[PageView]:
    """The issue's pages as imported (normalised text)."""
    _issue(issue_id)
    query = Page.select(Page.number, Page.name, Page.text).where(Page.issue == issue_id).order_by(Page.number)
    return [PageView(number=p.number, name=p.name, text=p.text) for p in query]


def issue_repair_record(issue_id: int) -> dict[str, Any]:
    """The stored record of the last repair (pages, removed, repairs)."""
    issue = _issue(issue_id)
    try:
        return json.loads(issue.repair_json or "{}")
    except ValueError:
        return {}


def issue_repairs(issue_id: int) -> list[dict]:
    """Every repair the engine made to the issue (``Repair.to_json`` dicts)."""
    return list(issue_repair_record(issue_id).get("repairs", []))


def issue_removed(issue_id: int) -> list[dict]:
    """Text the repair took out of the articles (``Removed.to_json`` dicts)."""
    return list(issue_repair_record(issue_id).get("removed", []))
