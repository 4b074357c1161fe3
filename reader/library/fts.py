"""Full-text index: an SQLite FTS5 table over jieba ``cut_for_search`` tokens of every paragraph.

The table's rowid is the paragraph's id. A trigger removes a paragraph's row whenever the
paragraph goes (directly or by cascade from its article or issue), so deletions can never leave
stale rows; insertions go through :func:`index_paragraphs`, which the importer calls in the same
transaction as the paragraph rows.
"""

from __future__ import annotations

from collections.abc import Iterable

from peewee import SqliteDatabase

from reader.library import segment

TABLE = "paragraph_fts"

_CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(body, tokenize='unicode61 remove_diacritics 0')",
    f"CREATE TRIGGER IF NOT EXISTS {TABLE}_ad AFTER DELETE ON paragraph BEGIN "
    f"DELETE FROM {TABLE} WHERE rowid = old.id; END",
)


def create(db: SqliteDatabase) -> None:
    """Create the FTS table and its delete trigger if missing."""
    for sql in _CREATE:
        db.execute_sql(sql)


def index_paragraphs(db: SqliteDatabase, rows: Iterable[tuple[int, str]]) -> None:
    """Add ``(paragraph_id, index_body)`` rows (bodies from :func:`segment.index_body`)."""
    db.cursor().executemany(f"INSERT INTO {TABLE}(rowid, body) VALUES (?, ?)", list(rows))


def rebuild(db: SqliteDatabase) -> int:
    """Re-index every paragraph from its text; returns the number of rows."""
    with db.atomic():
        db.execute_sql(f"DELETE FROM {TABLE}")
        rows = db.execute_sql('SELECT id, text FROM paragraph ORDER BY id').fetchall()
        index_paragraphs(db, ((pid, segment.index_body(text)) for pid, text in rows))
    return len(rows)


def problems(db: SqliteDatabase, *, deep: bool = False) -> list[str]:
    """What is wrong with the index (empty when consistent); ``deep`` re-segments every paragraph."""
    found: list[str] = []
    try:
        db.execute_sql(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('integrity-check', 1)")
    except Exception as exc:  # FTS5 reports a damaged index as an SQL error
        found.append(f"full-text index damaged ({exc})")
    missing = db.execute_sql(
        f"SELECT count(*) FROM paragraph WHERE id NOT IN (SELECT rowid FROM {TABLE})"
    ).fetchone()[0]
    extra = db.execute_sql(
        f"SELECT count(*) FROM {TABLE} WHERE rowid NOT IN (SELECT id FROM paragraph)"
    ).fetchone()[0]
    if missing:
        found.append(f"{missing} paragraph(s) missing from the full-text index")
    if extra:
        found.append(f"{extra} full-text row(s) without a paragraph")
    if deep:
        stale = 0
        query = f"SELECT p.text, f.body FROM paragraph p JOIN {TABLE} f ON f.rowid = p.id"
        for text, body in db.execute_sql(query):
            stale += segment.index_body(text) != body
        if stale:
            found.append(f"{stale} full-text row(s) out of date with their paragraph")
    return found


def _quoted(tokens: Iterable[str]) -> str:
    """One FTS5 string (a phrase); ``"`` is the only character special inside it."""
    return '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'


NEAR_DISTANCE = 4  # tokens allowed between the words of a differently cut term (sub-words sit between)


def needs_check(term: str) -> bool:
    """Whether a match of ``term``'s looser alternatives must be confirmed against the text.

    A term that is one search token of letters and digits matches only where it occurs.
    """
    return not term.isalnum() or len(segment.search_tokens(term)) > 1


def phrase_expression(term: str) -> str | None:
    """``term`` as a phrase of its search tokens, or of the finest tokens tiling it; None without words.

    Alone, "科技创新" is one word (tokens 科技 创新 科技创新); inside a sentence jieba may cut it
    as 科技/创新 (tokens 科技 创新). The finest tiling matches both streams.
    """
    tokens = segment.search_tokens(term)
    if not tokens:
        return None
    phrases = [_quoted(tokens)]
    finest = segment.finest_cover(term)
    if finest and finest != tokens:
        phrases.append(_quoted(finest))
    return phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"


def loose_expression(term: str) -> str | None:
    """Where jieba may have cut ``term`` differently in context: its words near each other.

    The plain words and the finest tokens of the term, at most NEAR_DISTANCE tokens apart (the
    sub-words of a longer word sit between them). None when the term is a single word.
    """
    options = []
    for words in (segment.base_words(term), segment.finest_cover(term)):
        if words and len(words) > 1:
            option = "NEAR(" + " ".join(_quoted([w]) for w in words) + f", {NEAR_DISTANCE})"
            if option not in options:
                options.append(option)
    return " OR ".join(options) or None


def term_expression(term: str) -> str | None:
    """All FTS5 candidates for one query term (phrase or loose), or None when it holds no word."""
    phrase = phrase_expression(term)
    if phrase is None:
        return None
    loose = loose_expression(term)
    return f"({phrase} OR {loose})" if loose else phrase
