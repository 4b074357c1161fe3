"""The right-hand panel: the current article's highlights with colour, quote, tags and note, edited in place."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.annotations.colors import COLORS, color_hex
from reader.ui.selection_toolbar import color_icon, color_label

QUOTE_LIMIT = 140


class AnnotationCard(QFrame):
    """One highlight: a colour bar, the quote, its tags and an editable note."""

    def __init__(self, panel: AnnotationsPanel, view: Any) -> None:
        super().__init__()
        self.setObjectName("annotationCard")
        self.view = view
        bar = QFrame()
        bar.setFixedWidth(5)
        bar.setStyleSheet(f"background: {color_hex(view.color)}; border-radius: 2px;")
        quote = view.quote if len(view.quote) <= QUOTE_LIMIT else view.quote[: QUOTE_LIMIT - 1] + "…"
        self.quote = QLabel(html.escape(quote))
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.RichText)
        if view.orphan:
            self.quote.setText("<i>" + html.escape(quote) + "</i> " + panel.tr("(lost its place)"))
        self.tags = QLabel(" ".join(f"<span style='color:palette(link)'>#{html.escape(t)}</span>" for t in view.tags))
        self.tags.setVisible(bool(view.tags))
        self.note = QLineEdit(view.note)
        self.note.setObjectName("noteEdit")
        self.note.setPlaceholderText(panel.tr("Add a note…"))
        self.note.setFrame(False)
        self.note.setCursorPosition(0)  # long notes show their beginning, not their end
        self.note.setToolTip(view.note)
        self.note.setStyleSheet("QLineEdit:!focus { background: transparent; }")
        self.note.editingFinished.connect(lambda: panel.commit_note(self))
        colour = QToolButton()
        colour.setIcon(color_icon(color_hex(view.color), 12))
        colour.setToolTip(panel.tr("Change colour"))
        colour.setAutoRaise(True)
        colour.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(colour)
        for name, hex_value in COLORS.items():
            action = menu.addAction(color_icon(hex_value), color_label(name))
            action.triggered.connect(lambda _=False, n=name: panel.recolourRequested.emit(view.id, n))
        colour.setMenu(menu)
        tag_button = QToolButton()
        tag_button.setText("#")
        tag_button.setToolTip(panel.tr("Edit tags…"))
        tag_button.setAutoRaise(True)
        tag_button.clicked.connect(lambda: panel.editTagsRequested.emit(view.id))
        delete = QToolButton()
        delete.setText("✕")
        delete.setToolTip(panel.tr("Delete highlight (Del)"))
        delete.setAutoRaise(True)
        delete.clicked.connect(lambda: panel.deleteRequested.emit(view.id))
        tools = QHBoxLayout()
        tools.setSpacing(0)
        tools.addWidget(self.note, 1)
        tools.addWidget(colour)
        tools.addWidget(tag_button)
        tools.addWidget(delete)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.quote)
        text.addWidget(self.tags)
        text.addLayout(tools)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(bar)
        layout.addLayout(text, 1)


class _List(QListWidget):
    def __init__(self, panel: AnnotationsPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        item = self.currentItem()
        if item is not None and event.key() == Qt.Key.Key_Delete:
            self.panel.deleteRequested.emit(item.data(Qt.ItemDataRole.UserRole))
            return
        if item is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.panel.activated.emit(item.data(Qt.ItemDataRole.UserRole))
            return
        super().keyPressEvent(event)


class AnnotationsPanel(QWidget):
    """Lists highlights in reading order; clicking one asks the reading view to scroll to it."""

    activated = Signal(int)
    noteEdited = Signal(int, str, str)  # id, old note, new note
    recolourRequested = Signal(int, str)
    editTagsRequested = Signal(int)
    deleteRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationsPanel")
        self.heading = QLabel()
        self.heading.setObjectName("annotationsHeading")
        self.list = _List(self)
        self.list.setObjectName("annotationList")
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(2)
        self.list.itemClicked.connect(lambda item: self.activated.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.empty = QLabel(self.tr("No highlights in this article yet.\n\nSelect text, then press 1–5 "
                                    "or use the toolbar that appears."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        self._soften_selection()
        self.views: list[Any] = []
        self.set_annotations([])

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.PaletteChange:
            self._soften_selection()

    def _soften_selection(self) -> None:
        """A tinted, not solid, selected card: its tags and note stay readable in both themes."""
        from PySide6.QtGui import QColor, QPalette

        pal = self.palette()
        base, accent = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Highlight)
        tint = QColor(*(round(b * 0.78 + a * 0.22) for b, a in ((base.red(), accent.red()), (base.green(), accent.green()),
                                                                (base.blue(), accent.blue()))))
        own = self.list.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            own.setColor(group, QPalette.ColorRole.Highlight, tint)
            own.setColor(group, QPalette.ColorRole.HighlightedText, pal.color(QPalette.ColorRole.Text))
        self.list.setPalette(own)

    def set_annotations(self, views: list[Any]) -> None:
        """Show ``views`` (AnnotationViews), keeping the selected one selected."""
        current = self.current_id()
        self.views = list(views)
        self.list.clear()
        for view in self.views:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            card = AnnotationCard(self, view)
            item.setSizeHint(card.sizeHint())
            self.list.addItem(item)
            self.list.setItemWidget(item, card)
            if view.id == current:
                self.list.setCurrentItem(item)
        self.heading.setText(self.tr("Highlights (%1)").replace("%1", str(len(self.views))))
        self.list.setVisible(bool(self.views))
        self.empty.setVisible(not self.views)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, annotation_id: int) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == annotation_id:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)

    def card(self, annotation_id: int) -> AnnotationCard | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == annotation_id:
                return self.list.itemWidget(item)
        return None

    def commit_note(self, card: AnnotationCard) -> None:
        new = card.note.text()
        if new != card.view.note:
            old = card.view.note
            card.view = _with_note(card.view, new)  # a second editingFinished must not push twice
            self.noteEdited.emit(card.view.id, old, new)


def _with_note(view: Any, note: str) -> Any:
    from dataclasses import replace

    return replace(view, note=note)
