"""What the library remembers about commitments: rejected suggestions and the tracking of accepted ones."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata

from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from reader.library.models import Annotation, BaseModel, database

STATUSES = ("planned", "in progress", "achieved", "missed", "unknown")
STATUS_LABELS = {"planned": "计划中", "in progress": "推进中", "achieved": "已实现", "missed": "未实现", "unknown": "未知"}


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)


class RejectedCommitment(BaseModel):
    """A suggestion the user turned down; keyed by issue and clause so a re-repair does not bring it back."""

    issue_sha256 = CharField()
    key = CharField()  # normalise_clause(text) + "|" + value
    text = TextField()
    source = CharField(default="")
    created = DateTimeField(default=_now)

    class Meta:
        table_name = "commitment_rejected"
        indexes = ((("issue_sha256", "key"), True),)


class CommitmentTracking(BaseModel):
    """The status of an accepted commitment (an annotation) and the annotation that shows its outcome."""

    annotation = ForeignKeyField(Annotation, unique=True, on_delete="CASCADE", backref="tracking")
    status = CharField(default="planned")
    evidence = ForeignKeyField(Annotation, null=True, on_delete="SET NULL", backref="evidence_for")
    note = TextField(default="")
    modified = DateTimeField(default=_now)

    class Meta:
        table_name = "commitment_tracking"


TABLES = [RejectedCommitment, CommitmentTracking]
_created_for: set[int] = set()


def ensure_tables() -> None:
    """Create the commitment tables in the bound library (cheap after the first call per database)."""
    db = database.obj
    if db is None:
        return
    if id(db) in _created_for and RejectedCommitment._meta.table_name in db.get_tables():
        return
    db.create_tables(TABLES, safe=True)
    _created_for.add(id(db))


def normalise_clause(text: str) -> str:
    """NFKC, no blanks or punctuation: the same clause after a re-repair gives the same key."""
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\W_]+", "", folded)


def clause_key(text: str, value: object) -> str:
    """The key of one target in a clause ("分别" lists give one key per value)."""
    return f"{normalise_clause(text)}|{value}"


def is_rejected(issue_sha256: str, key: str) -> bool:
    ensure_tables()
    return RejectedCommitment.select().where(
        (RejectedCommitment.issue_sha256 == issue_sha256) & (RejectedCommitment.key == key)
    ).exists()


def rejected_keys(issue_sha256: str) -> set[str]:
    ensure_tables()
    query = RejectedCommitment.select(RejectedCommitment.key).where(RejectedCommitment.issue_sha256 == issue_sha256)
    return {row.key for row in query}


def remember_rejection(*, issue_sha256: str, key: str, text: str, source: str) -> bool:
    """Remember a rejection; False when it was already remembered."""
    ensure_tables()
    if is_rejected(issue_sha256, key):
        return False
    RejectedCommitment.create(issue_sha256=issue_sha256, key=key, text=text, source=source)
    return True


def forget_rejection(issue_sha256: str, key: str) -> bool:
    """Undo a rejection; False when there was none."""
    ensure_tables()
    return bool(
        RejectedCommitment.delete()
        .where((RejectedCommitment.issue_sha256 == issue_sha256) & (RejectedCommitment.key == key))
        .execute()
    )


def tracking_of(annotation_ids: list[int]) -> dict[int, tuple[str, int | None, str]]:
    """(status, evidence annotation id, note) per annotation id that has a tracking row."""
    ensure_tables()
    if not annotation_ids:
        return {}
    rows = CommitmentTracking.select().where(CommitmentTracking.annotation.in_(annotation_ids))
    return {row.annotation_id: (row.status, row.evidence_id, row.note) for row in rows}


def set_tracking(annotation_id: int, *, status: str, evidence: int | None, note: str | None = None) -> None:
    ensure_tables()
    row = CommitmentTracking.get_or_none(CommitmentTracking.annotation == annotation_id)
    if row is None:
        CommitmentTracking.create(annotation=annotation_id, status=status, evidence=evidence, note=note or "")
        return
    row.status = status
    row.evidence = evidence
    if note is not None:
        row.note = note
    row.modified = _now()
    row.save()


def rejections_count() -> int:
    ensure_tables()
    return RejectedCommitment.select().count()


def year_of(date: str) -> int | None:
    """The year of an ISO date ("2025-03-01" → 2025), None when unknown."""
    match = re.match(r"(\d{4})", date or "")
    return int(match.group(1)) if match else None


__all__ = [
    "STATUSES",
    "STATUS_LABELS",
    "CommitmentTracking",
    "RejectedCommitment",
    "clause_key",
    "ensure_tables",
    "forget_rejection",
    "is_rejected",
    "normalise_clause",
    "rejected_keys",
    "remember_rejection",
    "set_tracking",
    "tracking_of",
    "year_of",
]
