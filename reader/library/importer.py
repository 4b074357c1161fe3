"""Importing newspaper dumps into the library, and re-repairing issues already there.

Each path is one issue (a file, or a folder whose text files are its pages). An issue is written
in one transaction: a failure or a kill part-way leaves the library as it was before that issue.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import IntegrityError

from reader.changes import Changes
from reader.errors import ReaderError
from reader.library import metadata, store
from reader.library.models import Annotation, Issue, Page, RepairOverride, database
from reader.repair.model import Override
from reader.repair.model import Page as RepairPage

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class IssueResult:
    source: str
    issue_id: int | None
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "issue_id": self.issue_id, "reason": self.reason}


@dataclass
class ImportReport:
    added: list[IssueResult] = field(default_factory=list)
    skipped: list[IssueResult] = field(default_factory=list)
    failed: list[IssueResult] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "added": [r.to_json() for r in self.added],
            "skipped": [r.to_json() for r in self.skipped],
            "failed": [r.to_json() for r in self.failed],
        }


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)


def source_name(path: Path) -> str:
    """The name an issue is known by: its file or folder name."""
    return path.name or Path(os.path.abspath(path)).name or str(path)


def content_sha256(pages: Sequence[RepairPage]) -> str:
    """SHA-256 of the raw bytes of all pages in order (a single file's equals ``sha256sum``)."""
    digest = hashlib.sha256()
    for page in pages:
        digest.update(page.raw)
    return digest.hexdigest()


def _repair(pages: Sequence[RepairPage], overrides: Sequence[Override]):
    from reader.repair import repair_pages  # the engine is heavy: load it when needed

    return repair_pages(pages, overrides=overrides)


def _stored_overrides(issue_id: int) -> list[Override]:
    rows = RepairOverride.select().where(RepairOverride.issue == issue_id).order_by(RepairOverride.id)
    return [Override(op=r.op, a=r.a, b=r.b, offset=r.offset) for r in rows]


def reanchor(issue_id: int) -> Any:
    """Re-place the issue's annotations on its new text (None when annotations are not installed)."""
    try:
        from reader.annotations.anchoring import reanchor_issue
    except ImportError:
        return None
    return reanchor_issue(issue_id)


def _has_annotations(issue_id: int, sha256: str) -> bool:
    query = Annotation.select(Annotation.id).where(
        (Annotation.issue == issue_id) | (Annotation.issue.is_null() & (Annotation.issue_sha256 == sha256))
    )
    return query.exists()


def import_paths(
    paths: Sequence[str | os.PathLike[str]],
    *,
    replace: bool = False,
    encoding: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import each path as one issue; failures are reported per issue, never half-written."""
    report = ImportReport()
    items = [Path(p) for p in paths]
    for done, path in enumerate(items):
        name = source_name(path)
        if cancelled is not None and cancelled():
            report.skipped.extend(IssueResult(source_name(p), None, "cancelled") for p in items[done:])
            break
        if progress is not None:
            progress(done, len(items), name)
        try:
            kind, result, changes = _import_one(path, replace=replace, encoding=encoding)
        except ReaderError as exc:
            report.failed.append(IssueResult(name, None, str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001
            # A fault on one odd input must not lose the rest of a long batch.
            report.failed.append(IssueResult(name, None, f"{path}: cannot import ({type(exc).__name__}: {exc})"))
            continue
        getattr(report, kind).append(result)
        report.changes = report.changes | changes
    else:
        if progress is not None:
            progress(len(items), len(items), "")
    return report


def _import_one(path: Path, *, replace: bool, encoding: str | None) -> tuple[str, IssueResult, Changes]:
    from reader.repair import load_pages

    name = source_name(path)
    pages = load_pages([path], encoding=encoding)
    sha = content_sha256(pages)
    same = Issue.get_or_none(Issue.sha256 == sha)
    if same is not None and not replace:
        return "skipped", IssueResult(name, same.id, f"already present as issue {same.id} ({same.source})"), Changes()
    target = same
    if target is None:
        target = Issue.select().where(Issue.source == name).order_by(Issue.id).first()
        if target is not None and not replace:
            reason = f"issue {target.id} is also named {name!r} but has other content; use --replace to replace it"
            return "skipped", IssueResult(name, target.id, reason), Changes()
    overrides = _stored_overrides(target.id) if target is not None else []
    note = ""
    try:
        repaired = _repair(pages, overrides)
    except ReaderError:
        if not overrides:
            raise
        # Manual fixes made for the old text may not fit the new one: keep them stored, repair without.
        repaired = _repair(pages, [])
        note = f"; {len(overrides)} manual fix(es) no longer apply"
    prepared = store.prepare(repaired)
    found = metadata.detect(pages[0].text if pages else "", name=name)
    fields = dict(
        source=name, source_path=str(path.resolve()), sha256=sha, paper=found.paper, date=found.date,
        number=found.number, repaired_at=_now(), repair_json=prepared.repair_json,
    )
    try:
        with database.atomic():
            if target is None:
                issue_id = Issue.insert(**fields).execute()
            else:
                issue_id = target.id
                Issue.update(**fields).where(Issue.id == issue_id).execute()
            store.write_pages(issue_id, pages)
            changed = store.write_articles(issue_id, prepared)
            anchored = _has_annotations(issue_id, sha) and reanchor(issue_id) is not None
    except IntegrityError:  # imported by someone else meanwhile
        other = Issue.get_or_none(Issue.sha256 == sha)
        if other is None:
            raise
        return "skipped", IssueResult(name, other.id, f"already present as issue {other.id} ({other.source})"), Changes()
    changes = Changes(issues=True, articles=changed, annotations=anchored)
    count = len(repaired.articles)
    if target is None:
        return "added", IssueResult(name, issue_id, f"{count} article(s), {len(pages)} page(s)"), changes
    return "added", IssueResult(name, issue_id, f"replaced issue {issue_id}: {count} article(s){note}"), changes


def stored_pages(issue_id: int) -> list[RepairPage]:
    """The pages of an issue as the repair engine takes them."""
    rows = Page.select().where(Page.issue == issue_id).order_by(Page.number)
    return [RepairPage(number=r.number, name=r.name, text=r.text, encoding=r.encoding, raw=bytes(r.raw)) for r in rows]


def rerepair_issue(issue_id: int) -> Changes:
    """Repair a stored issue again with its manual fixes, store the result, re-anchor its annotations."""
    issue = Issue.get_or_none(Issue.id == issue_id)
    if issue is None:
        raise ReaderError(f"no issue {issue_id} in the library (see `reader issues`)")
    pages = stored_pages(issue_id)
    if not pages:
        raise ReaderError(f"issue {issue_id} ({issue.source}) has no stored pages; import it again with --replace")
    repaired = _repair(pages, _stored_overrides(issue_id))
    prepared = store.prepare(repaired)
    with database.atomic():
        Issue.update(repaired_at=_now(), repair_json=prepared.repair_json).where(Issue.id == issue_id).execute()
        changed = store.write_articles(issue_id, prepared)
        anchored = _has_annotations(issue_id, issue.sha256) and reanchor(issue_id) is not None
    return Changes(issues=True, articles=changed, annotations=anchored)
