"""Suggested commitments in the reading view: marked in their own style, accepted or rejected from the context menu."""

from __future__ import annotations

import pytest
from main_fixtures import import_seeds, make_window

PLAN = "004_834b2da5dc9fa50d.txt"  # a government work report with a section of targets


@pytest.fixture
def plan_window(qtbot, tmp_path, library):
    from reader.commitments.library import suggest

    issue_id = import_seeds([PLAN])[PLAN]
    first = suggest(issue_id=issue_id)[0]
    window = make_window(qtbot, tmp_path)
    window.load_library()
    window.open_article(first.article_id)
    yield window
    window.close()


def _show(window, qtbot) -> list:
    window.menus["show_suggestions"].trigger()
    assert window.menus["show_suggestions"].isChecked()
    qtbot.waitUntil(lambda: bool(window.view.suggestion_items), timeout=20000)
    return window.view.suggestion_items


def _menu_at(window, suggestion):
    from PySide6.QtGui import QTextCursor

    view = window.view
    view.scroll_to(suggestion.start)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.doc_position(suggestion.start + 1))
    return view.build_context_menu(view.cursorRect(cursor).center())


def _action(menu, name: str):
    found = [a for a in menu.actions() if a.objectName() == name]
    return found[0] if found else None


def test_suggestions_are_hidden_until_asked_for_and_then_dashed(plan_window, qtbot):
    from PySide6.QtGui import QTextCharFormat

    window = plan_window
    assert window.view.suggestion_items == []
    items = _show(window, qtbot)
    assert all(s.article_id == window.article.id for s in items)
    dashed = [sel for sel in window.view.extraSelections()
              if sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline]
    assert len(dashed) == len(items)
    first = items[0]
    assert dashed[0].cursor.selectedText() == window.article.text[first.start:first.end]
    assert window.settings.value("view/show_suggestions") in (True, "true")
    window.menus["show_suggestions"].trigger()  # off again: the marks go
    assert window.view.suggestion_items == []


def test_accept_from_the_context_menu_creates_a_commitment_and_undo_removes_it(plan_window, qtbot):
    from reader.annotations.ops import list_annotations

    window = plan_window
    suggestion = _show(window, qtbot)[0]
    menu = _menu_at(window, suggestion)
    accept = _action(menu, "acceptSuggestion")
    assert accept is not None and "承诺" in accept.text()
    accept.trigger()
    made = list_annotations(article_id=window.article.id)
    assert len(made) == 1
    assert "承诺" in made[0].tags
    assert (made[0].start, made[0].end) == (suggestion.start, suggestion.end)
    # The accepted clause is now a highlight, no longer a suggestion; the panel lists it.
    qtbot.waitUntil(lambda: all(s.start != suggestion.start for s in window.view.suggestion_items), timeout=20000)
    assert [a.id for a in window.view.annotations] == [made[0].id]
    assert window.undo_stack.undoText().startswith("Accept commitment “" + suggestion.text[:4])
    window.undo_stack.undo()
    assert list_annotations(article_id=window.article.id) == []
    assert window.view.annotations == []
    qtbot.waitUntil(lambda: any(s.start == suggestion.start for s in window.view.suggestion_items), timeout=20000)
    window.undo_stack.redo()
    assert [a.id for a in list_annotations(article_id=window.article.id)] == [made[0].id]


def test_reject_from_the_context_menu_is_remembered_and_undoable(plan_window, qtbot):
    window = plan_window
    suggestion = _show(window, qtbot)[0]
    _action(_menu_at(window, suggestion), "rejectSuggestion").trigger()
    qtbot.waitUntil(lambda: all(s.start != suggestion.start for s in window.view.suggestion_items), timeout=20000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: any(s.start == suggestion.start for s in window.view.suggestion_items), timeout=20000)


def test_no_suggestion_actions_off_a_suggestion(plan_window, qtbot):
    window = plan_window
    _show(window, qtbot)
    menu = window.view.build_context_menu(window.view.viewport().rect().topLeft())
    assert _action(menu, "acceptSuggestion") is None


def test_context_menu_on_a_highlight_offers_its_edits(plan_window, qtbot):
    from reader.annotations.ops import create_annotation

    window = plan_window
    text = window.article.text
    at = len(text) // 2
    create_annotation(article_id=window.article.id, start=at, end=at + 6, color="green")
    window.open_article(window.article.id)
    target = type("Span", (), {"start": at, "end": at + 6})()
    menu = _menu_at(window, target)
    labels = [a.text() for a in menu.actions()]
    assert any("Delete highlight" in label for label in labels)
    colours = next(a.menu() for a in menu.actions() if a.menu() is not None and "colour" in a.text())
    assert [a.isChecked() for a in colours.actions()].count(True) == 1
