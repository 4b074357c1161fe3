"""Undoable tag operations (rename, merge, delete, recolour) for the shared QUndoStack (see reader.ui.undo)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication
from reader.changes import Changes
from reader.ui.undo import CoreCommand

TAG_CHANGES = Changes(tags=True, annotations=True)


@dataclass
class TagSnapshot:
    """Enough to put tags back: every tag's label and colour, and the tag lists of the annotations touched."""

    tags: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (label, colour)
    annotation_tags: dict[int, list[str]] = field(default_factory=dict)  # annotation id -> tag labels


def snapshot(names: list[str]) -> TagSnapshot:
    """Record all tags, and every annotation (trash included) carrying ``names`` or tags nested below them."""
    from reader.annotations.ops import list_annotations
    from reader.annotations.tags import list_tags

    snap = TagSnapshot(tags={t.name: (t.label, t.color) for t in list_tags()})
    for name in names:
        for trash in (False, True):
            for view in list_annotations(tag=name, trash=trash):
                snap.annotation_tags[view.id] = list(view.tags)
    return snap


def restore(snap: TagSnapshot) -> None:
    """Give the recorded annotations their old tags back, recreate lost tags, drop tags the operation made."""
    from reader.annotations.ops import update_annotation
    from reader.annotations.tags import delete_tag, get_or_create_tag, list_tags, set_tag_color

    for annotation_id, labels in snap.annotation_tags.items():
        update_annotation(annotation_id, tags=labels)
    now = {t.name: t for t in list_tags()}
    for name, (label, color) in snap.tags.items():
        if name not in now:
            get_or_create_tag(label)  # a tag that had no annotations still comes back
        if now.get(name) is None or now[name].color != color:
            set_tag_color(label, color)
    for name, tag in now.items():
        if name not in snap.tags and tag.count == 0 and not tag.builtin:
            delete_tag(tag.label)


class TagCommand(CoreCommand):
    """Runs ``apply_fn`` on redo and ``revert_fn`` on undo; push it with ``reader.ui.undo.push``."""

    def __init__(self, hub: Any, text: str, apply_fn: Callable[[], object], revert_fn: Callable[[], object]) -> None:
        super().__init__(hub, text)
        self._apply_fn, self._revert_fn = apply_fn, revert_fn

    def apply(self) -> Changes:
        return _changes(self._apply_fn())

    def revert(self) -> Changes:
        return _changes(self._revert_fn())


def _changes(result: object) -> Changes:
    """Tag operations touch the tags and the annotations carrying them, whatever the core reported."""
    return (result if isinstance(result, Changes) else TAG_CHANGES) | TAG_CHANGES


def rename_command(hub: Any, old: str, new: str) -> TagCommand:
    from reader.annotations.tags import rename_tag

    text = QCoreApplication.translate("TagCommands", "Rename tag “%1” to “%2”").replace("%1", old).replace("%2", new)
    return TagCommand(hub, text, lambda: rename_tag(old, new), lambda: rename_tag(new, old))


def merge_command(hub: Any, source: str, target: str, snap: TagSnapshot) -> TagCommand:
    from reader.annotations.tags import merge_tags

    text = QCoreApplication.translate("TagCommands", "Merge tag “%1” into “%2”").replace("%1", source).replace("%2", target)
    return TagCommand(hub, text, lambda: merge_tags(source, target), lambda: restore(snap))


def delete_command(hub: Any, name: str, snap: TagSnapshot) -> TagCommand:
    from reader.annotations.tags import delete_tag

    text = QCoreApplication.translate("TagCommands", "Delete tag “%1”").replace("%1", name)
    return TagCommand(hub, text, lambda: delete_tag(name), lambda: restore(snap))


def color_command(hub: Any, name: str, old: str, new: str) -> TagCommand:
    from reader.annotations.tags import set_tag_color

    text = QCoreApplication.translate("TagCommands", "Recolour tag “%1”").replace("%1", name)
    return TagCommand(hub, text, lambda: set_tag_color(name, new), lambda: set_tag_color(name, old))
