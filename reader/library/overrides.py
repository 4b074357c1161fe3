"""Manual repair fixes: stored per issue, re-applied on every re-repair."""

from __future__ import annotations

import re

from reader.changes import Changes
from reader.errors import ReaderError
from reader.library.importer import rerepair_issue
from reader.library.models import Issue, RepairOverride, database
from reader.library.views import OverrideView
from reader.repair.model import Override

OPS = ("unjoin", "join", "split", "move")
_BLOCK_ID = re.compile(r"p\d+b\d+")


def _validate(override: Override) -> None:
    if override.op not in OPS:
        raise ReaderError(f"unknown fix {override.op!r} (one of: {', '.join(OPS)})")
    for name, value in (("a", override.a), ("b", override.b)):
        if value is not None and not _BLOCK_ID.fullmatch(value):
            raise ReaderError(f"block id {value!r} is not of the form p<page>b<index> (e.g. p1b12)")
    if override.op in ("unjoin", "join", "move") and not override.b:
        raise ReaderError(f"a {override.op!r} fix needs two blocks")
    if override.op == "split" and (override.offset is None or override.offset <= 0):
        raise ReaderError("a 'split' fix needs a positive offset into the block")


def _view(row: RepairOverride) -> OverrideView:
    return OverrideView(
        id=row.id, issue_id=row.issue_id, op=row.op, a=row.a, b=row.b, offset=row.offset,
        created=row.created.isoformat(timespec="seconds") + "Z",
    )


def list_overrides(issue_id: int) -> list[OverrideView]:
    """The manual fixes of an issue, oldest first."""
    rows = RepairOverride.select().where(RepairOverride.issue == issue_id).order_by(RepairOverride.id)
    return [_view(r) for r in rows]


def add_override(issue_id: int, override: Override) -> Changes:
    """Store a fix and re-repair the issue with it; a fix the engine rejects is not kept."""
    _validate(override)
    if Issue.get_or_none(Issue.id == issue_id) is None:
        raise ReaderError(f"no issue {issue_id} in the library (see `reader issues`)")
    with database.atomic():
        RepairOverride.create(issue=issue_id, op=override.op, a=override.a, b=override.b, offset=override.offset)
        changes = rerepair_issue(issue_id)
    return changes | Changes(overrides=True)


def remove_override(override_id: int) -> Changes:
    """Forget a fix and re-repair its issue without it."""
    row = RepairOverride.get_or_none(RepairOverride.id == override_id)
    if row is None:
        raise ReaderError(f"no manual fix {override_id}")
    with database.atomic():
        row.delete_instance()
        changes = rerepair_issue(row.issue_id)
    return changes | Changes(overrides=True)
