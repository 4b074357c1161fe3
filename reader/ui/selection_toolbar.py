"""The small floating toolbar over a text selection: five colours, note, tags, and the 承诺 tag."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from reader.annotations.colors import COLORS

COMMITMENT_TAG = "承诺"


def color_label(name: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {"yellow": "Yellow", "green": "Green", "blue": "Blue", "pink": "Pink", "purple": "Purple"}
    return QCoreApplication.translate("colors", labels.get(name, name))


def color_icon(hex_value: str, size: int = 16) -> QIcon:
    """A round swatch of ``hex_value``."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 90))
    painter.setBrush(QColor(hex_value))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class SelectionToolbar(QFrame):
    """Shown by the reading view next to a mouse selection; each button says what it will do."""

    colorChosen = Signal(str)
    noteChosen = Signal()
    tagsChosen = Signal()
    commitmentChosen = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("selectionToolbar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#selectionToolbar { border: 1px solid palette(mid); border-radius: 6px;"
                           " background: palette(window); }")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for key, (name, hex_value) in enumerate(COLORS.items(), start=1):
            button = self._button(self.tr("Highlight %1 (%2)").replace("%1", color_label(name)).replace("%2", str(key)))
            button.setIcon(color_icon(hex_value))
            button.clicked.connect(lambda _=False, n=name: self.colorChosen.emit(n))
            self.buttons[name] = button
            layout.addWidget(button)
        for key, text, tip, signal in (
            ("note", self.tr("Note"), self.tr("Highlight and add a note (N)"), self.noteChosen),
            ("tags", self.tr("Tags"), self.tr("Highlight and tag (T)"), self.tagsChosen),
            ("commitment", COMMITMENT_TAG, self.tr("Highlight as a commitment (C)"), self.commitmentChosen),
        ):
            button = self._button(tip)
            button.setText(text)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(signal.emit)
            self.buttons[key] = button
            layout.addWidget(button)
        self.adjustSize()
        self.hide()

    def _button(self, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setIconSize(QSize(16, 16))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def show_at(self, anchor: QPoint) -> None:
        """Show just above ``anchor`` (parent coordinates), kept inside the parent."""
        self.adjustSize()
        parent = self.parentWidget()
        x = anchor.x() - self.width() // 2
        y = anchor.y() - self.height() - 6
        if y < 0:
            y = anchor.y() + 24
        x = max(4, min(x, parent.width() - self.width() - 4))
        self.move(x, y)
        self.show()
        self.raise_()
