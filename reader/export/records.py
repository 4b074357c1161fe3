"""The annotations an export writes, with the issue and article facts every format needs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote as _urlquote

from reader.annotations.ops import list_annotations
from reader.annotations.views import AnnotationView
from reader.library.models import Annotation, Article, Issue, database


@dataclass(frozen=True)
class ExportRecord:
    annotation: AnnotationView
    issue_sha256: str
    paper: str
    date: str
    number: str
    source_path: str
    article_order: int | None
    article_page: int | None
    # What the highlight covers in the article now: (exact, prefix, suffix). It differs from the
    # stored quote only after a fuzzy re-anchor, which keeps the words the user chose.
    selected: tuple[str, str, str] | None = None
    # How an accepted commitment stands: its tracking status and the uuid of the annotation that shows it.
    status: str = ""
    evidence_uuid: str = ""

    @property
    def issue_uri(self) -> str:
        """A stable URI of the issue: the SHA-256 of its raw bytes (same file → same URI anywhere)."""
        if self.issue_sha256:
            return f"urn:sha256:{self.issue_sha256}"
        return "urn:reader:source:" + _urlquote(self.annotation.source, safe="")

    @property
    def target_uri(self) -> str:
        """The issue URI narrowed to the article (its position in reading order)."""
        if self.article_order is None:
            return self.issue_uri
        return f"{self.issue_uri}#article={self.article_order}"

    @property
    def source_link(self) -> str:
        """Where the user can open the original: the imported file when known, else the issue URI."""
        if self.source_path:
            try:
                return Path(self.source_path).resolve().as_uri()
            except ValueError:
                pass
        return self.issue_uri

    @property
    def issue_heading(self) -> str:
        parts = [p for p in (self.paper, self.date, f"第{self.number}期" if self.number else "") if p]
        name = self.annotation.source or "(unknown issue)"
        return f"{' '.join(parts)} — {name}" if parts else name


def collect(
    *, tag: str | None = None, source: str | None = None, ids: Iterable[int] | None = None
) -> list[ExportRecord]:
    """Annotations to export (not in the trash; orphans included and marked), in reading order."""
    views = list_annotations(tag=tag, source=source, ids=ids)
    issue_ids = {v.issue_id for v in views if v.issue_id}
    article_ids = {v.article_id for v in views if v.article_id}
    issues = {i.id: i for i in Issue.select().where(Issue.id.in_(list(issue_ids) or [-1]))}
    articles = {
        a.id: a
        for a in Article.select(Article.id, Article.order, Article.page, Article.text).where(
            Article.id.in_(list(article_ids) or [-1])
        )
    }
    shas = {
        row.id: row.issue_sha256
        for row in Annotation.select(Annotation.id, Annotation.issue_sha256).where(
            Annotation.id.in_([v.id for v in views] or [-1])
        )
    }
    tracking = _tracking([v.id for v in views])
    records = []
    for view in views:
        issue = issues.get(view.issue_id) if view.issue_id else None
        article = articles.get(view.article_id) if view.article_id else None
        records.append(
            ExportRecord(
                annotation=view,
                issue_sha256=issue.sha256 if issue else shas.get(view.id, ""),
                paper=issue.paper if issue else "",
                date=issue.date if issue else "",
                number=issue.number if issue else "",
                source_path=issue.source_path if issue else "",
                article_order=article.order if article else None,
                article_page=article.page if article else None,
                selected=_selected(article.text, view.start, view.end) if article and view.start is not None else None,
                status=tracking.get(view.id, (str(view.extra.get("status") or ""), None))[0],
                evidence_uuid=_evidence_uuid(tracking, view),
            )
        )
    return records


_NO_TRACKING: dict[int, tuple[str, str]] = {}


def _tracking(annotation_ids: list[int]) -> dict[int, tuple[str, str]]:
    """(status, evidence uuid) of the tracked commitments among ``annotation_ids``."""
    from reader.commitments.store import CommitmentTracking

    if not annotation_ids or CommitmentTracking._meta.table_name not in database.get_tables():
        return _NO_TRACKING  # a library that never tracked a commitment: exports must not create tables
    T = CommitmentTracking  # noqa: N806 (a short alias keeps the query readable)
    rows = list(T.select(T.annotation, T.status, T.evidence).where(T.annotation.in_(annotation_ids)))
    evidence_ids = {row.evidence_id for row in rows if row.evidence_id}
    uuids = _uuids(evidence_ids)
    return {row.annotation_id: (row.status, uuids.get(row.evidence_id, "")) for row in rows}


def _uuids(annotation_ids: set[int]) -> dict[int, str]:
    if not annotation_ids:
        return {}
    query = Annotation.select(Annotation.id, Annotation.uuid).where(Annotation.id.in_(list(annotation_ids)))
    return {row.id: row.uuid for row in query}


def _evidence_uuid(tracking: dict[int, tuple[str, str]], view: AnnotationView) -> str:
    if view.id in tracking:
        return tracking[view.id][1]
    evidence = view.extra.get("evidence")  # status and evidence are mirrored into the fields
    return _uuids({evidence}).get(evidence, "") if isinstance(evidence, int) else ""


def _selected(text: str, start: int, end: int) -> tuple[str, str, str]:
    from reader.annotations.locate import context

    return (text[start:end], *context(text, start, end))


@dataclass(frozen=True)
class ArticleGroup:
    title: str
    order: int | None
    page: int | None
    records: list[ExportRecord]


@dataclass(frozen=True)
class IssueGroup:
    heading: str
    source: str
    link: str
    uri: str
    articles: list[ArticleGroup]


def grouped(records: list[ExportRecord]) -> list[IssueGroup]:
    """Records by issue, then by article, keeping the reading order ``collect`` gave them."""
    issues: dict[str, dict[tuple, list[ExportRecord]]] = {}
    firsts: dict[str, ExportRecord] = {}
    for record in records:
        key = record.issue_uri
        firsts.setdefault(key, record)
        a = record.annotation
        article_key = (record.article_order, a.article_title) if not a.orphan else (None, "")
        issues.setdefault(key, {}).setdefault(article_key, []).append(record)
    groups = []
    for key, articles in issues.items():
        first = firsts[key]
        groups.append(
            IssueGroup(
                heading=first.issue_heading,
                source=first.annotation.source,
                link=first.source_link,
                uri=key,
                articles=[
                    ArticleGroup(title=title, order=order, page=recs[0].article_page, records=recs)
                    for (order, title), recs in articles.items()
                ],
            )
        )
    return groups
