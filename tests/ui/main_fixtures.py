"""Helpers for the main-window tests: seed imports, a window over the test library, selecting text."""

from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
TWO_SEEDS = ["000_a9af73bd6b6a1bb2.txt", "001_7ec454db7f91fd16.txt"]


def import_seeds(names: list[str]) -> dict[str, int]:
    from reader.library.importer import import_paths

    report = import_paths([SEEDS / name for name in names])
    assert not report.failed, report.failed
    return {r.source: r.issue_id for r in report.added}


def make_window(qtbot, tmp_path, *, restore: bool = True):
    from PySide6.QtCore import QSettings

    from reader.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, restore=restore)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def select_text(window, text: str, occurrence: int = 1) -> tuple[int, int]:
    """Select ``text`` in the open article as a user would, returning its article offsets."""
    from PySide6.QtGui import QTextCursor

    at = -1
    for _ in range(occurrence):
        at = window.article.text.index(text, at + 1)
    view = window.view
    cursor = view.textCursor()
    cursor.setPosition(view.doc_position(at))
    cursor.setPosition(view.doc_position(at + len(text)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    window.activateWindow()
    view.setFocus()
    assert view.textCursor().selectedText() == text
    return at, at + len(text)


def pick_phrase(article, length: int = 8) -> str:
    """A phrase of the article's body that occurs once (so tests do not depend on the seed's wording)."""
    for paragraph in article.paragraphs:
        text = paragraph.text
        for start in range(0, max(len(text) - length, 0), 7):
            phrase = text[start : start + length]
            if phrase.strip() == phrase and article.text.count(phrase) == 1 and "\n" not in phrase:
                return phrase
    raise AssertionError("no unique phrase in the article")
