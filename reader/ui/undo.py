"""Undoable annotation edits and manual repair fixes: each command keeps ids and values, never ORM rows.

``redo()`` calls one core operation and ``undo()`` its inverse; both publish the ``Changes`` on the hub.
Use :func:`push` so an operation the core refuses is reported and never lands on the stack.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from reader.changes import Changes
from reader.errors import ReaderError
from reader.repair.model import Override

NOTE_MERGE_ID = 7301  # consecutive edits of one note merge into one undo step


def _tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


def _short(text: str, limit: int = 16) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CoreCommand(QUndoCommand):
    """Base: runs ``apply``/``revert``, publishes their Changes, reports a refusal instead of crashing."""

    def __init__(self, hub: Any, text: str) -> None:
        super().__init__(text)
        self.hub = hub
        self.error: str | None = None
        self._already_done = False

    def apply(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError

    def _run(self, step) -> None:
        try:
            changes = step()
        except ReaderError as exc:
            self.error = str(exc)
            if self.hub is not None:
                self.hub.say(str(exc))
            self.setObsolete(True)  # the data moved on under us; drop the step rather than lie
            return
        self.error = None
        if self.hub is not None:
            self.hub.publish(changes)

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)


def push(stack: QUndoStack, command: CoreCommand) -> bool:
    """Do ``command`` now; put it on ``stack`` only when the core accepted it. Returns success."""
    command._run(command.apply)
    if command.error is not None:
        return False
    command._already_done = True
    stack.push(command)
    return True


def _annotation_changes(article_id: int | None, *, tags: bool = False) -> Changes:
    articles = frozenset({article_id}) if article_id else frozenset()
    return Changes(annotations=True, tags=tags, articles=articles)


class CreateAnnotation(CoreCommand):
    """Highlight a span; undo moves it to the trash, redo brings the same annotation back."""

    def __init__(self, hub: Any, *, article_id: int, start: int, end: int, color: str = "yellow",
                 tags: Sequence[str] = (), note: str = "", quote: str = "") -> None:
        super().__init__(hub, _tr("Highlight “%1”").replace("%1", _short(quote)) if quote else _tr("Highlight"))
        self.article_id, self.start, self.end = article_id, start, end
        self.color, self.tags, self.note = color, list(tags), note
        self.annotation_id: int | None = None

    def apply(self) -> Changes:
        from reader.annotations.ops import create_annotation, restore_annotation

        if self.annotation_id is None:
            view = create_annotation(article_id=self.article_id, start=self.start, end=self.end,
                                     tags=self.tags, note=self.note, color=self.color)
            self.annotation_id = view.id
            return _annotation_changes(self.article_id, tags=True)
        return restore_annotation(self.annotation_id)

    def revert(self) -> Changes:
        from reader.annotations.ops import delete_annotation

        return delete_annotation(self.annotation_id)


class DeleteAnnotation(CoreCommand):
    """Move a highlight to the trash; undo restores it."""

    def __init__(self, hub: Any, annotation_id: int, *, quote: str = "") -> None:
        super().__init__(hub, _tr("Delete highlight “%1”").replace("%1", _short(quote)))
        self.annotation_id = annotation_id

    def apply(self) -> Changes:
        from reader.annotations.ops import delete_annotation

        return delete_annotation(self.annotation_id)

    def revert(self) -> Changes:
        from reader.annotations.ops import restore_annotation

        return restore_annotation(self.annotation_id)


class _UpdateAnnotation(CoreCommand):
    """Set one field of an annotation from ``old`` to ``new`` and back."""

    field = ""

    def __init__(self, hub: Any, annotation_id: int, *, old: Any, new: Any, article_id: int | None, text: str) -> None:
        super().__init__(hub, text)
        self.annotation_id, self.old, self.new, self.article_id = annotation_id, old, new, article_id

    def _set(self, value: Any) -> Changes:
        from reader.annotations.ops import update_annotation

        update_annotation(self.annotation_id, **{self.field: value})
        return _annotation_changes(self.article_id, tags=self.field == "tags")

    def apply(self) -> Changes:
        return self._set(self.new)

    def revert(self) -> Changes:
        return self._set(self.old)


class RecolourAnnotation(_UpdateAnnotation):
    field = "color"

    def __init__(self, hub: Any, annotation_id: int, *, old: str, new: str, article_id: int | None = None) -> None:
        super().__init__(hub, annotation_id, old=old, new=new, article_id=article_id,
                         text=_tr("Change colour to %1").replace("%1", _tr(new)))


class RetagAnnotation(_UpdateAnnotation):
    field = "tags"

    def __init__(self, hub: Any, annotation_id: int, *, old: Sequence[str], new: Sequence[str],
                 article_id: int | None = None) -> None:
        label = "、".join(new) if new else _tr("no tags")
        super().__init__(hub, annotation_id, old=list(old), new=list(new), article_id=article_id,
                         text=_tr("Set tags: %1").replace("%1", _short(label, 24)))


class EditNote(_UpdateAnnotation):
    field = "note"

    def __init__(self, hub: Any, annotation_id: int, *, old: str, new: str, article_id: int | None = None) -> None:
        super().__init__(hub, annotation_id, old=old, new=new, article_id=article_id,
                         text=_tr("Edit note “%1”").replace("%1", _short(new) or _tr("(empty)")))

    def id(self) -> int:
        return NOTE_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditNote) or other.annotation_id != self.annotation_id:
            return False
        self.new = other.new
        self.setText(other.text())
        return True


class ManualFix(CoreCommand):
    """A manual repair fix: stored as an override, the issue re-repaired and its annotations re-anchored."""

    def __init__(self, hub: Any, issue_id: int, override: Override) -> None:
        where = f"{override.a}" + (f" → {override.b}" if override.b else "")
        super().__init__(hub, _tr("Manual fix: %1 %2").replace("%1", _tr(override.op)).replace("%2", where))
        self.issue_id, self.override = issue_id, override
        self.override_id: int | None = None

    def apply(self) -> Changes:
        from reader.library.overrides import add_override, list_overrides

        changes = add_override(self.issue_id, self.override)
        self.override_id = list_overrides(self.issue_id)[-1].id
        return changes

    def revert(self) -> Changes:
        from reader.library.overrides import remove_override

        return remove_override(self.override_id)
