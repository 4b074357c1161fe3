"""Chinese full-text search over the library: paragraphs (FTS5 + jieba), notes and tags.

A query is split at whitespace into terms; every term must occur in a hit. Each term is segmented
the way paragraphs were indexed and matched as a phrase (with looser alternatives for where jieba
cut the words differently in context), then checked against the paragraph's real text, which also
gives the exact offsets of the match.
"""

from __future__ import annotations

import sqlite3
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from peewee import DatabaseError

from reader.errors import ReaderError
from reader.library import fts, segment
from reader.library.models import database

MARK_START, MARK_END = "«", "»"  # around the match in snippets
SNIPPET_CONTEXT = 36  # characters of context either side of the match
MAX_QUERY_CHARS = 200
MAX_TERMS = 12
MAX_LIMIT = 1000
_QUOTES = "\"'“”‘’「」『』《》"


@dataclass(frozen=True)
class SearchHit:
    source: str
    issue_id: int
    article_id: int
    article_title: str
    paragraph: int  # index of the paragraph in the article
    start: int  # offsets of the match in the article's text
    end: int
    snippet: str
    match: str = "text"  # text | note | tag (not part of the JSON contract)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("match")
        return data


@dataclass(frozen=True)
class SearchResult:
    query: str
    total: int
    took_ms: float
    hits: tuple[SearchHit, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "took_ms": self.took_ms, "hits": [h.to_json() for h in self.hits]}


def query_terms(query: str) -> list[str]:
    """The terms of a query, or a ReaderError saying why there is nothing to search for."""
    if not isinstance(query, str) or not query.strip():
        raise ReaderError("the search query is empty")
    if len(query) > MAX_QUERY_CHARS:
        raise ReaderError(f"the search query is too long ({len(query)} characters, at most {MAX_QUERY_CHARS})")
    terms = []
    for raw in query.split():
        term = raw.strip(_QUOTES)
        if segment.is_word(term) and term not in terms:
            terms.append(term)
    if not terms:
        raise ReaderError(f"nothing to search for in {query!r}: it holds no letters, digits or Chinese characters")
    if len(terms) > MAX_TERMS:
        raise ReaderError(f"the search query has {len(terms)} terms, at most {MAX_TERMS}")
    return terms


def snippet(text: str, start: int, end: int, *, context: int = SNIPPET_CONTEXT) -> str:
    """``text`` around ``[start, end)`` with the match marked and cuts shown as "…"."""
    left, right = max(0, start - context), min(len(text), end + context)
    return "".join((
        "…" if left > 0 else "", text[left:start], MARK_START, text[start:end], MARK_END, text[end:right],
        "…" if right < len(text) else "",
    )).replace("\n", " ")


