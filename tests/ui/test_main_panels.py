"""The main window hosting the other panels: show original, library search, export, help, commitments."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog


def test_show_original_toggles_beside_the_repaired_text(qtbot, window):
    action = window.menus["show_original"]
    assert action.isEnabled() and not action.isChecked()
    action.trigger()
    assert window.centre.currentWidget() is window.original and action.isChecked()
    assert window.original.issue_id == window.article.issue_id
    assert window.original.article.id == window.article.id
    window.next_article()  # the original view follows the reading position
    assert window.original.article.id == window.article.id
    action.trigger()
    assert window.centre.currentWidget() is not window.original and window.view.isVisible()


def test_search_result_click_opens_the_article_with_the_match_selected(qtbot, window):
    from reader.library.queries import get_article, issue_articles

    issue_id = sorted(window.tree.issues, key=lambda i: i.id)[-1].id
    target = get_article(issue_articles(issue_id)[-1].id)
    phrase = _findable_phrase(target)
    assert window.search_dock.widget() is None  # built when first shown
    window.menus["search"].trigger()
    panel = window.search_dock.widget()
    assert panel is not None and window.search_dock.isVisible()
    with qtbot.waitSignal(panel.searchFinished, timeout=20000):
        panel.set_query(phrase)
        panel.run_search()
    rows = [panel.results.item(i) for i in range(panel.results.count())]
    assert rows
    for row in rows:
        panel.results.itemClicked.emit(row)
        if window.article.id == target.id:
            break
    assert window.article.id == target.id
    assert phrase in window.view.textCursor().selectedText()


def _findable_phrase(article) -> str:
    """A clause of the article that the library search finds in it (whole words, as a user types them)."""
    import re

    from reader.library.search import search

    for paragraph in article.paragraphs:
        for clause in re.split(r"[，。、；：！？“”（）,.;:!?()\s]+", paragraph.text):
            if 4 <= len(clause) <= 10 and any(h.article_id == article.id for h in search(clause).hits):
                return clause
    raise AssertionError("nothing in the article is searchable")


def test_export_menu_opens_the_export_dialog_for_the_open_issue(qtbot, window):
    window.menus["export"].trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    [dialog] = [d for d in dialogs if type(d).__name__ == "ExportDialog"]
    assert dialog.issue.currentData() == window.article.source
    dialog.close()


def test_help_lists_the_reading_keys_and_menu_shortcuts(qtbot, window):
    from reader.ui.help_dialog import shortcut_rows

    rows = {(command, keys) for command, keys, _menu in shortcut_rows(window)}
    commands = {command for command, _ in rows}
    assert any(keys == "1" and "Yellow" in command for command, keys in rows)
    assert any(keys == "Ctrl+Shift+F" for _, keys in rows)
    assert {"Next article", "Previous article", "Find in article"} <= {c.rstrip("…. ") for c in commands}


def test_commitments_panel_opens_from_tools_and_follows_the_issue(qtbot, window):
    if window.commitments_dock is None:
        assert not window.menus["commitments"].isEnabled()
        return
    window.menus["commitments"].trigger()
    panel = window.commitments_dock.widget()
    assert panel is not None
    qtbot.waitUntil(lambda: getattr(panel, "issue_id", None) == window.article.issue_id, timeout=20000)


def test_manual_fix_from_show_original_is_undoable(qtbot, window):
    from reader.repair.model import Override

    window.menus["show_original"].trigger()
    before = len(window.article.paragraphs)
    ref = window.article.paragraphs[-1].segments[0].source
    fix = Override(op="split", a=f"p{ref.page}b{ref.block}", offset=6)
    window.original.overrideRequested.emit(window.article.issue_id, fix)
    assert window.undo_stack.undoText().startswith("Manual fix")
    assert len(window.article.paragraphs) == before + 1
    window.undo_stack.undo()
    assert len(window.article.paragraphs) == before
    window.undo_stack.redo()
    assert len(window.article.paragraphs) == before + 1


def test_preferences_apply_to_the_open_window(qtbot, window):
    window.menus["preferences"].trigger()
    [dialog] = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "PreferencesDialog" and w.isVisible()]
    dialog.font_size.setValue(23)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.apply()
    assert window.view.font_size == 23 and window.view.theme.name == "dark"
    assert window.menus["theme_dark"].isChecked()
    dialog.close()
    window.set_theme("light")
