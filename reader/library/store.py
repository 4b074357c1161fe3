"""Writing a repaired issue into the library: pages, articles, paragraphs and their index rows.

Segmentation (the slow part) happens in :func:`prepare`, before any transaction, so the database
is locked only for the inserts. Re-storing an issue keeps an article's id when a new article has
the same title, so open views and annotation hints survive a re-repair.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from reader.library import fts, segment
from reader.library.models import Article, Page, database
from reader.repair.model import Page as RepairPage
from reader.repair.model import RepairedIssue


@dataclass(frozen=True)
class PreparedIssue:
    """A repair result with the FTS bodies of its paragraphs already computed."""

    repaired: RepairedIssue
    bodies: tuple[tuple[str, ...], ...]  # per article, per paragraph

    @property
    def repair_json(self) -> str:
        data = self.repaired.to_json()
        data.pop("articles", None)  # the articles live in their own tables
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def prepare(repaired: RepairedIssue) -> PreparedIssue:
    """Segment every paragraph once, for the index."""
    bodies = tuple(tuple(segment.index_body(p.text) for p in a.paragraphs) for a in repaired.articles)
    return PreparedIssue(repaired, bodies)


def write_pages(issue_id: int, pages: Sequence[RepairPage]) -> None:
    """Replace the stored pages (raw bytes and normalised text) of an issue."""
    Page.delete().where(Page.issue == issue_id).execute()
    rows = [
        {"issue": issue_id, "number": p.number, "name": p.name, "encoding": p.encoding, "raw": p.raw, "text": p.text}
        for p in pages
    ]
    if rows:
        Page.insert_many(rows).execute()


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_articles(issue_id: int, prepared: PreparedIssue) -> frozenset[int]:
    """Replace the articles of an issue; returns the ids of articles added, changed or removed."""
    db = database.obj
    old = list(Article.select(Article.id, Article.title, Article.text).where(Article.issue == issue_id).order_by(Article.order))
    pool: dict[str, list[Article]] = {}
    for row in old:
        pool.setdefault(row.title, []).append(row)
    next_id = db.execute_sql("SELECT coalesce(max(id), 0) FROM article").fetchone()[0] + 1
    changed: set[int] = set()
    kept: list[int] = []
    article_rows, update_rows = [], []
    ids: list[int] = []
    for order, article in enumerate(prepared.repaired.articles):
        text = article.text
        values = (
            issue_id, order, article.title, article.subtitle, article.kicker, article.byline, article.page,
            article.continued_from, article.continues_to, int(article.incomplete), text, " ".join(article.blocks),
        )
        same_title = pool.get(article.title)
        if same_title:
            row = same_title.pop(0)
            kept.append(row.id)
            ids.append(row.id)
            update_rows.append((*values, row.id))
            if row.text != text:
                changed.add(row.id)
        else:
            ids.append(next_id)
            article_rows.append((next_id, *values))
            changed.add(next_id)
            next_id += 1
    gone = [row.id for row in old if row.id not in set(kept)]
    changed.update(gone)
    cursor = db.cursor()
    if gone:
        Article.delete().where(Article.id.in_(gone)).execute()
    if kept:
        # The paragraph delete trigger clears their index rows.
        db.execute_sql(f"DELETE FROM paragraph WHERE article_id IN ({','.join('?' * len(kept))})", kept)
    columns = (
        'issue_id, "order", title, subtitle, kicker, byline, page, continued_from, continues_to, incomplete, text, blocks'
    )
    cursor.executemany(f"INSERT INTO article (id, {columns}) VALUES ({','.join('?' * 13)})", article_rows)
    assignments = ", ".join(f"{c.strip()} = ?" for c in columns.split(","))
    cursor.executemany(f"UPDATE article SET {assignments} WHERE id = ?", update_rows)
    _write_paragraphs(db, ids, prepared)
    return frozenset(changed)


def _write_paragraphs(db, article_ids: list[int], prepared: PreparedIssue) -> None:
    next_id = db.execute_sql("SELECT coalesce(max(id), 0) FROM paragraph").fetchone()[0] + 1
    rows, index_rows = [], []
    for article_id, article, bodies in zip(article_ids, prepared.repaired.articles, prepared.bodies):
        start = 0
        for index, (paragraph, body) in enumerate(zip(article.paragraphs, bodies)):
            segments = _dumps([s.to_json() for s in paragraph.segments])
            rows.append((next_id, article_id, index, start, paragraph.text, paragraph.kind, segments))
            index_rows.append((next_id, body))
            start += len(paragraph.text) + 1  # the LF of article_text()
            next_id += 1
    db.cursor().executemany(
        'INSERT INTO paragraph (id, article_id, "index", start, text, kind, segments) VALUES (?, ?, ?, ?, ?, ?, ?)', rows
    )
    fts.index_paragraphs(db, index_rows)
