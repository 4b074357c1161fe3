"""Choosing a highlight's tags: a list of chosen tags and a field completing over the library's tags."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.errors import ReaderError


def known_tags() -> list[str]:
    """Every tag label in the library, built-in ones first ("承诺"), then by use."""
    from reader.annotations.tags import ensure_builtin_tags, list_tags

    ensure_builtin_tags()
    tags = sorted(list_tags(), key=lambda t: (not t.builtin, -t.count, t.label))
    return [t.label for t in tags]


class _TagLine(QLineEdit):
    """Enter adds the typed (or completed) tag instead of closing the dialog."""

    def __init__(self, editor: TagEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        popup = self.completer().popup() if self.completer() else None
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (popup and popup.isVisible()):
            if self.text().strip():
                self.editor.add_current()
                return
        super().keyPressEvent(event)


class TagEditor(QDialog):
    """``tags()`` after ``exec()``; new tags are created when the highlight is saved."""

    def __init__(self, tags: Sequence[str] = (), *, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Tags"))
        self.setObjectName("tagEditor")
        self.list = QListWidget()
        self.list.setObjectName("chosenTags")
        self.list.setMaximumHeight(140)
        self.line = _TagLine(self)
        self.line.setObjectName("tagLine")
        self.line.setPlaceholderText(self.tr("Type a tag and press Enter (\"/\" nests: 政策/产业)"))
        self.model = QStringListModel(known_tags(), self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated.connect(self._completed)
        self.line.setCompleter(self.completer)
        add = QPushButton(self.tr("&Add"))
        add.setAutoDefault(False)
        add.clicked.connect(self.add_current)
        remove = QPushButton(self.tr("&Remove"))
        remove.setAutoDefault(False)
        remove.clicked.connect(self.remove_selected)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tags of this highlight:")))
        layout.addWidget(self.list)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for tag in tags:
            self._append(tag)
        self.resize(420, 320)

    def _completed(self, text: str) -> None:
        self.line.setText(text)
        self.add_current()

    def _append(self, label: str) -> None:
        item = QListWidgetItem(label)
        self.list.addItem(item)

    def add_current(self) -> bool:
        """Add the tag in the field (a new name creates a new tag when saved)."""
        from reader.annotations.tags import normalise_tag

        text = self.line.text().strip()
        if not text:
            return False
        try:
            key = normalise_tag(text)
        except ReaderError as exc:
            self.error.setText(str(exc))
            return False
        if key in {normalise_tag(t) for t in self.tags()}:
            self.line.clear()
            return False
        self._append(text)
        if text not in self.model.stringList():
            self.model.setStringList([*self.model.stringList(), text])
        self.error.clear()
        self.line.clear()
        return True

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def tags(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _accept(self) -> None:
        if self.line.text().strip() and not self.add_current():
            return
        self.accept()
