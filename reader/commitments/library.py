"""Commitments in the library: suggest them per article, accept (→ annotation tagged 承诺) or reject them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from reader.annotations.ops import create_annotation, delete_annotation, list_annotations
from reader.annotations.views import AnnotationView
from reader.changes import Changes
from reader.commitments import store
from reader.commitments.detect import FIELD_NAMES, JSON_FIELDS, Commitment, detect
from reader.errors import ReaderError
from reader.library.models import Article, Issue

TAG = "承诺"


@dataclass(frozen=True)
class Suggestion:
    """A detected commitment in a stored article, ready to accept or reject."""

    source: str
    issue_id: int
    issue_sha256: str
    article_id: int
    article_title: str
    text: str
    start: int
    end: int
    metric: str
    value: Any
    unit: str
    qualifier: str
    period: str
    actor: str
    confidence: float

    @property
    def key(self) -> str:
        return store.clause_key(self.text, self.value)

    def fields(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in FIELD_NAMES}

    def to_json(self) -> dict[str, Any]:
        """The shape of `reader commitments --json`."""
        return {name: getattr(self, name) for name in ("source", "article_id", "article_title", *JSON_FIELDS)}


def _articles(*, source: str | None, issue_id: int | None, article_id: int | None) -> list[Article]:
    query = Article.select(Article, Issue).join(Issue)
    if article_id is not None:
        query = query.where(Article.id == article_id)
        if not query.exists():
            raise ReaderError(f"no article {article_id} in the library")
    if issue_id is not None:
        if Issue.get_or_none(Issue.id == issue_id) is None:
            raise ReaderError(f"no issue {issue_id} in the library (see `reader issues`)")
        query = query.where(Article.issue == issue_id)
    if source is not None:
        from reader.annotations.ops import issues_named

        ids = [i.id for i in issues_named(source)]
        if not ids:
            raise ReaderError(f"no issue {source!r} in the library (see `reader issues`)")
        query = query.where(Article.issue.in_(ids))
    return list(query.order_by(Article.issue, Article.order, Article.id))


def _accepted_spans(article_ids: Iterable[int]) -> dict[int, list[tuple[int, int, Any]]]:
    """Live 承诺 annotations per article: (start, end, value) so a suggestion already accepted is hidden."""
    spans: dict[int, list[tuple[int, int, Any]]] = {}
    wanted = set(article_ids)
    for view in list_annotations(tag=TAG):
        if view.article_id in wanted and view.start is not None:
            spans.setdefault(view.article_id, []).append((view.start, view.end, view.extra.get("value")))
    return spans


def _is_accepted(c: Suggestion, spans: list[tuple[int, int, Any]]) -> bool:
    return any(s < c.end and c.start < e and (value is None or value == c.value) for s, e, value in spans)


def suggest(
    *,
    source: str | None = None,
    issue_id: int | None = None,
    article_id: int | None = None,
    min_confidence: float = 0.0,
    include_decided: bool = False,
) -> list[Suggestion]:
    """Commitments detected in the library's articles, minus those rejected or already accepted."""
    store.ensure_tables()
    articles = _articles(source=source, issue_id=issue_id, article_id=article_id)
    accepted = {} if include_decided else _accepted_spans(a.id for a in articles)
    rejected: dict[str, set[str]] = {}
    result: list[Suggestion] = []
    for article in articles:
        issue = article.issue
        if not include_decided and issue.sha256 not in rejected:
            rejected[issue.sha256] = store.rejected_keys(issue.sha256)
        for c in _detect_cached(article.text, store.year_of(issue.date)):
            s = _suggestion(c, issue, article)
            if s.confidence < min_confidence:
                continue
            if not include_decided and (s.key in rejected[issue.sha256] or _is_accepted(s, accepted.get(article.id, []))):
                continue
            result.append(s)
    return result


@lru_cache(maxsize=256)
def _detect_cached(text: str, year: int | None) -> tuple[Commitment, ...]:
    """Detection is pure: the panel asks again after every accept or reject, so remember recent articles."""
    return tuple(detect(text, year=year))


def _suggestion(c: Commitment, issue: Issue, article: Article) -> Suggestion:
    return Suggestion(
        source=issue.source, issue_id=issue.id, issue_sha256=issue.sha256, article_id=article.id,
        article_title=article.title, text=c.text, start=c.start, end=c.end, metric=c.metric, value=c.value,
        unit=c.unit, qualifier=c.qualifier, period=c.period, actor=c.actor, confidence=c.confidence,
    )


def accept(suggestion: Suggestion, *, note: str = "", color: str = "yellow", **edits: Any) -> AnnotationView:
    """Turn a suggestion into an annotation tagged 承诺 with its structured fields (``edits`` override them)."""
    store.ensure_tables()
    unknown = set(edits) - set(FIELD_NAMES)
    if unknown:
        raise ReaderError(f"unknown commitment field(s): {', '.join(sorted(unknown))}")
    fields = {**suggestion.fields(), **edits}
    for view in list_annotations(tag=TAG, article_id=suggestion.article_id):
        if view.start == suggestion.start and view.end == suggestion.end and view.extra.get("value") == fields["value"]:
            return view  # accepting twice gives the same annotation
    extra = {**fields, "confidence": suggestion.confidence, "status": "planned"}
    view = create_annotation(
        article_id=suggestion.article_id, start=suggestion.start, end=suggestion.end, tags=[TAG], note=note,
        color=color, extra=extra,
    )
    store.set_tracking(view.id, status="planned", evidence=None)
    return view


def reject(suggestion: Suggestion) -> Changes:
    """Remember that this clause of this issue is not a commitment; it is not suggested again."""
    store.remember_rejection(
        issue_sha256=suggestion.issue_sha256, key=suggestion.key, text=suggestion.text, source=suggestion.source
    )
    return Changes(commitments=True)


def unreject(suggestion: Suggestion) -> Changes:
    """Undo ``reject``: the suggestion comes back."""
    store.forget_rejection(suggestion.issue_sha256, suggestion.key)
    return Changes(commitments=True)


def unaccept(annotation_id: int) -> Changes:
    """Undo ``accept``: the annotation goes to the trash and the suggestion comes back."""
    return delete_annotation(annotation_id) | Changes(commitments=True, annotations=True)


def accept_all(
    *, min_confidence: float, source: str | None = None, issue_id: int | None = None, article_id: int | None = None
) -> list[AnnotationView]:
    """Accept every open suggestion at or above ``min_confidence``."""
    if not 0.0 <= min_confidence <= 1.0:
        raise ReaderError(f"confidence must be between 0 and 1, not {min_confidence}")
    chosen = suggest(source=source, issue_id=issue_id, article_id=article_id, min_confidence=min_confidence)
    return [accept(s) for s in chosen]


def find_suggestion(suggestions: list[Suggestion], ref: str) -> Suggestion:
    """A suggestion by its 1-based number in a listing or by a piece of its text."""
    text = ref.strip()
    if text.isdigit():
        index = int(text)
        if 1 <= index <= len(suggestions):
            return suggestions[index - 1]
        raise ReaderError(f"no suggestion number {index} (there are {len(suggestions)})")
    matches = [s for s in suggestions if text and text in s.text]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise ReaderError(f"no open suggestion contains {text!r}")
    raise ReaderError(f"{len(matches)} suggestions contain {text!r}; give its number instead")

