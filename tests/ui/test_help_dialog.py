"""Help dialog: the shortcut list comes from the window's real actions; the About text names version and licence."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow

import reader
from reader.ui.help_dialog import HelpDialog, _plain, about_text, shortcut_rows


def _window(qtbot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    edit = window.menuBar().addMenu("&Edit")
    undo = QAction("&Undo", window)
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    edit.addAction(undo)
    search = QAction("Search &Library…", window)
    search.setShortcuts([QKeySequence("Ctrl+Shift+F"), QKeySequence("F3")])
    edit.addAction(search)
    edit.addAction(QAction("No keys", window))
    colour = QShortcut(QKeySequence("1"), window)
    colour.setWhatsThis("Highlight in yellow")
    QShortcut(QKeySequence("9"), window)  # undocumented: not listed
    return window


def test_rows_follow_the_actions(qtbot):
    rows = shortcut_rows(_window(qtbot))
    commands = {command: (keys, menu) for command, keys, menu in rows}
    assert commands["Undo"] == (QKeySequence("Ctrl+Z").toString(QKeySequence.SequenceFormat.NativeText), "Edit")
    assert "F3" in commands["Search Library"][0]
    assert "Highlight in yellow" in commands
    assert "No keys" not in commands
    assert len(rows) == 3


def test_dialog_lists_and_filters(qtbot):
    window = _window(qtbot)
    dialog = HelpDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.proxy.rowCount() == 3
    dialog.filter.setText("undo")
    assert dialog.proxy.rowCount() == 1
    assert dialog.proxy.index(0, 0).data() == "Undo"


def test_a_new_action_shows_up(qtbot):
    window = _window(qtbot)
    extra = QAction("&Next article", window)
    extra.setShortcut(QKeySequence("Ctrl+Right"))
    window.addAction(extra)
    dialog = HelpDialog(window)
    qtbot.addWidget(dialog)
    assert "Next article" in [dialog.model.item(r, 0).text() for r in range(dialog.model.rowCount())]


def test_about_names_version_and_licence(qtbot):
    text = about_text()
    assert reader.__version__ in text
    assert "MIT" in text
    window = _window(qtbot)
    dialog = HelpDialog(window)
    qtbot.addWidget(dialog)
    dialog.show_about_tab()
    assert dialog.tabs.currentWidget() is dialog.about


def test_plain_names_drop_mnemonics_in_both_languages():
    assert _plain("标签管理(&T)…") == "标签管理"
    assert _plain("&Tag manager…") == "Tag manager"
    assert _plain("Save && quit") == "Save & quit"
    assert _plain("Highlight with &note…\tN") == "Highlight with note"
