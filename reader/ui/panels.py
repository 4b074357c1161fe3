"""The secondary panels and dialogs the main window hosts, each created only when its module is installed.

They live in their own modules (search, annotation browser, show original, commitments, dialogs);
a module that is not there leaves its menu entry disabled instead of stopping the app.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from PySide6.QtWidgets import QWidget


def available(module: str) -> bool:
    """Whether ``reader.ui.<module>`` exists in this installation."""
    return importlib.util.find_spec(f"reader.ui.{module}") is not None


def _load(module: str) -> Any:
    return importlib.import_module(f"reader.ui.{module}") if available(module) else None


def search_panel(hub: Any) -> QWidget | None:
    module = _load("search_panel")
    return module.SearchPanel(hub) if module else None


def annotation_browser(hub: Any) -> QWidget | None:
    module = _load("annotation_browser")
    return module.AnnotationBrowser(hub) if module else None


def original_view() -> QWidget | None:
    module = _load("original_view")
    return module.OriginalView() if module else None


def commitments_panel(hub: Any, window: Any) -> QWidget | None:
    module = _load("commitments_panel")
    if module is None or not hasattr(module, "CommitmentsPanel"):
        return None
    return module.CommitmentsPanel(hub, undo_stack=window.undo_stack)


def suggestion_format() -> Any:
    """How the commitments panel wants its suggestions marked in the reading view (None: the view's own)."""
    module = _load("commitments_panel")
    return module.suggestion_format() if module is not None and hasattr(module, "suggestion_format") else None


def suggestion_command(hub: Any, suggestion: Any, *, accept: bool) -> Any:
    """The commitments panel's undo command accepting (as a 承诺 annotation) or rejecting one suggestion."""
    module = _load("commitments_panel")
    if module is None:
        return None
    return module.AcceptSuggestions(hub, [(suggestion, {})]) if accept else module.RejectSuggestions(hub, [suggestion])


def connect_open_signals(window: Any, widget: QWidget) -> None:
    """Search hits, browsed annotations and commitments open in the reading view."""
    for signal in ("openArticle", "openAnnotation"):
        if hasattr(widget, signal):
            getattr(widget, signal).connect(window.open_span)


def open_tag_manager(window: Any) -> QWidget | None:
    module = _load("tag_manager")
    if module is None:
        return None
    dialog = module.TagManagerDialog(window.hub, window.undo_stack, window)
    dialog.show()
    return dialog


def open_export(window: Any, *, tag: str | None = None) -> QWidget | None:
    module = _load("export_dialog")
    if module is None:
        return None
    source = window.article.source if window.article is not None else None
    dialog = module.ExportDialog(window, tag=tag, issue_source=source)
    dialog.show()
    return dialog


def open_preferences(window: Any) -> QWidget | None:
    module = _load("preferences")
    if module is None:
        return None
    dialog = module.PreferencesDialog(window.settings, window)
    dialog.changed.connect(window.preferences_changed)
    dialog.show()
    return dialog


def open_help(window: Any) -> QWidget | None:
    module = _load("help_dialog")
    if module is None:
        return None
    dialog = module.HelpDialog(window, window)
    dialog.show()
    return dialog


def show_about(window: Any) -> None:
    module = _load("help_dialog")
    if module is not None:
        module.show_about(window)
