""""(下转2版)"/"(上接1版)" jumps between two parts of an article that were not stitched together are links."""

from __future__ import annotations

import pytest
from main_fixtures import make_window

PAGE_1 = """# 要闻

我区召开经济工作会议

本报讯（记者 张三）12月1日，我区召开经济工作会议，总结今年经济工作，分析当前经济形势，部署明年经济工作。

会议指出，今年以来，全区上下攻坚克难，经济运行总体平稳、稳中有进。（下转2版）

渝中区举行文明交通宣传活动

本报讯 近日，渝中区在解放碑举行文明交通宣传活动，向市民发放宣传资料三千余份。
"""
PAGE_2 = """# 综合

（上接1版）会议要求，明年要着力扩大有效需求，持续优化营商环境，激发各类经营主体活力。

区领导出席会议。
"""


@pytest.fixture
def parts(tmp_path, library, monkeypatch):
    """An issue whose jump was left unstitched (as when the engine cannot pair the parts): (first, second) ids."""
    import reader.repair.pipeline as pipeline
    from reader.library.importer import import_paths
    from reader.library.queries import get_article, issue_articles

    folder = tmp_path / "jump-issue"
    folder.mkdir()
    (folder / "1.txt").write_text(PAGE_1, encoding="utf-8")
    (folder / "2.txt").write_text(PAGE_2, encoding="utf-8")
    monkeypatch.setattr(pipeline, "stitch_jumps", lambda drafts, ledger, **_: drafts)
    report = import_paths([folder])
    assert not report.failed, report.failed
    views = [get_article(a.id) for a in issue_articles(report.added[0].issue_id)]
    first = next(v for v in views if v.continues_to == 2)
    second = next(v for v in views if v.continued_from == 1)
    assert first.id != second.id
    return first.id, second.id


def _click_link(window, qtbot, href: str) -> None:
    """Click the first character of the document carrying ``href``, as a user would."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    view = window.view
    doc = view.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position() + 1)
                view.ensureCursorVisible()
                point = view.cursorRect(cursor).center()
                point.setX(point.x() - 2)
                qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
                return
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href} in the article")


def test_clicking_the_jump_opens_the_other_part_and_back_returns(parts, qtbot, tmp_path):
    first, second = parts
    window = make_window(qtbot, tmp_path)
    window.load_library()
    window.open_article(first)
    _click_link(window, qtbot, f"article:{second}")
    assert window.article.id == second
    assert window.menus["back"].isEnabled()
    _click_link(window, qtbot, f"article:{first}")  # "(continued from page 1)" leads back
    assert window.article.id == first
    window.menus["back"].trigger()
    assert window.article.id == second
    window.close()
