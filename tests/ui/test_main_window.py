"""The main window: starting on an empty and a populated library, navigation, import, state kept."""

from __future__ import annotations

from main_fixtures import TWO_SEEDS, make_window
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from reader.bundled import seed_paths


def _issues():
    from reader.library.queries import list_issues

    return list_issues()


def test_first_run_imports_the_bundled_seeds_in_the_background(qtbot, library, tmp_path, isolated_settings):
    from reader.ui.app import start

    win = start(db=str(tmp_path / "library.sqlite3"), settings=None)
    qtbot.waitUntil(lambda: win.library_ready, timeout=5000)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.first_run, timeout=5000)
    assert "First run" in win.statusBar().currentMessage()
    assert win.imports.progress.isVisible()  # progress bar and Cancel while it works
    qtbot.waitUntil(lambda: win.article is not None and not win.imports.busy(), timeout=60000)
    assert len(_issues()) == len(seed_paths()) == win.tree.topLevelItemCount()
    assert f"Imported the {len(seed_paths())} sample issues" in win.statusBar().currentMessage()
    assert win.first_run_done
    assert win.view.article.text in win.view.toPlainText()
    # Settings went to the temporary folder, not the user's.
    win.close()
    assert any(isolated_settings.rglob("reader.*"))


def test_starts_on_a_populated_library_and_reopens_the_last_article(qtbot, tmp_path, populated):
    win = make_window(qtbot, tmp_path)
    assert win.load_library() == 2
    first = win.article
    assert first is not None and win.tree.currentItem().text(0) == first.title
    win.next_article()
    second = win.article.id
    assert second != first.id
    win.close()
    again = make_window(qtbot, tmp_path)
    again.load_library()
    assert again.article.id == second


def test_next_and_previous_article_keys(qtbot, window):
    first = window.article
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.article.id == first.next_id
    assert window.article.prev_id == first.id
    qtbot.keyClick(window.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.article.id == first.id
    assert not window.menus["previous_article"].isEnabled()


def test_library_tree_lists_a_one_file_issues_articles_directly(window):
    """A seed is one file: no "Page 1" node stands between the issue and its articles."""
    from reader.library.queries import issue_articles

    tree = window.tree
    assert tree.topLevelItemCount() == 2
    top = tree.topLevelItem(0)
    top.setExpanded(True)
    titles = [top.child(a).text(0) for a in range(top.childCount())]
    assert titles == [a.title or "(untitled)" for a in issue_articles(window.article.issue_id)]
    tree.setCurrentItem(top.child(1))
    assert window.article.title == titles[1]
    assert window.tree.select_article(window.article.id) and window.tree.currentItem() is top.child(1)


def test_library_tree_groups_a_many_page_issue_by_page(qtbot, library, tmp_path):
    from reader.library.importer import import_paths
    from reader.library.queries import issue_articles

    folder = tmp_path / "issue"
    folder.mkdir()
    (folder / "page-1.txt").write_text("# 要闻\n\n我区召开经济工作会议\n\n本报讯 12月1日，我区召开经济工作会议，部署明年经济工作。\n", encoding="utf-8")
    (folder / "page-2.txt").write_text("# 综合\n\n文明交通宣传活动举行\n\n本报讯 近日，渝中区在解放碑举行文明交通宣传活动。\n", encoding="utf-8")
    assert import_paths([folder]).added
    win = make_window(qtbot, tmp_path)
    win.load_library()
    top = win.tree.topLevelItem(0)
    top.setExpanded(True)
    assert [top.child(p).text(0) for p in range(top.childCount())] == ["Page 1", "Page 2"]
    articles = issue_articles(win.article.issue_id)
    assert [top.child(p).child(0).text(0) for p in range(2)] == [a.title for a in articles]
    assert win.tree.select_article(articles[1].id) and win.tree.currentItem() is top.child(1).child(0)


def test_dropping_files_imports_them_in_the_background(qtbot, window):
    mime = QMimeData()
    paths = [p for p in seed_paths() if p.name not in TWO_SEEDS][:2]
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths] + [QUrl("https://example.com/x.txt")])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.imports.done, timeout=60000) as done:
        window.dropEvent(event)
        assert event.isAccepted()
        assert window.imports.busy()
    assert [r.source for r in done.args[0].added] == [p.name for p in paths]
    assert window.tree.topLevelItemCount() == 4
    assert "2 imported" in window.statusBar().currentMessage()


