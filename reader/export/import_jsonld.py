"""Import a JSON-LD export back: match issues by content hash (else source name), re-anchor by quote.

Nothing is dropped silently: an annotation whose issue is missing or whose quote is gone becomes an
orphan, and every entry that cannot be read at all is listed in the report.
"""

from __future__ import annotations

import json
import re
import uuid as _uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from reader.annotations.anchoring import Anchor, apply_anchor, locate
from reader.annotations.colors import COLORS
from reader.annotations.ops import issue_articles, issues_named
from reader.annotations.tags import ensure_builtin_tags, normalise_tag, set_annotation_tags
from reader.annotations.views import parse_iso
from reader.errors import InputError, ReaderError
from reader.library.models import Annotation, Issue, database

MAX_BYTES = 200 * 1024 * 1024
_SHA_URI = re.compile(r"urn:sha256:([0-9a-fA-F]{64})(?:#article=(\d+))?$")


@dataclass
class ImportAnnotationsReport:
    path: str
    added: list[dict[str, Any]] = field(default_factory=list)  # {"id", "uuid", "source", "method", "orphan"}
    skipped: list[dict[str, Any]] = field(default_factory=list)  # {"uuid", "reason"}: already in the library
    failed: list[dict[str, Any]] = field(default_factory=list)  # {"index", "reason"}: unreadable entries

    @property
    def orphans(self) -> list[dict[str, Any]]:
        return [a for a in self.added if a["orphan"]]

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["orphans"] = self.orphans
        return data


@dataclass(frozen=True)
class Parsed:
    uuid: str
    quote: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    sha256: str
    article_order: int | None
    source: str
    article_title: str
    tags: list[str]
    note: str
    color: str
    extra: dict[str, Any]
    created: Any
    modified: Any
    evidence_uuid: str = ""  # a tracked commitment's evidence, by uuid: local ids differ between libraries


def _read(path: Path) -> Any:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: too large for an annotation file ({size} bytes)")
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a JSON-LD file") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text, so not a JSON-LD export") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise InputError(f"{path}: not valid JSON (line {getattr(exc, 'lineno', '?')})") from None


def _types(node: Any) -> set[str]:
    value = node.get("type", node.get("@type")) if isinstance(node, dict) else None
    return set(value) if isinstance(value, list) else {value} if isinstance(value, str) else set()


def _entries(doc: Any, path: Path) -> list[Any]:
    """The annotations in a collection, a page, a list or a single annotation."""
    if isinstance(doc, list):
        return doc
    if not isinstance(doc, dict):
        raise InputError(f"{path}: not a Web Annotation document")
    kinds = _types(doc)
    if "Annotation" in kinds:
        return [doc]
    if "AnnotationPage" in kinds:
        return list(doc.get("items") or [])
    if "AnnotationCollection" in kinds:
        entries: list[Any] = []
        page = doc.get("first")
        seen = 0
        while isinstance(page, dict) and seen < 100_000:
            entries += list(page.get("items") or [])
            page, seen = page.get("next"), seen + 1
        if isinstance(page, str):
            raise InputError(f"{path}: the collection's pages are not embedded ({page}); export them into one file")
        return entries
    raise InputError(f"{path}: no Annotation, AnnotationPage or AnnotationCollection found")


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _uuid_of(value: Any) -> str:
    if not isinstance(value, str) or not value:
        return str(_uuid.uuid4())
    if value.lower().startswith("urn:uuid:"):
        try:
            return str(_uuid.UUID(value[9:]))
        except ValueError:
            pass
    return str(_uuid.uuid5(_uuid.NAMESPACE_URL, value))  # foreign id: same id → same uuid on re-import


def parse_annotation(doc: Any) -> Parsed:
    """The fields reader stores, from one Web Annotation; ReaderError when it has no text quote."""
    if not isinstance(doc, dict) or "Annotation" not in _types(doc):
        raise ReaderError("not an Annotation")
    target = next((t for t in _as_list(doc.get("target")) if isinstance(t, dict)), None)
    if target is None:
        raise ReaderError("its target has no selector")
    quote_sel = position = None
    for selector in _as_list(target.get("selector")):
        kinds = _types(selector)
        if "TextQuoteSelector" in kinds and quote_sel is None:
            quote_sel = selector
        elif "TextPositionSelector" in kinds and position is None:
            position = selector
    if quote_sel is None or not isinstance(quote_sel.get("exact"), str) or not quote_sel["exact"].strip():
        raise ReaderError("its target has no TextQuoteSelector with an exact quote")
    source_uri = target.get("source") if isinstance(target.get("source"), str) else ""
    match = _SHA_URI.match(source_uri or "")
    tags, notes, extra, evidence_uuid = [], [], {}, ""
    for body in _as_list(doc.get("body")):
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            continue
        purposes = set(_as_list(body.get("purpose")))
        if "tagging" in purposes:
            normalise_tag(body["value"])  # an empty or overlong tag makes the entry fail, reported
            tags.append(body["value"])
        elif "describing" in purposes and body.get("format") == "application/json":
            try:
                loaded = json.loads(body["value"])
            except ValueError:
                loaded = None
            extra = (
                loaded
                if isinstance(loaded, dict)
                else {k.removeprefix("reader:"): v for k, v in body.items() if k.startswith("reader:")}
            )
            extra.pop("evidenceAnnotation", None)
            link = body.get("reader:evidenceAnnotation")
            if isinstance(link, str) and link.lower().startswith("urn:uuid:"):
                evidence_uuid = _uuid_of(link)
        elif "commenting" in purposes or not purposes:
            notes.append(body["value"])
    color = target.get("styleClass") or doc.get("reader:color") or "yellow"
    start = position.get("start") if position else None
    end = position.get("end") if position else None
    try:
        created = parse_iso(doc.get("created")) if isinstance(doc.get("created"), str) else None
        modified = parse_iso(doc.get("modified")) if isinstance(doc.get("modified"), str) else None
    except ValueError as exc:
        raise ReaderError(f"bad timestamp ({exc})") from None
    original = doc.get("reader:quote")
    return Parsed(
        uuid=_uuid_of(doc.get("id")),
        quote=original if isinstance(original, str) and original.strip() else quote_sel["exact"],
        prefix=quote_sel.get("prefix") if isinstance(quote_sel.get("prefix"), str) else "",
        suffix=quote_sel.get("suffix") if isinstance(quote_sel.get("suffix"), str) else "",
        start=start if isinstance(start, int) else None,
        end=end if isinstance(end, int) else None,
        sha256=match.group(1).lower() if match else "",
        article_order=int(match.group(2)) if match and match.group(2) else None,
        source=doc.get("reader:source") if isinstance(doc.get("reader:source"), str) else "",
        article_title=doc.get("reader:articleTitle") if isinstance(doc.get("reader:articleTitle"), str) else "",
        tags=tags,
        note="\n\n".join(notes),
        color=color if color in COLORS else "yellow",
        extra=extra,
        created=created,
        modified=modified,
        evidence_uuid=evidence_uuid,
    )


