"""Chinese full-text search over the library: paragraphs (FTS5 + jieba), notes and tags.

A query is split at whitespace into terms; every term must occur in a hit. Each term is segmented
the way paragraphs were indexed and matched as a phrase (with looser alternatives for where jieba
cut the words differently in context), then checked against the paragraph's real text, which also
gives the exact offsets of the match.
"""

from __future__ import annotations

import re
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
RANK_WINDOW = 1000  # matches ranked by bm25 when a query matches more (the newest ones)
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


def _issue_rowid_range(source: str) -> tuple[int, int] | None:
    """The span of paragraph ids of the issues named ``source`` (a cheap FTS rowid constraint)."""
    row = database.obj.execute_sql(
        "SELECT min(p.id), max(p.id) FROM issue i CROSS JOIN article a ON a.issue_id = i.id "
        "CROSS JOIN paragraph p ON p.article_id = a.id WHERE i.source = ?",
        (source,),
    ).fetchone()
    return None if row[0] is None else (row[0], row[1])


def _text_part(expression: str, checks: list[str], *, limit: int, source: str | None, tag_ids: list[int] | None):
    """Count and rank the paragraphs matching an FTS expression whose text holds every ``checks`` term."""
    db = database.obj
    where = [f"{fts.TABLE} MATCH ?"] + ["instr(lower(p.text), ?) > 0"] * len(checks)
    params: list[Any] = [expression] + [segment.fold(t) for t in checks]
    if source is not None:
        span = _issue_rowid_range(source)
        if span is None:
            return 0, []
        where += [f"{fts.TABLE}.rowid BETWEEN ? AND ?", "i.source = ?"]
        params += [*span, source]
    if tag_ids is not None:
        # Only paragraphs overlapping a live annotation that carries the tag (or one nested below it).
        where.append(
            "EXISTS (SELECT 1 FROM annotation an JOIN annotationtag at ON at.annotation_id = an.id "
            f"WHERE an.article_id = p.article_id AND an.deleted IS NULL AND at.tag_id IN ({','.join('?' * len(tag_ids))}) "
            'AND an.start <= p.start + length(p.text) AND an."end" >= p.start)'
        )
        params.extend(tag_ids)
    # CROSS JOIN keeps the index as the outer loop: driven from ``issue`` instead, SQLite would
    # run the full-text match once per paragraph of the issue.
    joins = (
        f" CROSS JOIN paragraph p ON p.id = {fts.TABLE}.rowid CROSS JOIN article a ON a.id = p.article_id "
        "CROSS JOIN issue i ON i.id = a.issue_id"
    )
    condition = " AND ".join(where)
    tables = fts.TABLE + ("" if len(where) == 1 else joins)  # the index alone can count a bare match
    total = db.execute_sql(f"SELECT count(*) FROM {tables} WHERE {condition}", params).fetchone()[0]
    if total == 0:
        return 0, []
    if total > RANK_WINDOW:
        # bm25 costs time per match: with very many, rank only the newest RANK_WINDOW of them.
        cutoff = db.execute_sql(
            f"SELECT {fts.TABLE}.rowid FROM {tables} WHERE {condition} ORDER BY {fts.TABLE}.rowid DESC "
            f"LIMIT 1 OFFSET {RANK_WINDOW - 1}",
            params,
        ).fetchone()[0]
        condition += f" AND {fts.TABLE}.rowid >= ?"
        params = [*params, cutoff]
    if tables == fts.TABLE:
        # Rank in the index alone, then read only the paragraphs shown.
        ranked = db.execute_sql(
            f"SELECT rowid FROM {fts.TABLE} WHERE {condition} ORDER BY bm25({fts.TABLE}), rowid LIMIT ?",
            [*params, limit],
        ).fetchall()
        ids = [r[0] for r in ranked]
        found = db.execute_sql(
            f'SELECT p.id, i.source, i.id, a.id, a.title, p."index", p.start, p.text FROM paragraph p '
            f"JOIN article a ON a.id = p.article_id JOIN issue i ON i.id = a.issue_id "
            f"WHERE p.id IN ({','.join('?' * len(ids))})",
            ids,
        ).fetchall()
        by_id = {row[0]: row[1:] for row in found}
        return total, [by_id[i] for i in ids if i in by_id]
    rows = db.execute_sql(
        f'SELECT i.source, i.id, a.id, a.title, p."index", p.start, p.text '
        f"FROM {fts.TABLE}{joins} WHERE {condition} ORDER BY bm25({fts.TABLE}), p.id LIMIT ?",
        [*params, limit],
    ).fetchall()
    return total, rows


def locate(text: str, term: str) -> tuple[int, int]:
    """Where ``term`` occurs in a matching paragraph: as written, else its words across punctuation."""
    folded = segment.fold(text)
    at = folded.find(segment.fold(term))
    if at >= 0:
        return at, at + len(term)
    # A phrase matched across punctuation ("亿元，加速"): map the term's words back onto the text.
    words = segment.finest_cover(term) or segment.base_words(term)
    if words:
        pattern = r"[^\w]*".join(re.escape(segment.fold(w)) for w in words)
        match = re.search(pattern, folded)
        if match:
            return match.start(), match.end()
        first = folded.find(segment.fold(words[0]))
        if first >= 0:
            return first, first + len(words[0])
    return 0, 0


def _text_hits(terms: list[str], *, limit: int, source: str | None, tag_ids: list[int] | None):
    """Paragraph hits: phrase matches, then (when they are fewer than ``limit``) near-matches.

    Near-matches are paragraphs holding the term's characters where jieba cut them differently
    than in the query ("渝中区" → 中区 渝中区); looking for them costs a text check per candidate,
    so it is done only when the phrase matches leave the page short.
    """
    if len(terms) == 1:
        (term,) = terms
        phrase, loose = fts.phrase_expression(term), fts.loose_expression(term)
        # A phrase of letters and digits is the term; punctuation ("5%") is not indexed, so check it.
        parts = [(phrase, [] if term.isalnum() else [term])]
        if loose:
            parts.append((f"({loose}) NOT {phrase}", [term]))
    else:
        expression = " AND ".join(e for e in (fts.term_expression(t) for t in terms) if e)
        parts = [(expression, [t for t in terms if fts.needs_check(t)])]
    total, rows = 0, []
    for number, (expression, checks) in enumerate(parts):
        if number and total >= limit:
            break  # near-matches are looked for only when the phrase matches do not fill the page
        count, found = _text_part(expression, checks, limit=limit - len(rows) or 1, source=source, tag_ids=tag_ids)
        total += count
        rows += found[: limit - len(rows)]
    hits = []
    for src, issue_id, article_id, title, index, start, text in rows:
        at, end = locate(text, terms[0])
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


