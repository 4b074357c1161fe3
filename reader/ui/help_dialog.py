"""Help: the keyboard shortcuts, read from the main window's own actions, and the About box."""

from __future__ import annotations

import platform
import re

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import reader

LICENCE = "MIT"


_CJK_MNEMONIC = re.compile(r"\(&[^&\s]\)")  # "标签管理(&T)…": Chinese menus carry the key in brackets


def _plain(text: str) -> str:
    """An action's text without its mnemonic, trailing ellipsis or the shortcut after a tab."""
    text = _CJK_MNEMONIC.sub("", text.split("\t")[0])
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(command, keys, menu) for every action or shortcut of ``window`` that has keys, sorted by menu."""
    rows: dict[tuple[str, str], str] = {}
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or not action.text():
            continue
        key_text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        menu = ""
        for widget in action.associatedObjects():
            title = getattr(widget, "title", None)
            if callable(title) and title():
                menu = _plain(title())
                break
        rows[(_plain(action.text()), key_text)] = menu
    for shortcut in window.findChildren(QShortcut):
        if shortcut.key().isEmpty() or not shortcut.whatsThis():
            continue  # a shortcut without a description cannot be listed meaningfully
        key_text = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        rows.setdefault((_plain(shortcut.whatsThis()), key_text), "")
    return sorted(((cmd, keys, menu) for (cmd, keys), menu in rows.items()), key=lambda r: (r[2], r[0]))


def about_text() -> str:
    """The About box's rich text: name, version, licence, the libraries it stands on."""
    return (
        f"<h3>reader {reader.__version__}</h3>"
        + "<p>"
        + QCoreApplication.translate("HelpDialog", "Read, repair and annotate Chinese local newspapers extracted from e-paper PDFs.")
        + "</p><p>"
        + QCoreApplication.translate("HelpDialog", "Licence: %1").replace("%1", LICENCE)
        + "</p><p>"
        + QCoreApplication.translate("HelpDialog", "Built with Python %1, PySide6 %2 (Qt), peewee, jieba, rapidfuzz and openpyxl.")
        .replace("%1", platform.python_version())
        .replace("%2", PYSIDE_VERSION)
        + "</p>"
    )


def show_about(parent: QWidget | None = None) -> None:
    """The standard About box (uses the application icon)."""
    QMessageBox.about(parent, QCoreApplication.translate("HelpDialog", "About reader"), about_text())


class HelpDialog(QDialog):
    """Two tabs: a filterable table of shortcuts and the About text."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.setWindowTitle(self.tr("reader Help"))
        self.resize(560, 520)

        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Shortcut"), self.tr("Menu")])
        for command, keys, menu in shortcut_rows(window):
            items = [QStandardItem(command), QStandardItem(keys), QStandardItem(menu)]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)

        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter shortcuts…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        shortcuts = QWidget()
        box = QVBoxLayout(shortcuts)
        box.addWidget(self.filter)
        box.addWidget(self.table)
        hint = QLabel(self.tr("Keys 1–5 colour the selected text; Tab and the arrow keys reach every panel."))
        hint.setWordWrap(True)
        box.addWidget(hint)

        self.about = QLabel(about_text())
        self.about.setWordWrap(True)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        self.tabs = QTabWidget()
        self.tabs.addTab(shortcuts, self.tr("Keyboard shortcuts"))
        self.tabs.addTab(self.about, self.tr("About"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def show_about_tab(self) -> None:
        self.tabs.setCurrentIndex(1)