def _issue_for(parsed: Parsed) -> Issue | None:
    if parsed.sha256:
        issue = Issue.get_or_none(Issue.sha256 == parsed.sha256)
        if issue is not None:
            return issue
    if parsed.source:
        named = issues_named(parsed.source)
        if len(named) == 1:
            return named[0]
    return None


def _store(parsed: Parsed, issue: Issue | None, articles: list) -> tuple[Annotation, Anchor]:
    extra = json.dumps(parsed.extra, ensure_ascii=False, sort_keys=True) if parsed.extra else ""
    row = Annotation.create(
        uuid=parsed.uuid,
        issue=issue.id if issue else None,
        issue_sha256=issue.sha256 if issue else parsed.sha256,
        source=issue.source if issue else parsed.source,
        article=None,
        article_title=parsed.article_title,
        quote=parsed.quote,
        prefix=parsed.prefix,
        suffix=parsed.suffix,
        start=None,
        end=None,
        orphan=True,
        anchor_method="none",
        anchor_score=0.0,
        note=parsed.note,
        color=parsed.color,
        extra=extra,
        **{k: v for k, v in (("created", parsed.created), ("modified", parsed.modified or parsed.created)) if v},
    )
    set_annotation_tags(row.id, parsed.tags)
    anchor = Anchor(None, None, None, "none", 0.0)
    if issue is not None:
        anchor = locate(
            articles,
            quote=parsed.quote,
            prefix=parsed.prefix,
            suffix=parsed.suffix,
            start=parsed.start,
            end=parsed.end,
            article_order=parsed.article_order,
            title=parsed.article_title,
        )
    apply_anchor(row, anchor)
    return row, anchor


def import_annotations(path: str | Path) -> ImportAnnotationsReport:
    """Add the annotations of a JSON-LD file to the library, all or nothing."""
    path = Path(path)
    entries = _entries(_read(path), path)
    report = ImportAnnotationsReport(path=str(path))
    articles_by_issue: dict[int, list] = {}
    evidence: dict[int, str] = {}  # new annotation id → uuid of its evidence
    with database.atomic():
        ensure_builtin_tags()
        seen: set[str] = set()
        for index, entry in enumerate(entries):
            try:
                parsed = parse_annotation(entry)
            except ReaderError as exc:
                report.failed.append({"index": index, "reason": str(exc)})
                continue
            if parsed.uuid in seen or Annotation.get_or_none(Annotation.uuid == parsed.uuid) is not None:
                report.skipped.append({"uuid": parsed.uuid, "reason": "already in the library"})
                continue
            seen.add(parsed.uuid)
            issue = _issue_for(parsed)
            if issue is not None and issue.id not in articles_by_issue:
                articles_by_issue[issue.id] = issue_articles(issue.id)
            row, anchor = _store(parsed, issue, articles_by_issue.get(issue.id, []) if issue else [])
            if "evidence" in parsed.extra:
                evidence[row.id] = parsed.evidence_uuid
            report.added.append(
                {
                    "id": row.id,
                    "uuid": parsed.uuid,
                    "source": row.source,
                    "method": anchor.method if issue else "no matching issue",
                    "orphan": anchor.article is None,
                }
            )
        _link_evidence(evidence)
    return report


def _link_evidence(evidence: dict[int, str]) -> None:
    """Point each imported commitment's evidence at the local annotation with that uuid (or drop the link)."""
    for annotation_id, evidence_uuid in evidence.items():
        target = Annotation.get_or_none(Annotation.uuid == evidence_uuid) if evidence_uuid else None
        row = Annotation.get_by_id(annotation_id)
        extra = json.loads(row.extra) if row.extra else {}
        if target is not None:
            extra["evidence"] = target.id
        else:
            extra.pop("evidence", None)
        Annotation.update(extra=json.dumps(extra, ensure_ascii=False, sort_keys=True)).where(
            Annotation.id == annotation_id
        ).execute()
