"""Tags: width/case-normalised names, nesting with "/", colours, rename, merge, delete."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from peewee import JOIN, fn

from reader.annotations.colors import resolve_color
from reader.annotations.views import TagView
from reader.changes import Changes
from reader.errors import ReaderError
from reader.library.models import Annotation, AnnotationTag, Tag, database

BUILTIN_TAGS = {"承诺": "yellow"}  # commitments are what this reader is for
MAX_TAG_LENGTH = 100


def _clean(name: str) -> str:
    # NFKC folds full-width letters, digits, "／" and the ideographic space to their ASCII forms.
    text = unicodedata.normalize("NFKC", name)
    parts = [re.sub(r"\s+", " ", part).strip() for part in text.split("/")]
    return "/".join(part for part in parts if part)


def normalise_tag(name: str) -> str:
    """The key a tag is stored and matched under: NFKC, casefolded, trimmed, "/" separators collapsed."""
    key = _clean(name).casefold()
    if not key:
        raise ReaderError(f"tag {name!r} is empty")
    if len(key) > MAX_TAG_LENGTH:
        raise ReaderError(f"tag {name[:20]!r}… is longer than {MAX_TAG_LENGTH} characters")
    return key


def tag_label(name: str) -> str:
    """How a new tag is shown: as typed, with the same width and separator clean-up but its case kept."""
    normalise_tag(name)  # same validation
    return _clean(name)


def find_tag(name: str) -> Tag:
    tag = Tag.get_or_none(Tag.name == normalise_tag(name))
    if tag is None:
        raise ReaderError(f"no tag {name!r} (see `reader tags`)")
    return tag


def get_or_create_tag(name: str) -> Tag:
    key = normalise_tag(name)
    tag = Tag.get_or_none(Tag.name == key)
    if tag is None:
        tag = Tag.create(name=key, label=tag_label(name), color="")
    return tag


def ensure_builtin_tags() -> None:
    """Create the built-in tags ("承诺") if missing (no write when they are there)."""
    keys = {normalise_tag(name): (name, color) for name, color in BUILTIN_TAGS.items()}
    present = {t.name: t for t in Tag.select().where(Tag.name.in_(list(keys)))}
    if all(key in present and present[key].builtin for key in keys):
        return
    with database.atomic():
        for key, (name, color) in keys.items():
            if key not in present:
                Tag.create(name=key, label=name, color=color, builtin=True)
            elif not present[key].builtin:
                Tag.update(builtin=True).where(Tag.id == present[key].id).execute()


def set_annotation_tags(annotation_id: int, names: Iterable[str]) -> None:
    """Replace an annotation's tags (duplicates after normalising count once)."""
    tags = {}
    for name in names:
        tag = get_or_create_tag(name)
        tags[tag.id] = tag
    AnnotationTag.delete().where(AnnotationTag.annotation == annotation_id).execute()
    for tag_id in tags:
        AnnotationTag.create(annotation=annotation_id, tag=tag_id)


def tag_ids_under(name: str) -> list[int]:
    """Ids of the tag ``name`` and of every tag nested below it ("承诺" → "承诺", "承诺/经济", …)."""
    key = normalise_tag(name)
    query = Tag.select(Tag.id).where((Tag.name == key) | (Tag.name.startswith(key + "/")))
    return [t.id for t in query]


def _view(tag: Tag, count: int) -> TagView:
    return TagView(id=tag.id, name=tag.name, label=tag.label, color=tag.color, count=count, builtin=tag.builtin)


def list_tags() -> list[TagView]:
    """Every tag with the number of annotations (not in the trash) carrying it, sorted by name."""
    ensure_builtin_tags()
    live = (
        AnnotationTag.select(AnnotationTag.tag, fn.COUNT(AnnotationTag.id).alias("n"))
        .join(Annotation)
        .where(Annotation.deleted.is_null())
        .group_by(AnnotationTag.tag)
    )
    counts = {row.tag_id: row.n for row in live}
    return [_view(tag, counts.get(tag.id, 0)) for tag in Tag.select().order_by(Tag.name)]


def _refuse_builtin(tag: Tag, action: str) -> None:
    if tag.builtin:
        raise ReaderError(f"tag {tag.label!r} is built in and cannot be {action}")


