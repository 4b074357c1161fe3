"""Accepted commitments across the library: their fields, status and evidence, and series per metric."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any

from reader.annotations.ops import get_annotation, list_annotations, update_annotation
from reader.annotations.views import AnnotationView
from reader.commitments import store
from reader.commitments.library import FIELD_NAMES, TAG
from reader.errors import ReaderError
from reader.library.models import Issue


@dataclass(frozen=True)
class CommitmentRecord:
    """One accepted commitment as the table shows it."""

    annotation_id: int
    issue_id: int | None
    source: str
    issue_date: str
    article_id: int | None
    article_title: str
    quote: str
    start: int | None
    end: int | None
    orphan: bool
    metric: str
    value: Any
    unit: str
    qualifier: str
    period: str
    actor: str
    status: str
    evidence_id: int | None
    evidence_quote: str
    note: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def value_text(self) -> str:
        return format_value(self.value)


def format_value(value: Any) -> str:
    """3000 → "3000", [5, 8] → "5—8"."""
    if isinstance(value, list):
        return "—".join(format_value(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _record(view: AnnotationView, dates: dict[int, str], tracking: dict, quotes: dict[int, str]) -> CommitmentRecord:
    extra = view.extra or {}
    status, evidence, _ = tracking.get(view.id, (extra.get("status") or "unknown", extra.get("evidence"), ""))
    return CommitmentRecord(
        annotation_id=view.id, issue_id=view.issue_id, source=view.source, issue_date=dates.get(view.issue_id, ""),
        article_id=view.article_id, article_title=view.article_title, quote=view.quote, start=view.start,
        end=view.end, orphan=view.orphan, metric=str(extra.get("metric", "")), value=extra.get("value"),
        unit=str(extra.get("unit", "")), qualifier=str(extra.get("qualifier", "")), period=str(extra.get("period", "")),
        actor=str(extra.get("actor", "")), status=status, evidence_id=evidence,
        evidence_quote=quotes.get(evidence, "") if evidence else "", note=view.note,
    )


def list_commitments(*, source: str | None = None, status: str | None = None, text: str | None = None) -> list[CommitmentRecord]:
    """Every live annotation tagged 承诺, with its structured fields and tracking, in reading order."""
    store.ensure_tables()
    views = list_annotations(tag=TAG, source=source)
    dates = {row.id: row.date for row in Issue.select(Issue.id, Issue.date)}
    tracking = store.tracking_of([v.id for v in views])
    # Evidence from the tracking table, else from the fields (an imported commitment has no tracking row yet).
    evidence_ids = [tracking[v.id][1] if v.id in tracking else (v.extra or {}).get("evidence") for v in views]
    evidence_ids = [e for e in evidence_ids if isinstance(e, int)]
    quotes = {v.id: v.quote for v in list_annotations(ids=evidence_ids)} if evidence_ids else {}
    records = [_record(v, dates, tracking, quotes) for v in views]
    if status is not None:
        check_status(status)
        records = [r for r in records if r.status == status]
    if text:
        records = [r for r in records if text in r.quote or text in r.metric or text in r.note]
    return records


def get_commitment(annotation_id: int) -> CommitmentRecord:
    view = get_annotation(annotation_id)
    if TAG not in view.tags:
        raise ReaderError(f"annotation {annotation_id} is not a commitment (not tagged {TAG})")
    found = [r for r in list_commitments() if r.annotation_id == view.id]
    if not found:
        raise ReaderError(f"annotation {annotation_id} is in the trash")
    return found[0]


def check_status(status: str) -> str:
    if status not in store.STATUSES:
        raise ReaderError(f"unknown status {status!r}; use one of: {', '.join(store.STATUSES)}")
    return status


def set_status(
    annotation_id: int, status: str, *, evidence: int | None = None, note: str | None = None, clear_evidence: bool = False
) -> CommitmentRecord:
    """Record how a commitment stands, optionally linking the annotation that shows it."""
    check_status(status)
    record = get_commitment(annotation_id)
    if evidence is not None:
        if evidence == record.annotation_id:
            raise ReaderError("a commitment cannot be its own evidence")
        get_annotation(evidence)  # raises when it does not exist
    link = None if clear_evidence else (evidence if evidence is not None else record.evidence_id)
    store.set_tracking(record.annotation_id, status=status, evidence=link, note=note)
    view = get_annotation(record.annotation_id)
    extra = {**view.extra, "status": status}
    if link:
        extra["evidence"] = link
    else:
        extra.pop("evidence", None)
    update_annotation(record.annotation_id, extra=extra)  # exports carry status and evidence with the fields
    return get_commitment(record.annotation_id)


def update_fields(annotation_id: int, **fields: Any) -> CommitmentRecord:
    """Correct the structured fields of an accepted commitment."""
    unknown = set(fields) - set(FIELD_NAMES)
    if unknown:
        raise ReaderError(f"unknown commitment field(s): {', '.join(sorted(unknown))}")
    record = get_commitment(annotation_id)
    view = get_annotation(record.annotation_id)
    update_annotation(record.annotation_id, extra={**view.extra, **fields})
    return get_commitment(record.annotation_id)


def parse_value(text: str) -> Any:
    """"30" → 30, "1.5" → 1.5, "5-8" / "5—8" → [5, 8]."""
    parts = re.split(r"\s*[—–~～-]\s*|\s*至\s*", text.strip())
    try:
        numbers = [float(p) for p in parts if p]
    except ValueError:
        raise ReaderError(f"not a number or a range: {text!r}") from None
    numbers = [int(n) if n.is_integer() else n for n in numbers]
    if len(numbers) == 1:
        return numbers[0]
    if len(numbers) == 2:
        return numbers
    raise ReaderError(f"not a number or a range: {text!r}")


def metric_key(metric: str, unit: str) -> str:
    """Metrics compared across issues: NFKC, no blanks or quotes, same unit."""
    folded = unicodedata.normalize("NFKC", metric)
    return re.sub(r"[\s“”\"'‘’]+", "", folded) + "|" + unit


@dataclass(frozen=True)
class MetricPoint:
    source: str
    issue_date: str
    value: Any
    status: str
    annotation_id: int


@dataclass(frozen=True)
class MetricSeries:
    """The same metric committed to in several places: the data of one chart."""

    metric: str
    unit: str
    points: list[MetricPoint]


def metric_series(records: list[CommitmentRecord] | None = None) -> list[MetricSeries]:
    """Metrics that appear more than once, their values in issue order (date, then import order)."""
    records = list_commitments() if records is None else records
    groups: dict[str, list[CommitmentRecord]] = {}
    for r in records:
        if r.metric and r.value is not None:
            groups.setdefault(metric_key(r.metric, r.unit), []).append(r)
    series = []
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda r: (r.issue_date or "", r.issue_id or 0, r.start or 0))
        points = [MetricPoint(r.source, r.issue_date, r.value, r.status, r.annotation_id) for r in group]
        series.append(MetricSeries(group[0].metric, group[0].unit, points))
    series.sort(key=lambda s: (-len(s.points), s.metric))
    return series