def _tag_filter(tag: str) -> list[int]:
    from reader.annotations.tags import normalise_tag

    key = normalise_tag(tag)
    rows = database.obj.execute_sql("SELECT id FROM tag WHERE name = ? OR name LIKE ? ESCAPE '\\'",
                                    (key, key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%"))
    ids = [r[0] for r in rows]
    if not ids:
        raise ReaderError(f"no tag {tag!r} (see `reader tags`)")
    return ids


def _check_source(source: str) -> None:
    if database.obj.execute_sql("SELECT 1 FROM issue WHERE source = ? LIMIT 1", (source,)).fetchone() is None:
        raise ReaderError(f"no issue {source!r} in the library (see `reader issues`)")


def _text_hits(terms: list[str], *, limit: int, source: str | None, tag_ids: list[int] | None):
    expressions = [fts.term_expression(t) for t in terms]
    where = [f"{fts.TABLE} MATCH ?"] + ["instr(lower(p.text), ?) > 0"] * len(terms)
    params: list[Any] = [" AND ".join(e for e in expressions if e)] + [segment.fold(t) for t in terms]
    if source is not None:
        where.append("i.source = ?")
        params.append(source)
    if tag_ids is not None:
        # Only paragraphs overlapping a live annotation that carries the tag (or one nested below it).
        where.append(
            "EXISTS (SELECT 1 FROM annotation an JOIN annotationtag at ON at.annotation_id = an.id "
            f"WHERE an.article_id = p.article_id AND an.deleted IS NULL AND at.tag_id IN ({','.join('?' * len(tag_ids))}) "
            'AND an.start <= p.start + length(p.text) AND an."end" >= p.start)'
        )
        params.extend(tag_ids)
    tables = (
        f"{fts.TABLE} JOIN paragraph p ON p.id = {fts.TABLE}.rowid JOIN article a ON a.id = p.article_id "
        "JOIN issue i ON i.id = a.issue_id"
    )
    condition = " AND ".join(where)
    db = database.obj
    total = db.execute_sql(f"SELECT count(*) FROM {tables} WHERE {condition}", params).fetchone()[0]
    rows = db.execute_sql(
        f'SELECT i.source, i.id, a.id, a.title, p."index", p.start, p.text, bm25({fts.TABLE}) AS score '
        f"FROM {tables} WHERE {condition} ORDER BY score, p.id LIMIT ?",
        [*params, limit],
    ).fetchall()
    hits = []
    first = segment.fold(terms[0])
    for src, issue_id, article_id, title, index, start, text, _score in rows:
        at = segment.fold(text).find(first)
        end = at + len(first)
        hits.append(SearchHit(src, issue_id, article_id, title, index, start + at, start + end, snippet(text, at, end)))
    return total, hits


def _annotation_hits(terms: list[str], *, limit: int, source: str | None, tag_ids: list[int] | None):
    """Live, anchored annotations whose note or tags hold every term."""
    where = ["an.deleted IS NULL", "an.article_id IS NOT NULL", "an.start IS NOT NULL"]
    params: list[Any] = []
    for term in terms:
        where.append(
            "(instr(lower(an.note), ?) > 0 OR EXISTS (SELECT 1 FROM annotationtag at JOIN tag t ON t.id = at.tag_id "
            "WHERE at.annotation_id = an.id AND instr(t.name, ?) > 0))"
        )
        params += [segment.fold(term), unicodedata.normalize("NFKC", term).casefold()]
    if source is not None:
        where.append("i.source = ?")
        params.append(source)
    if tag_ids is not None:
        where.append(f"EXISTS (SELECT 1 FROM annotationtag at WHERE at.annotation_id = an.id "
                     f"AND at.tag_id IN ({','.join('?' * len(tag_ids))}))")
        params.extend(tag_ids)
    rows = database.obj.execute_sql(
        'SELECT i.source, i.id, a.id, a.title, an.id, an.start, an."end", an.note, an.quote, '
        "(SELECT \"index\" FROM paragraph WHERE article_id = a.id AND start <= an.start ORDER BY start DESC LIMIT 1) "
        "FROM annotation an JOIN article a ON a.id = an.article_id JOIN issue i ON i.id = a.issue_id "
        f"WHERE {' AND '.join(where)} ORDER BY an.modified DESC, an.id LIMIT ?",
        [*params, limit],
    ).fetchall()
    hits = []
    first = segment.fold(terms[0])
    for src, issue_id, article_id, title, ann_id, start, end, note, quote, index in rows:
        quote_short = quote if len(quote) <= 40 else quote[:39] + "…"
        at = segment.fold(note).find(first)
        if at >= 0:
            text = f"{quote_short} — note #{ann_id}: " + snippet(note, at, at + len(first))
            kind = "note"
        else:
            text = f"{quote_short} — tagged #{ann_id}: {MARK_START}{terms[0]}{MARK_END}"
            kind = "tag"
        hits.append(SearchHit(src, issue_id, article_id, title, index or 0, start, end, text, kind))
    return hits


def search(query: str, *, limit: int = 20, source: str | None = None, tag: str | None = None) -> SearchResult:
    """Search paragraphs, notes and tags; note and tag hits come first, then paragraphs by bm25."""
    if not isinstance(limit, int) or limit < 1:
        raise ReaderError(f"--limit must be a positive number, not {limit!r}")
    limit = min(limit, MAX_LIMIT)
    terms = query_terms(query)
    segment.jieba_module()  # loading the dictionary is start-up, not query time
    began = time.perf_counter()
    try:
        if source is not None:
            _check_source(source)
        tag_ids = _tag_filter(tag) if tag is not None else None
        notes = _annotation_hits(terms, limit=limit, source=source, tag_ids=tag_ids)
        total, texts = _text_hits(terms, limit=max(0, limit - len(notes)) or 1, source=source, tag_ids=tag_ids)
    except (DatabaseError, sqlite3.Error) as exc:
        raise ReaderError(f"cannot search for {query!r}: the library could not answer ({exc})") from exc
    hits = (notes + texts)[:limit]
    took = round((time.perf_counter() - began) * 1000, 3)
    return SearchResult(query=query, total=total + len(notes), took_ms=took, hits=tuple(hits))


