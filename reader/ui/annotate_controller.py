"""Turns requests from the reading view and the highlights panel into undoable core operations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QWidget

from reader.ui import undo
from reader.ui.annotations_panel import AnnotationsPanel
from reader.ui.reading_view import ReadingView
from reader.ui.selection_toolbar import COMMITMENT_TAG
from reader.ui.tag_editor import TagEditor


def ask_note_dialog(parent: QWidget, initial: str) -> str | None:
    text, ok = QInputDialog.getMultiLineText(parent, parent.tr("Note"), parent.tr("Note for this highlight:"), initial)
    return text if ok else None


def ask_tags_dialog(parent: QWidget, initial: Sequence[str]) -> list[str] | None:
    dialog = TagEditor(initial, parent=parent)
    return dialog.tags() if dialog.exec() else None


class AnnotateController(QObject):
    """Every change goes through ``undo.push`` so it lands on the stack only when the core accepted it."""

    def __init__(self, window: QWidget, hub: Any, stack: QUndoStack, view: ReadingView, panel: AnnotationsPanel) -> None:
        super().__init__(window)
        self.window, self.hub, self.stack, self.view, self.panel = window, hub, stack, view, panel
        # Dialogs are replaceable so tests (and scripts) can answer them without a modal loop.
        self.ask_note: Callable[[QWidget, str], str | None] = ask_note_dialog
        self.ask_tags: Callable[[QWidget, Sequence[str]], list[str] | None] = ask_tags_dialog
        view.highlightRequested.connect(lambda color: self.highlight(color=color))
        view.noteRequested.connect(self.highlight_with_note)
        view.tagsRequested.connect(self.highlight_with_tags)
        view.commitmentRequested.connect(lambda: self.highlight(tags=[COMMITMENT_TAG]))
        view.recolourRequested.connect(self.recolour)
        view.editNoteRequested.connect(self.edit_note)
        view.editTagsRequested.connect(self.edit_tags)
        view.deleteRequested.connect(self.delete)
        panel.recolourRequested.connect(self.recolour)
        panel.editTagsRequested.connect(self.edit_tags)
        panel.deleteRequested.connect(self.delete)
        panel.noteEdited.connect(lambda i, old, new: self._push(undo.EditNote(hub, i, old=old, new=new, article_id=self._article())))

    def _article(self) -> int | None:
        return self.view.article.id if self.view.article is not None else None

    def _find(self, annotation_id: int) -> Any:
        for view in self.view.annotations:
            if view.id == annotation_id:
                return view
        from reader.annotations.ops import get_annotation

        return get_annotation(annotation_id)

    def _push(self, command: undo.CoreCommand) -> bool:
        return undo.push(self.stack, command)

    # -- creating ------------------------------------------------------------------------------
    def highlight(self, *, color: str = "yellow", tags: Sequence[str] = (), note: str = "") -> int | None:
        """Highlight the reading view's selection; returns the new annotation's id."""
        span = self.view.selection_span()
        if span is None or self.view.article is None:
            self.hub.say(self.window.tr("Select some text of the article first."))
            return None
        start, end = span
        command = undo.CreateAnnotation(self.hub, article_id=self.view.article.id, start=start, end=end, color=color,
                                        tags=tags, note=note, quote=self.view.article.text[start:end])
        if not self._push(command):
            return None
        self.view.active_annotation = command.annotation_id
        cursor = self.view.textCursor()
        cursor.clearSelection()
        self.view.setTextCursor(cursor)
        self.panel.select(command.annotation_id)
        return command.annotation_id

    def highlight_with_note(self) -> None:
        if self.view.selection_span() is None:
            return
        note = self.ask_note(self.window, "")
        if note is not None:
            self.highlight(note=note)

    def highlight_with_tags(self) -> None:
        if self.view.selection_span() is None:
            return
        tags = self.ask_tags(self.window, [])
        if tags is not None:
            self.highlight(tags=tags)

    # -- changing ------------------------------------------------------------------------------
    def recolour(self, annotation_id: int, color: str) -> None:
        view = self._find(annotation_id)
        if view.color != color:
            self._push(undo.RecolourAnnotation(self.hub, annotation_id, old=view.color, new=color, article_id=view.article_id))

    def edit_note(self, annotation_id: int) -> None:
        view = self._find(annotation_id)
        note = self.ask_note(self.window, view.note)
        if note is not None and note != view.note:
            self._push(undo.EditNote(self.hub, annotation_id, old=view.note, new=note, article_id=view.article_id))

    def edit_tags(self, annotation_id: int) -> None:
        view = self._find(annotation_id)
        tags = self.ask_tags(self.window, view.tags)
        if tags is not None and tags != list(view.tags):
            self._push(undo.RetagAnnotation(self.hub, annotation_id, old=view.tags, new=tags, article_id=view.article_id))

    def delete(self, annotation_id: int) -> None:
        view = self._find(annotation_id)
        self._push(undo.DeleteAnnotation(self.hub, annotation_id, quote=view.quote))

    def manual_fix(self, issue_id: int, override: Any) -> None:
        self._push(undo.ManualFix(self.hub, issue_id, override))
