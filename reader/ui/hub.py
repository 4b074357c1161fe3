"""The one place the app announces what a core operation changed; every panel redraws from it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reader.changes import Changes


class Hub(QObject):
    """Re-broadcasts ``reader.changes.Changes`` records (Anki's ``operation_did_execute``)."""

    changed = Signal(object)  # reader.changes.Changes
    message = Signal(str)  # one line for the status bar (errors from undo/redo, import results)

    def publish(self, changes: Changes) -> None:
        """Tell every panel what changed."""
        self.changed.emit(changes)

    def say(self, text: str) -> None:
        self.message.emit(text)
