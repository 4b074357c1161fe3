"""The one row layout CSV and XLSX share: stable column names, one row per annotation."""

from __future__ import annotations

import json
from typing import Any

from reader.export.records import ExportRecord

# Column name, width hint for spreadsheets (in characters). Append only: users script against these.
COLUMNS: list[tuple[str, int]] = [
    ("id", 38),
    ("source", 26),
    ("paper", 10),
    ("date", 12),
    ("article", 8),
    ("article_title", 30),
    ("page", 6),
    ("start", 8),
    ("end", 8),
    ("quote", 60),
    ("tags", 24),
    ("note", 40),
    ("color", 9),
    ("orphan", 8),
    ("prefix", 30),
    ("suffix", 30),
    ("created", 21),
    ("modified", 21),
    ("extra", 30),
    ("issue_uri", 40),
    # A commitment's structured fields (empty for other annotations); "evidence" is the id of the
    # annotation that shows the outcome.
    ("metric", 24),
    ("value", 10),
    ("unit", 8),
    ("qualifier", 10),
    ("period", 12),
    ("actor", 16),
    ("status", 12),
    ("evidence", 38),
]
FIELD_COLUMNS = ("metric", "value", "unit", "qualifier", "period", "actor")
COMMITMENT_COLUMNS = (*FIELD_COLUMNS, "status", "evidence")
COMMITMENT_KEYS = frozenset(COMMITMENT_COLUMNS)  # Annotation.extra keys these columns show
TAG_SEPARATOR = "; "


def row(record: ExportRecord) -> list[Any]:
    """The values of one annotation in ``COLUMNS`` order (None where there is nothing)."""
    a = record.annotation
    values = {
        "id": a.uuid,
        "source": a.source,
        "paper": record.paper,
        "date": record.date,
        "article": None if record.article_order is None else record.article_order + 1,  # 1-based for people
        "article_title": a.article_title,
        "page": record.article_page,
        "start": a.start,
        "end": a.end,
        "quote": a.quote,
        "tags": TAG_SEPARATOR.join(a.tags),
        "note": a.note,
        "color": a.color,
        "orphan": "yes" if a.orphan else "no",
        "prefix": a.prefix,
        "suffix": a.suffix,
        "created": a.created,
        "modified": a.modified,
        "extra": json.dumps(a.extra, ensure_ascii=False, sort_keys=True) if a.extra else "",
        "issue_uri": record.issue_uri,
        **{name: _field(a.extra.get(name)) for name in FIELD_COLUMNS},
        "status": record.status,
        "evidence": record.evidence_uuid,
    }
    return [values[name] for name, _ in COLUMNS]


def _field(value: Any) -> Any:
    """A number stays a number (spreadsheets sort it); a range reads "5—8"; nothing is None."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return int(value) if isinstance(value, float) and value.is_integer() else value
    if isinstance(value, list):
        return "—".join(str(_field(v)) for v in value)
    return str(value)


def commitment_fields(record: ExportRecord) -> list[tuple[str, str]]:
    """(column, text) of the commitment columns that have a value, in column order."""
    values = dict(zip(header(), row(record), strict=True))
    return [(name, str(values[name])) for name in COMMITMENT_COLUMNS if values[name] not in (None, "")]


def header() -> list[str]:
    return [name for name, _ in COLUMNS]