def test_import_can_be_cancelled(qtbot, window):
    paths = [str(p) for p in seed_paths() if p.name not in TWO_SEEDS]
    with qtbot.waitSignal(window.imports.done, timeout=60000) as done:
        window.imports.import_paths(paths)
        qtbot.mouseClick(window.imports.progress.cancel, Qt.MouseButton.LeftButton)
    report = done.args[0]
    assert len(report.added) < len(paths)
    assert any(r.reason == "cancelled" for r in report.skipped)
    assert len(_issues()) == 2 + len(report.added)


def test_font_size_theme_and_splitter_persist(qtbot, tmp_path, populated):
    from reader.ui.preferences import KEY_FONT_SIZE, KEY_THEME

    win = make_window(qtbot, tmp_path)
    win.load_library()
    size = win.view.font_size
    win.view.setFocus()
    qtbot.keyClick(win.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert win.view.font_size == size + 1
    win.menus["theme_dark"].trigger()
    assert QApplication.instance().property("readerTheme") == "dark"
    win.splitter.setSizes([200, 700, 300])
    sizes = win.splitter.sizes()
    win.close()
    assert int(win.settings.value(KEY_FONT_SIZE)) == size + 1
    assert win.settings.value(KEY_THEME) == "dark"
    again = make_window(qtbot, tmp_path)
    assert again.view.font_size == size + 1 and again.view.theme.name == "dark"
    assert again.splitter.sizes() == sizes
    again.set_theme("light")


def test_find_in_article(qtbot, window):
    phrase = window.article.text.strip()[3:7]
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    window.find_bar.edit.insert(phrase)  # as an input method commits Chinese text
    expected = window.article.text.casefold().count(phrase.casefold())
    assert window.find_bar.total == expected >= 1
    assert window.view.textCursor().selectedText() == phrase
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_a_joined_jump_names_both_pages(qtbot, library, tmp_path):
    """An article continued on another page (下转2版) is read as one, and says which pages it spans."""
    folder = tmp_path / "issue"
    folder.mkdir()
    (folder / "1.txt").write_text(
        "# 要闻\n\n我区召开经济工作会议\n\n本报讯 12月1日，我区召开经济工作会议，部署明年经济工作。\n\n"
        "会议指出，今年以来全区经济运行总体平稳、稳中有进。（下转2版）\n\n文明交通宣传活动举行\n\n"
        "本报讯 近日，渝中区在解放碑举行文明交通宣传活动。\n", encoding="utf-8")
    (folder / "2.txt").write_text(
        "# 综合\n\n（上接1版）会议要求，社会消费品零售总额增长5%左右，固定资产投资增长6%以上。\n\n区领导出席会议。\n",
        encoding="utf-8")
    from reader.library.importer import import_paths

    assert import_paths([folder]).added
    win = make_window(qtbot, tmp_path)
    win.load_library()
    assert win.article.title == "我区召开经济工作会议"
    shown = win.view.toPlainText()
    assert "Pages 1, 2" in shown
    assert "社会消费品零售总额增长5%左右" in shown and "下转" not in shown


def test_an_issue_in_one_file_names_no_page(qtbot, library, tmp_path):
    """A dump of the whole paper in one file: its "page 1" is the file, not the printed page (版) that
    "(continued from page 1)" names, so the header does not say it."""
    dump = tmp_path / "whole.txt"
    dump.write_text(
        "# 要闻\n\n我区召开经济工作会议\n\n本报讯 12月1日，我区召开经济工作会议，部署明年经济工作。\n\n"
        "# 综合\n\n文明交通宣传活动举行\n\n（上接3版）本报讯 近日，渝中区在解放碑举行文明交通宣传活动。\n",
        encoding="utf-8")
    from reader.library.importer import import_paths

    assert import_paths([dump]).added
    win = make_window(qtbot, tmp_path)
    win.load_library()
    assert win.article.page_files == 1
    header = win.view.toPlainText().split("本报讯")[0]
    assert "whole.txt" in header and "Page" not in header


def test_keyboard_focus_moves_between_panels(qtbot, window):
    window.activateWindow()
    window.menus["focus_library"].trigger()
    assert window.tree.hasFocus() or QApplication.focusWidget() is window.tree
    window.menus["focus_reader"].trigger()
    assert QApplication.focusWidget() is window.view
