"""Annotation browser: filter by tag, colour, issue and text; sort; open in context; export the selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from panel_fixtures import hub, seeded  # noqa: F401 (fixtures)
from reader.ui.annotation_browser import COLUMNS, AnnotationBrowser


@pytest.fixture
def browser(qtbot, seeded, hub):  # noqa: F811
    widget = AnnotationBrowser(hub)
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    return widget


def _quotes(browser):
    return [v.quote for v in browser.visible_views()]


def test_lists_every_annotation(browser):
    assert sorted(_quotes(browser)) == sorted(["物理空间", "研究部署", "妇女力量"])
    assert "3" in browser.count.text()


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"tag": "承诺"}, {"物理空间", "研究部署"}),  # nested 承诺/经济 included
        ({"tag": "承诺/经济"}, {"研究部署"}),
        ({"color": "green"}, {"妇女力量"}),
        ({"source": "003_e4feb845366e9c79.txt"}, {"物理空间", "研究部署"}),
        ({"text": "巾帼"}, {"妇女力量"}),  # the note is searched too
        ({"tag": "会议", "source": "003_e4feb845366e9c79.txt"}, {"研究部署"}),
    ],
)
def test_filters(browser, filters, expected):
    browser.set_filters(**filters)
    assert set(_quotes(browser)) == expected


def test_typing_in_the_filter_box(qtbot, browser):
    for ch in "空间":  # QTest cannot type non-Latin keys; insert as an input method would
        browser.text.insert(ch)
    assert _quotes(browser) == ["物理空间"]


def test_sort_by_quote(browser):
    column = COLUMNS.index("quote")
    browser.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    ascending = _quotes(browser)
    browser.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert _quotes(browser) == list(reversed(ascending))
    assert ascending == sorted(ascending, key=str.casefold)


def test_double_click_opens_in_context(qtbot, browser):
    from reader.library.queries import get_article

    browser.set_filters(color="green")
    index = browser.proxy.index(0, COLUMNS.index("quote"))
    rect = browser.table.visualRect(index)
    qtbot.mouseClick(browser.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(browser.openAnnotation, timeout=1000) as opened:
        qtbot.mouseDClick(browser.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    article_id, start, end = opened.args
    assert get_article(article_id).text[start:end] == "妇女力量"


def test_export_selection_passes_the_selected_ids(browser, seeded):  # noqa: F811
    calls = []
    browser.export_dialog_factory = lambda parent, ids: calls.append(ids)
    assert not browser.export_button.isEnabled()
    browser.set_filters(tag="承诺")
    selection = browser.table.selectionModel()
    for row in range(browser.proxy.rowCount()):
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(browser.proxy.index(row, 0), flags)
    assert browser.export_button.isEnabled()
    browser.export_button.click()
    assert sorted(calls[0]) == sorted([seeded.annotation_ids["space"], seeded.annotation_ids["deploy"]])


def test_export_selection_opens_the_dialog_limited_to_it(qtbot, browser, seeded):  # noqa: F811
    browser.set_filters(color="green")
    browser.table.selectRow(0)
    dialog = browser.export_selection()
    assert dialog.scope_selection.isChecked() and dialog.ids == [seeded.annotation_ids["women"]]
    assert dialog.annotation_count == 1
    dialog.close()


def test_refreshes_on_changes(browser, hub):  # noqa: F811
    from reader.annotations.ops import annotate, delete_annotation
    from reader.changes import Changes

    new = annotate(source="002_405a22e14fca248f.txt", quote="取得胜利", color="blue")
    hub.changed.emit(Changes(annotations=True))
    assert "取得胜利" in _quotes(browser)
    hub.changed.emit(delete_annotation(new.id))
    assert "取得胜利" not in _quotes(browser)
