"""Highlighting in the main window: keys, context menu, tags with the completer, notes, undo/redo."""

from __future__ import annotations

from main_fixtures import pick_phrase, select_text
from PySide6.QtCore import QPoint, Qt

from reader.ui.tag_editor import TagEditor


def _db_annotations(article_id):
    from reader.annotations.ops import list_annotations

    return list_annotations(article_id=article_id)


def _card_quotes(window):
    panel = window.panel
    return [panel.list.itemWidget(panel.list.item(i)).view.quote for i in range(panel.list.count())]


def test_select_text_and_press_a_colour_key(qtbot, window):
    phrase = pick_phrase(window.article)
    start, end = select_text(window, phrase)
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    [stored] = _db_annotations(window.article.id)
    assert (stored.quote, stored.start, stored.end, stored.color) == (phrase, start, end, "green")
    assert _card_quotes(window) == [phrase]
    assert window.panel.heading.text() == "Highlights (1)"
    # Drawn in its colour in the reading view.
    [drawn] = [s for s in window.view.extraSelections() if s.cursor.selectedText() == phrase]
    assert drawn.format.background().color().name() == "#b2f2bb"
    # The library tree counts it.
    assert window.tree.currentItem().text(1) == "1"


def test_undo_and_redo_create_recolour_delete_from_the_edit_menu(qtbot, window):
    phrase = pick_phrase(window.article)
    select_text(window, phrase)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    [view] = _db_annotations(window.article.id)
    undo, redo = window.menus["undo"], window.menus["redo"]
    assert undo.text() == f"&Undo Highlight “{phrase}”"
    # Recolour: cursor inside the highlight, key 4.
    cursor = window.view.textCursor()
    cursor.setPosition(window.view.doc_position(view.start + 1))
    window.view.setTextCursor(cursor)
    qtbot.keyClick(window.view, Qt.Key.Key_4)
    assert _db_annotations(window.article.id)[0].color == "pink"
    assert "colour" in undo.text()
    # Delete from the panel.
    window.panel.deleteRequested.emit(view.id)
    assert _db_annotations(window.article.id) == [] and _card_quotes(window) == []
    undo.trigger()
    assert _db_annotations(window.article.id)[0].color == "pink" and _card_quotes(window) == [phrase]
    undo.trigger()
    assert _db_annotations(window.article.id)[0].color == "yellow"
    undo.trigger()
    assert _db_annotations(window.article.id) == [] and _card_quotes(window) == []
    assert redo.text() == f"&Redo Highlight “{phrase}”"
    redo.trigger()
    redo.trigger()
    assert [(a.id, a.color) for a in _db_annotations(window.article.id)] == [(view.id, "pink")]


def test_context_menu_marks_a_commitment(qtbot, window):
    phrase = pick_phrase(window.article)
    select_text(window, phrase)
    menu = window.view.build_context_menu(QPoint(5, 5))
    [action] = [a for a in menu.actions() if "commitment" in a.text()]
    action.trigger()
    [stored] = _db_annotations(window.article.id)
    assert stored.tags == ["承诺"] and stored.quote == phrase


def test_add_tags_with_the_completer_creating_a_new_one(qtbot, window):
    from reader.annotations.ops import create_annotation

    create_annotation(article_id=window.article.next_id, start=0, end=4, tags=["Economy/Consumption"])
    dialogs = []

    def answer(parent, initial):
        dialog = TagEditor(initial, parent=parent)
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.line, "cons")
        popup = dialog.completer.popup()
        qtbot.waitUntil(popup.isVisible, timeout=2000)
        assert dialog.completer.currentCompletion() == "Economy/Consumption"
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert dialog.tags() == ["Economy/Consumption"]
        dialog.line.insert("区县/渝中")  # a tag nobody used yet, as an input method would type it
        qtbot.keyClick(dialog.line, Qt.Key.Key_Return)
        assert dialog.tags() == ["Economy/Consumption", "区县/渝中"]
        return dialog.tags()

    window.annotate.ask_tags = answer
    phrase = pick_phrase(window.article)
    select_text(window, phrase)
    qtbot.keyClick(window.view, Qt.Key.Key_T)
    assert dialogs
    [stored] = _db_annotations(window.article.id)
    assert stored.tags == ["Economy/Consumption", "区县/渝中"]
    from reader.annotations.tags import list_tags

    assert {"承诺", "区县/渝中"} <= {t.label for t in list_tags()}


def test_note_edited_inline_in_the_panel_is_undoable(qtbot, window):
    phrase = pick_phrase(window.article)
    select_text(window, phrase)
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    [view] = _db_annotations(window.article.id)
    card = window.panel.card(view.id)
    card.note.setFocus()
    card.note.insert("增速目标")
    card.note.editingFinished.emit()
    assert _db_annotations(window.article.id)[0].note == "增速目标"
    assert window.panel.card(view.id).note.text() == "增速目标"
    window.undo_stack.undo()
    assert _db_annotations(window.article.id)[0].note == ""


def test_clicking_a_highlight_in_the_panel_scrolls_to_it(qtbot, window):
    last = window.article.paragraphs[-1]
    phrase = last.text[: min(6, len(last.text))]
    start, _ = select_text(window, phrase, occurrence=window.article.text.count(phrase))
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    window.view.verticalScrollBar().setValue(0)
    [view] = _db_annotations(window.article.id)
    item = window.panel.list.item(0)
    window.panel.list.itemClicked.emit(item)
    assert window.view.active_annotation == view.id
    assert window.view.textCursor().position() == window.view.doc_position(view.start)


def test_highlight_with_a_note_from_the_keyboard(qtbot, window):
    window.annotate.ask_note = lambda parent, initial: "要跟踪"
    phrase = pick_phrase(window.article)
    select_text(window, phrase)
    qtbot.keyClick(window.view, Qt.Key.Key_N)
    [stored] = _db_annotations(window.article.id)
    assert stored.note == "要跟踪"
    cursor = window.view.textCursor()
    cursor.setPosition(window.view.doc_position(stored.start + 1))
    window.view.setTextCursor(cursor)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert _db_annotations(window.article.id) == []
