"""One function per user action on highlights: create, annotate by quote, edit, trash, restore, list."""

from __future__ import annotations

import datetime as _dt
import json
import uuid as _uuid
from collections.abc import Iterable, Sequence
from pathlib import PurePath
from typing import Any

from peewee import JOIN

from reader.annotations.colors import resolve_color
from reader.annotations.locate import context, folded_text
from reader.annotations.tags import ensure_builtin_tags, find_tag, set_annotation_tags, tag_ids_under, tags_of
from reader.annotations.views import AnnotationView, iso_utc, load_extra
from reader.changes import Changes
from reader.errors import ReaderError
from reader.library.models import Annotation, AnnotationTag, Article, Issue, database


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- looking things up ------------------------------------------------------------------------


def issues_named(source: str) -> list[Issue]:
    """Issues imported from ``source`` (the file or folder name, with or without its extension)."""
    name = source.strip().rstrip("/\\")
    name = PurePath(name).name or name
    exact = list(Issue.select().where(Issue.source == name).order_by(Issue.id))
    if exact:
        return exact
    near = Issue.select().where(Issue.source.startswith(name + ".")).order_by(Issue.id)
    return [i for i in near if PurePath(i.source).stem == name]


def check_filters(*, tag: str | None = None, source: str | None = None) -> None:
    """A misspelt tag or issue name is an error, not an empty listing (orphans keep their source name)."""
    if tag is not None:
        find_tag(tag)
    if source is not None and not issues_named(source):
        if not Annotation.select().where(Annotation.source == source.strip()).exists():
            raise ReaderError(f"no issue {source!r} in the library (see `reader issues`)")


def issue_for_source(source: str) -> Issue:
    """The one issue called ``source``; a clear error when there is none or several."""
    found = issues_named(source)
    if not found:
        raise ReaderError(f"no issue {source!r} in the library (see `reader issues`)")
    if len(found) > 1:
        ids = ", ".join(str(i.id) for i in found)
        raise ReaderError(f"{source!r} names {len(found)} issues (ids {ids}); re-import with --replace to keep one")
    return found[0]


def issue_articles(issue_id: int) -> list[Article]:
    """The issue's articles in reading order."""
    return list(Article.select().where(Article.issue == issue_id).order_by(Article.order, Article.id))


def _annotation(annotation_id: int | str) -> Annotation:
    text = str(annotation_id).strip()
    row = None
    if text.isdigit():
        row = Annotation.get_or_none(Annotation.id == int(text))
    if row is None:  # a uuid or its first characters (which may all be digits: "96248719")
        key = text.removeprefix("urn:uuid:").lower()
        if len(key) >= 8:
            matches = list(Annotation.select().where(Annotation.uuid.startswith(key)).limit(2))
            row = matches[0] if len(matches) == 1 else None
    if row is None:
        raise ReaderError(f"no annotation {text!r} (see `reader annotations`)")
    return row


# --- views --------------------------------------------------------------------------------------


def _views(rows: Sequence[Annotation]) -> list[AnnotationView]:
    tags = tags_of(r.id for r in rows)
    return [_to_view(r, tags.get(r.id, [])) for r in rows]


def _to_view(row: Annotation, tags: list[str]) -> AnnotationView:
    return AnnotationView(
        id=row.id,
        uuid=row.uuid,
        issue_id=row.issue_id,
        source=row.source,
        article_id=row.article_id,
        article_title=row.article_title,
        quote=row.quote,
        prefix=row.prefix,
        suffix=row.suffix,
        # An article or issue deleted under the annotation (foreign key set NULL) leaves it placeless.
        start=row.start if row.article_id else None,
        end=row.end if row.article_id else None,
        orphan=row.orphan or row.article_id is None,
        note=row.note,
        color=row.color,
        tags=list(tags),
        extra=load_extra(row.extra),
        created=iso_utc(row.created),
        modified=iso_utc(row.modified),
        deleted=iso_utc(row.deleted),
        anchor_method=row.anchor_method,
        anchor_score=row.anchor_score,
    )


def get_annotation(annotation_id: int | str) -> AnnotationView:
    """One annotation by id (or uuid, or a unique uuid prefix of 8+ characters)."""
    return _views([_annotation(annotation_id)])[0]


# --- creating -----------------------------------------------------------------------------------


def _check_span(article: Article, start: int, end: int) -> None:
    if not (0 <= start < end <= len(article.text)):
        raise ReaderError(f"span {start}:{end} is outside article {article.id} ({len(article.text)} characters)")
    if not article.text[start:end].strip():
        raise ReaderError(f"span {start}:{end} of article {article.id} is only whitespace")