def _descendants(tag: Tag) -> list[Tag]:
    return list(Tag.select().where(Tag.name.startswith(tag.name + "/")))


def _tail(child: Tag, parent: Tag) -> str:
    """The part of ``child``'s label below ``parent`` ("承诺/Economy" under "承诺" → "/Economy")."""
    depth = parent.name.count("/") + 1
    return "/" + "/".join(child.label.split("/")[depth:])


def _move_links(source_id: int, target_id: int) -> None:
    already = {
        link.annotation_id
        for link in AnnotationTag.select(AnnotationTag.annotation).where(AnnotationTag.tag == target_id)
    }
    for link in AnnotationTag.select().where(AnnotationTag.tag == source_id):
        if link.annotation_id not in already:
            AnnotationTag.create(annotation=link.annotation_id, tag=target_id)
    Tag.delete().where(Tag.id == source_id).execute()  # cascades the remaining links


def _rehome(tag: Tag, new_name: str) -> None:
    """Give ``tag`` the name ``new_name`` (merging into an existing tag of that name)."""
    key = normalise_tag(new_name)
    existing = Tag.get_or_none(Tag.name == key)
    if existing is None:
        Tag.update(name=key, label=tag_label(new_name)).where(Tag.id == tag.id).execute()
    elif existing.id != tag.id:
        _move_links(tag.id, existing.id)


def rename_tag(old: str, new: str) -> Changes:
    """Rename a tag and the tags nested below it; renaming onto an existing tag is refused (use merge)."""
    tag = find_tag(old)
    _refuse_builtin(tag, "renamed")
    key = normalise_tag(new)
    if key == tag.name:  # only the label changes ("Economy" → "economy")
        Tag.update(label=tag_label(new)).where(Tag.id == tag.id).execute()
        return Changes(tags=True, annotations=True)
    if Tag.get_or_none(Tag.name == key) is not None:
        raise ReaderError(f"tag {new!r} already exists; use `reader tag merge {old} {new}`")
    if key.startswith(tag.name + "/"):
        raise ReaderError(f"cannot move tag {old!r} below itself")
    with database.atomic():
        for child in _descendants(tag):
            _rehome(child, tag_label(new) + _tail(child, tag))
        _rehome(tag, new)
    return Changes(tags=True, annotations=True)


def merge_tags(source: str, target: str) -> Changes:
    """Move every annotation of ``source`` (and its nested tags) to ``target``, then remove ``source``."""
    src = find_tag(source)
    _refuse_builtin(src, "merged away")
    dst = get_or_create_tag(target) if Tag.get_or_none(Tag.name == normalise_tag(target)) is None else find_tag(target)
    if src.id == dst.id:
        raise ReaderError(f"cannot merge tag {source!r} into itself")
    if dst.name.startswith(src.name + "/"):
        raise ReaderError(f"cannot merge tag {source!r} into a tag nested below it")
    with database.atomic():
        for child in _descendants(src):
            _rehome(child, dst.label + _tail(child, src))
        _move_links(src.id, dst.id)
    return Changes(tags=True, annotations=True)


def delete_tag(name: str) -> Changes:
    """Remove a tag from every annotation and from the list (the annotations stay)."""
    tag = find_tag(name)
    _refuse_builtin(tag, "deleted")
    tag.delete_instance()
    return Changes(tags=True, annotations=True)


def set_tag_color(name: str, color: str) -> Changes:
    """Colour a tag with a highlight colour name or ``#rrggbb`` ("" or "none" clears it)."""
    tag = find_tag(name)
    value = "" if color.strip().lower() in ("", "none") else resolve_color(color, allow_hex=True)
    Tag.update(color=value).where(Tag.id == tag.id).execute()
    return Changes(tags=True)


def tags_of(annotation_ids: Iterable[int]) -> dict[int, list[str]]:
    """Tag labels per annotation id, sorted by name, in one query."""
    ids = list(annotation_ids)
    result: dict[int, list[str]] = {i: [] for i in ids}
    if not ids:
        return result
    query = (
        AnnotationTag.select(AnnotationTag.annotation, Tag.label)
        .join(Tag, JOIN.INNER)
        .where(AnnotationTag.annotation.in_(ids))
        .order_by(Tag.name)
    )
    for row in query:
        result[row.annotation_id].append(row.tag.label)
    return result
