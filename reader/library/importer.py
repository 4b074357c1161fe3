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


@dataclass
class _Plan:
    """An issue read from disk and checked against the library, ready to be repaired."""

    path: Path
    name: str
    pages: list[RepairPage]
    sha: str
    target_id: int | None  # the issue it replaces
    overrides: list[Override]


def _plan(path: Path, *, replace: bool, encoding: str | None, seen: dict[str, str]) -> _Plan | tuple[str, IssueResult]:
    """Read an issue; an outcome instead when it needs no repair (already there, same name)."""
    from reader.repair import load_pages

    name = source_name(path)
    pages = load_pages([path], encoding=encoding)
    sha = content_sha256(pages)
    if sha in seen or name in seen.values():
        other = "the same content" if sha in seen else f"the name {name!r}"
        return "skipped", IssueResult(name, None, f"{other} came earlier in this import ({seen.get(sha, name)})")
    seen[sha] = name
    same = Issue.get_or_none(Issue.sha256 == sha)
    if same is not None and not replace:
        return "skipped", IssueResult(name, same.id, f"already present as issue {same.id} ({same.source})")
    target = same
    if target is None:
        target = Issue.select().where(Issue.source == name).order_by(Issue.id).first()
        if target is not None and not replace:
            reason = f"issue {target.id} is also named {name!r} but has other content; use --replace to replace it"
            return "skipped", IssueResult(name, target.id, reason)
    overrides = _stored_overrides(target.id) if target is not None else []
    return _Plan(path, name, pages, sha, target.id if target is not None else None, overrides)


def prepare_plan(pages: list[RepairPage], overrides: list[Override]) -> tuple[store.PreparedIssue, str]:
    """Repair and segment an issue (the slow, database-free part; runs in worker processes too)."""
    try:
        repaired = _repair(pages, overrides)
        note = ""
    except ReaderError:
        if not overrides:
            raise
        # Manual fixes made for the old text may not fit the new one: keep them stored, repair without.
        repaired = _repair(pages, [])
        note = f"; {len(overrides)} manual fix(es) no longer apply"
    return store.prepare(repaired), note


def _write(plan: _Plan, prepared: store.PreparedIssue, note: str) -> tuple[str, IssueResult, Changes]:
    """Store one prepared issue in one transaction."""
    found = metadata.detect(plan.pages[0].text if plan.pages else "", name=plan.name)
    fields = dict(
        source=plan.name, source_path=str(plan.path.resolve()), sha256=plan.sha, paper=found.paper, date=found.date,
        number=found.number, repaired_at=_now(), repair_json=prepared.repair_json,
    )
    try:
        with database.atomic():
            if plan.target_id is None:
                issue_id = Issue.insert(**fields).execute()
            else:
                issue_id = plan.target_id
                Issue.update(**fields).where(Issue.id == issue_id).execute()
            store.write_pages(issue_id, plan.pages)
            changed = store.write_articles(issue_id, prepared)
            anchored = _has_annotations(issue_id, plan.sha) and reanchor(issue_id) is not None
    except IntegrityError:  # the same content was imported by someone else meanwhile
        other = Issue.get_or_none(Issue.sha256 == plan.sha)
        if other is None:
            raise
        return "skipped", IssueResult(plan.name, other.id, f"already present as issue {other.id} ({other.source})"), Changes()
    changes = Changes(issues=True, articles=changed, annotations=anchored)
    count = len(prepared.repaired.articles)
    if plan.target_id is None:
        return "added", IssueResult(plan.name, issue_id, f"{count} article(s), {len(plan.pages)} page(s)"), changes
    return "added", IssueResult(plan.name, issue_id, f"replaced issue {issue_id}: {count} article(s){note}"), changes


def _failure(path: Path, exc: BaseException) -> IssueResult:
    if isinstance(exc, ReaderError):
        return IssueResult(source_name(path), None, str(exc))
    # A fault on one odd input must not lose the rest of a long batch.
    return IssueResult(source_name(path), None, f"{path}: cannot import ({type(exc).__name__}: {exc})")


def import_paths(
    paths: Sequence[str | os.PathLike[str]],
    *,
    replace: bool = False,
    encoding: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> ImportReport:
    """Import each path as one issue; failures are reported per issue, never half-written.

    Long batches repair in ``workers`` processes (default: by CPU count); writes stay in this
    process, in path order, one transaction per issue.
    """
    from reader.library.pool import RepairPool, worker_count

    report = ImportReport()
    items = [Path(p) for p in paths]
    seen: dict[str, str] = {}
    count = worker_count(len(items)) if workers is None else workers
    with RepairPool(count) as pool:
        queue: list[tuple[int, _Plan, Any]] = []  # plans being repaired, in path order

        def settle(entry: tuple[int, _Plan, Any]) -> None:
            index, plan, pending = entry
            if progress is not None:
                progress(index, len(items), plan.name)
            try:
                prepared, note = pool.result(pending)
                kind, result, changes = _write(plan, prepared, note)
            except Exception as exc:  # noqa: BLE001 - reported per issue
                report.failed.append(_failure(plan.path, exc))
                return
            getattr(report, kind).append(result)
            report.changes = report.changes | changes

        for index, path in enumerate(items):
            if cancelled is not None and cancelled():
                pool.cancel()
                report.skipped.extend(IssueResult(e[1].name, None, "cancelled") for e in queue)
                report.skipped.extend(IssueResult(source_name(p), None, "cancelled") for p in items[index:])
                return report
            try:
                planned = _plan(path, replace=replace, encoding=encoding, seen=seen)
            except Exception as exc:  # noqa: BLE001 - reported per issue
                planned = ("failed", _failure(path, exc))
            if isinstance(planned, tuple):
                while queue:  # keep the report in path order
                    settle(queue.pop(0))
                if progress is not None:
                    progress(index, len(items), source_name(path))
                getattr(report, planned[0]).append(planned[1])
                continue
            queue.append((index, planned, pool.submit(planned.pages, planned.overrides)))
            while len(queue) > pool.depth:
                settle(queue.pop(0))
        while queue:
            settle(queue.pop(0))
    if progress is not None:
        progress(len(items), len(items), "")
    return report


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