def _dump_extra(extra: dict[str, Any] | None) -> str:
    if not extra:
        return ""
    try:
        return json.dumps(extra, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as exc:
        raise ReaderError(f"extra fields cannot be stored as JSON ({exc})") from exc


def create_annotation(
    *,
    article_id: int,
    start: int,
    end: int,
    tags: Iterable[str] = (),
    note: str = "",
    color: str = "yellow",
    extra: dict[str, Any] | None = None,
    uuid: str | None = None,
    created: _dt.datetime | None = None,
    modified: _dt.datetime | None = None,
) -> AnnotationView:
    """Highlight ``article.text[start:end]``, storing the quote with 32 characters of context."""
    article = Article.get_or_none(Article.id == article_id)
    if article is None:
        raise ReaderError(f"no article {article_id}")
    _check_span(article, start, end)
    color = resolve_color(color)
    tag_list = list(tags)
    now = _now()
    issue = article.issue
    prefix, suffix = context(article.text, start, end)
    with database.atomic():
        ensure_builtin_tags()
        row = Annotation.create(
            uuid=uuid or str(_uuid.uuid4()),
            issue=issue.id,
            issue_sha256=issue.sha256,
            source=issue.source,
            article=article.id,
            article_title=article.title,
            quote=article.text[start:end],
            prefix=prefix,
            suffix=suffix,
            start=start,
            end=end,
            orphan=False,
            anchor_method="created",
            anchor_score=1.0,
            note=note,
            color=color,
            extra=_dump_extra(extra),
            created=created or now,
            modified=modified or created or now,
        )
        set_annotation_tags(row.id, tag_list)
    return get_annotation(row.id)


def find_quote(issue_id: int, quote: str) -> list[tuple[Article, int, int]]:
    """Every occurrence of ``quote`` in the issue's repaired articles, in reading order."""
    found = []
    for article in issue_articles(issue_id):
        for start, end in folded_text(article.text).find_all(quote):
            found.append((article, start, end))
    return found


def _nth_occurrence(issue: Issue, quote: str, occurrence: int) -> tuple[Article, int, int]:
    if not quote.strip():
        raise ReaderError("the quote is empty")
    if occurrence < 1:
        raise ReaderError(f"--occurrence must be 1 or more, not {occurrence}")
    found = find_quote(issue.id, quote)
    if not found:
        raise ReaderError(f"quote {_short(quote)!r} not found in the repaired text of {issue.source}")
    if occurrence > len(found):
        raise ReaderError(f"quote {_short(quote)!r} occurs {len(found)} time(s) in {issue.source}, not {occurrence}")
    return found[occurrence - 1]


def annotate(
    *,
    source: str,
    quote: str,
    occurrence: int = 1,
    tags: Iterable[str] = (),
    note: str = "",
    color: str = "yellow",
    extra: dict[str, Any] | None = None,
) -> AnnotationView:
    """Highlight the ``occurrence``-th place ``quote`` appears in the repaired text of issue ``source``.

    Matching ignores whitespace and full/half width, so a quote copied across a line or column
    break of the original still matches the repaired text.
    """
    resolve_color(color)
    article, start, end = _nth_occurrence(issue_for_source(source), quote, occurrence)
    return create_annotation(
        article_id=article.id, start=start, end=end, tags=tags, note=note, color=color, extra=extra
    )


# --- changing -----------------------------------------------------------------------------------


def update_annotation(
    annotation_id: int | str,
    *,
    note: str | None = None,
    color: str | None = None,
    tags: Iterable[str] | None = None,
    extra: dict[str, Any] | None = None,
) -> AnnotationView:
    """Change an annotation's note, colour, tags (replacing them) or extra fields."""
    row = _annotation(annotation_id)
    fields: dict[Any, Any] = {}
    if note is not None:
        fields[Annotation.note] = note
    if color is not None:
        fields[Annotation.color] = resolve_color(color)
    if extra is not None:
        fields[Annotation.extra] = _dump_extra(extra)
    with database.atomic():
        if tags is not None:
            set_annotation_tags(row.id, list(tags))
        fields[Annotation.modified] = _now()
        Annotation.update(fields).where(Annotation.id == row.id).execute()
    return get_annotation(row.id)


def reattach_annotation(annotation_id: int | str, *, article_id: int, start: int, end: int) -> AnnotationView:
    """Anchor an annotation (typically an orphan) to ``article.text[start:end]`` by hand."""
    from reader.annotations.anchoring import Anchor, apply_anchor

    row = _annotation(annotation_id)
    article = Article.get_or_none(Article.id == article_id)
    if article is None:
        raise ReaderError(f"no article {article_id}")
    _check_span(article, start, end)
    issue = article.issue
    with database.atomic():
        Annotation.update(issue=issue.id, issue_sha256=issue.sha256, source=issue.source, modified=_now()).where(
            Annotation.id == row.id
        ).execute()
        apply_anchor(row, Anchor(article, start, end, "manual", 1.0))
    return get_annotation(row.id)


def reattach_to_quote(
    annotation_id: int | str, quote: str, *, occurrence: int = 1, source: str | None = None
) -> AnnotationView:
    """Re-attach an annotation to the ``occurrence``-th place ``quote`` appears in its issue (or ``source``)."""
    row = _annotation(annotation_id)
    if source is not None:
        issue = issue_for_source(source)
    elif row.issue_id is not None:
        issue = Issue.get_by_id(row.issue_id)
    else:
        raise ReaderError(f"annotation {row.id} has no issue in this library; name one with --source")
    article, start, end = _nth_occurrence(issue, quote, occurrence)
    return reattach_annotation(row.id, article_id=article.id, start=start, end=end)


def delete_annotation(annotation_id: int | str) -> Changes:
    """Move an annotation to the trash (``restore_annotation`` brings it back)."""
    row = _annotation(annotation_id)
    if row.deleted is None:
        Annotation.update(deleted=_now()).where(Annotation.id == row.id).execute()
    return Changes(annotations=True, tags=True, articles=_articles_of(row))


def restore_annotation(annotation_id: int | str) -> Changes:
    """Take an annotation out of the trash."""
    row = _annotation(annotation_id)
    if row.deleted is None:
        raise ReaderError(f"annotation {row.id} is not in the trash")
    Annotation.update(deleted=None).where(Annotation.id == row.id).execute()
    return Changes(annotations=True, tags=True, articles=_articles_of(row))


def purge_annotation(annotation_id: int | str) -> Changes:
    """Delete an annotation that is already in the trash, for good."""
    row = _annotation(annotation_id)
    if row.deleted is None:
        raise ReaderError(f"annotation {row.id} is not in the trash; delete it first")
    row.delete_instance()
    return Changes(annotations=True, tags=True, articles=_articles_of(row))


def _articles_of(row: Annotation) -> frozenset[int]:
    return frozenset({row.article_id}) if row.article_id else frozenset()


# --- listing ------------------------------------------------------------------------------------


def list_annotations(
    *,
    tag: str | None = None,
    source: str | None = None,
    article_id: int | None = None,
    issue_id: int | None = None,
    orphans: bool = False,
    trash: bool = False,
    text: str | None = None,
    color: str | None = None,
    ids: Iterable[int] | None = None,
) -> list[AnnotationView]:
    """Annotations matching every filter given, in reading order (orphans last).

    ``tag`` also matches tags nested below it; ``trash`` lists only the trash, otherwise the
    trash is left out; ``orphans`` lists only annotations that lost their place.
    """
    query = Annotation.select().join(Article, JOIN.LEFT_OUTER, on=(Annotation.article == Article.id))
    query = query.where(Annotation.deleted.is_null(False) if trash else Annotation.deleted.is_null())
    if orphans:
        query = query.where((Annotation.orphan == True) | Annotation.article.is_null())  # noqa: E712
    if tag is not None:
        tag_ids = tag_ids_under(tag)
        sub = AnnotationTag.select(AnnotationTag.annotation).where(AnnotationTag.tag.in_(tag_ids or [-1]))
        query = query.where(Annotation.id.in_(sub))
    if source is not None:
        named = [i.id for i in issues_named(source)]
        query = query.where(Annotation.issue.in_(named or [-1]) | (Annotation.source == source.strip()))
    if issue_id is not None:
        query = query.where(Annotation.issue == issue_id)
    if article_id is not None:
        query = query.where(Annotation.article == article_id)
    if color is not None:
        query = query.where(Annotation.color == resolve_color(color))
    if text:
        query = query.where(Annotation.quote.contains(text) | Annotation.note.contains(text))
    if ids is not None:
        query = query.where(Annotation.id.in_(list(ids) or [-1]))
    query = query.order_by(
        Annotation.article.is_null(), Annotation.issue, Article.order, Annotation.start, Annotation.id
    )
    return _views(list(query))
