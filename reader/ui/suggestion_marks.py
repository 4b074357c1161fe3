"""Suggested commitments marked in the reading view, and accepted or rejected from its context menu.

The marks show while View → Show suggested commitments (kept in QSettings) or the Commitments panel is
on. With the panel open its issue-wide list is used; otherwise the open article's suggestions are
detected in the background, since the first detection loads word segmentation (seconds).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from reader.ui import panels

KEY_SHOW_SUGGESTIONS = "view/show_suggestions"


def truthy(value: Any) -> bool:
    """QSettings hands booleans back as "true"/"false" from INI files."""
    return value is True or str(value).lower() in ("true", "1")


class SuggestionMarks(QObject):
    """Keeps the reading view's suggestion marks in step with the open article and the user's decisions."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.suggestions: list[Any] = []  # the panel's (whole issue) or our own (one article)
        self._job: Any = None
        window.view.acceptSuggestionRequested.connect(lambda s: self.decide(s, accept=True))
        window.view.rejectSuggestionRequested.connect(lambda s: self.decide(s, accept=False))

    def enabled(self) -> bool:
        return truthy(self.window.settings.value(KEY_SHOW_SUGGESTIONS, False))

    def shown(self) -> bool:
        dock = self.window.commitments_dock
        return self.enabled() or (dock is not None and dock.isVisible())

    def set_enabled(self, on: bool) -> None:
        self.window.settings.setValue(KEY_SHOW_SUGGESTIONS, bool(on))
        self.refresh()

    def from_panel(self, suggestions: list[Any]) -> None:
        """The Commitments panel listed ``suggestions`` (its issue's)."""
        self.suggestions = list(suggestions)
        self.paint()

    def article_opened(self, article: Any) -> None:
        if self.suggestions and self.suggestions[0].issue_id != article.issue_id:
            self.suggestions = []
        self.paint()
        if self.shown() and not any(s.article_id == article.id for s in self.suggestions):
            self.refresh()

    def refresh(self) -> None:
        """Find the open article's suggestions again (after a decision, or when the marks are switched on)."""
        window = self.window
        article = window.article
        if article is None or not self.shown() or not panels.available("commitments_panel"):
            self.paint()
            return
        dock = window.commitments_dock
        panel = dock.widget() if dock is not None else None
        if panel is not None and dock.isVisible() and getattr(panel, "issue_id", None) == article.issue_id:
            self.suggestions = list(panel.suggestions)  # the panel has them already and says when they change
            self.paint()
            return
        from reader.ui.worker import Job

        article_id = article.id

        def detect(_job: Job) -> Any:
            from reader.commitments.library import suggest

            return article_id, suggest(article_id=article_id)

        if self._job is not None and self._job.running:
            self._job.cancel()
        job = Job(detect, label="suggestions")  # no parent: it may outlive a closed window
        job.finished.connect(self._detected)
        job.failed.connect(self._failed)  # bound slots: dropped with this object when the window goes
        self._job = job.start()

    def _detected(self, result: tuple[int, list[Any]]) -> None:
        article_id, suggestions = result
        if self.window.article is not None and self.window.article.id == article_id:
            self.suggestions = list(suggestions)
            self.paint()

    def _failed(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    def paint(self) -> None:
        """Mark the suggestions falling in the open article (none while the marks are off)."""
        window = self.window
        if window.article is None:
            return
        items = [s for s in self.suggestions if s.article_id == window.article.id] if self.shown() else []
        window.view.set_suggestions(items, panels.suggestion_format() if items else None)

    def decide(self, suggestion: Any, *, accept: bool) -> bool:
        """Accept (as a 承诺 annotation) or reject ``suggestion`` through the panel's undoable commands."""
        from reader.ui.undo import push

        command = panels.suggestion_command(self.window.hub, suggestion, accept=accept)
        if command is None:
            return False
        done = push(self.window.undo_stack, command)
        if not done and getattr(command, "error", None):
            self.window.statusBar().showMessage(command.error, 8000)
        return done
