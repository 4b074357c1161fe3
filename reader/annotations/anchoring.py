"""Re-anchoring highlights after the text of an issue changed (re-repair, manual fix, --replace import).

As web annotation tools do it: the stored offsets if the quote is still there → the exact quote
(disambiguated by its prefix/suffix) → a fuzzy match (rapidfuzz) → an orphan. Orphans keep their
quote and context, stay listed (``reader annotations --orphans``) and can be re-attached by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.annotations.locate import context, context_score, folded_text, fuzzy_find
from reader.annotations.views import ReanchorReport
from reader.errors import ReaderError
from reader.library.models import Annotation, Article, Issue, database


@dataclass(frozen=True)
class Anchor:
    article: Article | None
    start: int | None
    end: int | None
    method: str  # offsets | quote | context | fuzzy | none
    score: float


def locate(
    articles: Sequence[Article],
    *,
    quote: str,
    prefix: str = "",
    suffix: str = "",
    article_id: int | None = None,
    start: int | None = None,
    end: int | None = None,
    article_order: int | None = None,
    title: str | None = None,
) -> Anchor:
    """Where a stored quote belongs among ``articles`` now (hints: its former article and offsets)."""
    home = next((a for a in articles if a.id == article_id), None)
    if home is None and article_order is not None:
        home = next((a for a in articles if a.order == article_order), None)
    if home is not None and start is not None and end is not None and home.text[start:end] == quote:
        return Anchor(home, start, end, "offsets", 1.0)

    candidates = [(a, s, e) for a in articles for s, e in folded_text(a.text).find_all(quote)]
    if len(candidates) == 1:
        article, s, e = candidates[0]
        return Anchor(article, s, e, "quote", 1.0)
    if candidates:

        def rank(candidate: tuple[Article, int, int]) -> tuple[float, bool, bool, int]:
            article, s, e = candidate
            # Equal context: prefer the former article (or one with its title), then the nearest offset.
            same = article is home or (home is None and bool(title) and article.title == title)
            near = abs(s - start) if start is not None else 0
            return (context_score(article.text, s, e, prefix, suffix), article is home, same, -near)

        article, s, e = max(candidates, key=rank)
        return Anchor(article, s, e, "context", round(context_score(article.text, s, e, prefix, suffix), 3))

    best: tuple[float, float, Article, int, int] | None = None
    for article in articles:
        hit = fuzzy_find(quote, article.text)
        if hit is None:
            continue
        key = (hit.score, context_score(article.text, hit.start, hit.end, prefix, suffix))
        if best is None or key > best[:2]:
            best = (*key, article, hit.start, hit.end)
    if best is not None:
        score, _, article, s, e = best
        return Anchor(article, s, e, "fuzzy", round(score / 100, 3))
    return Anchor(None, None, None, "none", 0.0)


def apply_anchor(row: Annotation, anchor: Anchor) -> bool:
    """Store ``anchor`` on ``row``; True when the annotation's place changed.

    A fuzzy anchor keeps the stored quote and context: they are what the user chose, and what
    finds the exact place again if a later repair brings the original words back.
    """
    if anchor.article is None:
        changed = not row.orphan
        Annotation.update(
            article=None, start=None, end=None, orphan=True, anchor_method="none", anchor_score=0.0
        ).where(Annotation.id == row.id).execute()
        return changed
    text = anchor.article.text
    fields = {
        Annotation.article: anchor.article.id,
        Annotation.article_title: anchor.article.title,
        Annotation.start: anchor.start,
        Annotation.end: anchor.end,
        Annotation.orphan: False,
        Annotation.anchor_method: anchor.method,
        Annotation.anchor_score: anchor.score,
    }
    if anchor.method != "fuzzy":
        prefix, suffix = context(text, anchor.start, anchor.end)
        fields.update(
            {Annotation.quote: text[anchor.start : anchor.end], Annotation.prefix: prefix, Annotation.suffix: suffix}
        )
    changed = (row.article_id, row.start, row.end, row.orphan) != (anchor.article.id, anchor.start, anchor.end, False)
    Annotation.update(fields).where(Annotation.id == row.id).execute()
    return changed


def reanchor_issue(issue_id: int) -> ReanchorReport:
    """Re-place every annotation of the issue (the trash too) on its current articles."""
    issue = Issue.get_or_none(Issue.id == issue_id)
    if issue is None:
        raise ReaderError(f"no issue {issue_id}")
    articles = list(Article.select().where(Article.issue == issue_id).order_by(Article.order, Article.id))
    report = ReanchorReport(issue_id=issue_id)
    # An annotation whose issue row was deleted and imported again still knows the content hash.
    rows = Annotation.select().where(
        (Annotation.issue == issue_id) | (Annotation.issue.is_null() & (Annotation.issue_sha256 == issue.sha256))
    )
    with database.atomic():
        for row in list(rows):
            if (row.issue_id, row.issue_sha256, row.source) != (issue_id, issue.sha256, issue.source):
                # A --replace import changes the content hash (and maybe the name): follow the issue.
                Annotation.update(issue=issue_id, issue_sha256=issue.sha256, source=issue.source).where(
                    Annotation.id == row.id
                ).execute()
            anchor = locate(
                articles,
                quote=row.quote,
                prefix=row.prefix,
                suffix=row.suffix,
                article_id=row.article_id,
                start=row.start,
                end=row.end,
                title=row.article_title,
            )
            if apply_anchor(row, anchor):
                report.moved.append(row.id)
            report.total += 1
            report.count(anchor.method)
            if anchor.article is None:
                report.orphans.append(row.id)
    return report
