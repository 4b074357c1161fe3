"""What the reading view offers on a selection or a highlight: its single-key shortcuts and context menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from reader.annotations.colors import COLORS
from reader.ui.selection_toolbar import COMMITMENT_TAG, color_icon, color_label


def install_key_shortcuts(view: Any) -> dict[str, QShortcut]:
    """Single keys while reading; QShortcuts (not key handling) so Help lists them."""
    entries = [(str(key), view.tr("Highlight the selection in %1 (or recolour the highlight at the cursor)")
                .replace("%1", color_label(name)), lambda n=name: view.colour_key(n))
               for key, name in enumerate(COLORS, start=1)]
    entries += [
        ("N", view.tr("Highlight the selection with a note"), lambda: view.selection_key(view.noteRequested)),
        ("T", view.tr("Highlight the selection with tags"), lambda: view.selection_key(view.tagsRequested)),
        ("C", view.tr("Highlight the selection as a commitment (%1)").replace("%1", COMMITMENT_TAG),
         lambda: view.selection_key(view.commitmentRequested)),
        ("Del", view.tr("Delete the highlight at the cursor"), view.delete_key),
    ]
    shortcuts: dict[str, QShortcut] = {}
    for key, what, slot in entries:
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.setWhatsThis(what)
        shortcut.activated.connect(slot)
        shortcuts[key] = shortcut
    return shortcuts


def context_menu(view: Any, pos: QPoint) -> QMenu:
    """Copy/select plus highlight actions for the selection, or edit actions for the highlight under ``pos``."""
    menu = view.createStandardContextMenu(pos)
    if view.article is None:
        return menu
    menu.addSeparator()
    if view.selection_span() is not None:
        colours = menu.addMenu(view.tr("&Highlight"))
        for key, (name, hex_value) in enumerate(COLORS.items(), start=1):
            action = colours.addAction(color_icon(hex_value), f"{color_label(name)}\t{key}")
            action.triggered.connect(lambda _=False, n=name: view.highlightRequested.emit(n))
        _add(menu, view.tr("Highlight with &note…\tN"), view.noteRequested.emit)
        _add(menu, view.tr("Highlight with &tags…\tT"), view.tagsRequested.emit)
        _add(menu, view.tr("Mark as &commitment (%1)\tC").replace("%1", COMMITMENT_TAG),
                  view.commitmentRequested.emit)
        return menu
    position = view.cursorForPosition(pos).position()
    inside = view.body_start <= position < view.body_end
    offset = view.article_offset(position)
    note = view.annotation_at(offset) if inside else None
    if note is not None:
        colours = menu.addMenu(view.tr("Change &colour"))
        for key, (name, hex_value) in enumerate(COLORS.items(), start=1):
            action = colours.addAction(color_icon(hex_value), f"{color_label(name)}\t{key}")
            action.setCheckable(True)
            action.setChecked(name == note.color)
            action.triggered.connect(lambda _=False, n=name, i=note.id: view.recolourRequested.emit(i, n))
        _add(menu, view.tr("Edit &note…"), lambda i=note.id: view.editNoteRequested.emit(i))
        _add(menu, view.tr("Edit &tags…"), lambda i=note.id: view.editTagsRequested.emit(i))
        _add(menu, view.tr("&Delete highlight\tDel"), lambda i=note.id: view.deleteRequested.emit(i))
        return menu
    suggestion = view.suggestion_at(offset) if inside else None
    if suggestion is not None:
        accept = _add(menu, view.tr("&Accept suggested commitment (%1)").replace("%1", COMMITMENT_TAG),
                      lambda s=suggestion: view.acceptSuggestionRequested.emit(s))
        accept.setObjectName("acceptSuggestion")
        reject = _add(menu, view.tr("&Reject suggested commitment"),
                      lambda s=suggestion: view.rejectSuggestionRequested.emit(s))
        reject.setObjectName("rejectSuggestion")
    return menu


def suggestion_tooltip(view: Any, suggestion: Any) -> str:
    """What a suggested commitment says it found, and how to decide on it."""
    import html

    from reader.commitments.tracking import format_value

    fields = " ".join(str(part) for part in (suggestion.metric, format_value(suggestion.value) + suggestion.unit,
                                             suggestion.qualifier, suggestion.period) if part)
    return (f"<b>{html.escape(view.tr('Suggested commitment'))}</b><br>{html.escape(fields)}<br>"
            + html.escape(view.tr("Confidence %1 · right-click to accept or reject")
                          .replace("%1", f"{suggestion.confidence:.2f}")))


def _add(menu: QMenu, text: str, slot) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(lambda _=False: slot())
    return action
