"""Find in the article (Ctrl+F): a bar under the reading view marking every match."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.ui.reading_view import ReadingView


class _FindEdit(QLineEdit):
    def __init__(self, bar: FindBar) -> None:
        super().__init__(bar)
        self.bar = bar

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.bar.step(backward=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            return
        if event.key() == Qt.Key.Key_Escape:
            self.bar.close_bar()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """Enter: next match, Shift+Enter: previous, Esc: close."""

    def __init__(self, view: ReadingView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.view = view
        self.edit = _FindEdit(self)
        self.edit.setPlaceholderText(self.tr("Find in article"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.search)
        self.count = QLabel()
        self.count.setMinimumWidth(90)
        previous = QToolButton(self)
        previous.setText("▲")
        previous.setToolTip(self.tr("Previous match (Shift+Enter)"))
        previous.clicked.connect(lambda: self.step(backward=True))
        following = QToolButton(self)
        following.setText("▼")
        following.setToolTip(self.tr("Next match (Enter)"))
        following.clicked.connect(lambda: self.step())
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.total = 0
        self.hide()

    def open_bar(self) -> None:
        selected = self.view.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) < 60:
            self.edit.setText(selected)
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self.search(self.edit.text())

    def close_bar(self) -> None:
        self.view.set_find("")
        self.hide()
        self.view.setFocus()

    def search(self, term: str) -> None:
        self.total = self.view.set_find(term)
        if term and self.total:
            self._show(self.view.find_step())
        else:
            self.count.setText(self.tr("no matches") if term else "")

    def refresh(self) -> None:
        """Re-mark after the article changed under the bar."""
        if self.isVisible():
            self.total = self.view.set_find(self.edit.text())
            self.count.setText(self.tr("%1 matches").replace("%1", str(self.total)) if self.edit.text() else "")

    def step(self, *, backward: bool = False) -> None:
        if self.total:
            self._show(self.view.find_step(backward=backward))

    def _show(self, index: int) -> None:
        self.count.setText(self.tr("%1 of %2").replace("%1", str(index)).replace("%2", str(self.total)))
