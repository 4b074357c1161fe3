"""The Commitments panel: suggestions of an issue; accept, reject, accept all above, undo and redo."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

PLAN = [
    "一、2024年工作回顾",
    "一年来，新建口袋公园12个，城镇新增就业5.07万人。",
    "二、2025年工作安排",
    "今年主要预期目标是：地区生产总值增长6%左右，社会消费品零售总额突破1500亿元。",
    "新增规模以上金融机构7家，公路运输周转量、邮政业务总量分别增长5%、20%。",
]


@pytest.fixture
def report(library):
    from reader.library.models import Article, Issue, Paragraph

    body = "\n".join(PLAN)
    issue = Issue.create(source="report.txt", sha256=hashlib.sha256(body.encode()).hexdigest(), date="2025-01-20")
    article = Article.create(issue=issue, order=0, title="政府工作报告", text=body, page=1)
    start = 0
    for index, text in enumerate(PLAN):
        Paragraph.create(article=article, index=index, start=start, text=text)
        start += len(text) + 1
    return issue


@pytest.fixture
def panel(qtbot, report):
    from reader.ui.commitments_panel import CommitmentsPanel
    from reader.ui.hub import Hub

    hub = Hub()
    widget = CommitmentsPanel(hub, undo_stack=QUndoStack())
    qtbot.addWidget(widget)
    widget.reload_issues()
    return widget


def _texts(panel):
    return [panel.table.item(row, 1).text() for row in range(panel.table.rowCount())]


def _commitments():
    from reader.annotations.ops import list_annotations

    return list_annotations(tag="承诺")


def test_lists_the_plan_targets_only(panel):
    assert panel.issue_box.count() == 1
    assert _texts(panel) == [
        "地区生产总值增长6%左右",
        "社会消费品零售总额突破1500亿元",
        "新增规模以上金融机构7家",
        "公路运输周转量、邮政业务总量分别增长5%、20%",
        "公路运输周转量、邮政业务总量分别增长5%、20%",
    ]
    assert panel.table.item(0, 3).text() == "6" and panel.table.item(0, 4).text() == "%"
    assert not panel.accept_button.isEnabled()


def test_accept_with_an_edited_field_then_undo_redo(panel, qtbot):
    panel.table.selectRow(1)
    panel.table.item(1, 2).setText("社零总额")  # the user corrects the metric before accepting
    with qtbot.waitSignal(panel.hub.changed):
        assert panel.accept_selected()
    [view] = _commitments()
    assert view.extra["metric"] == "社零总额" and view.extra["value"] == 1500 and view.extra["unit"] == "亿元"
    assert "社会消费品零售总额突破1500亿元" not in _texts(panel)
    panel.undo_stack.undo()
    assert _commitments() == []
    assert "社会消费品零售总额突破1500亿元" in _texts(panel)
    panel.undo_stack.redo()
    assert [v.id for v in _commitments()] == [view.id]  # the same annotation comes back


def test_reject_is_remembered_and_undoable(panel, qtbot):
    panel.table.selectRow(0)
    with qtbot.waitSignal(panel.hub.changed):
        panel.reject_selected()
    assert "地区生产总值增长6%左右" not in _texts(panel)
    panel.reload_issues()  # asked again: still rejected
    assert "地区生产总值增长6%左右" not in _texts(panel)
    panel.undo_stack.undo()
    assert "地区生产总值增长6%左右" in _texts(panel)


def test_accept_all_above_a_confidence(panel):
    high = [s for s in panel.suggestions if s.confidence >= 0.9]
    assert 0 < len(high) < len(panel.suggestions)
    panel.threshold.setValue(0.9)
    panel.accept_all_button.click()
    assert len(_commitments()) == len(high)
    assert all(s.confidence < 0.9 for s in panel.suggestions)
    panel.undo_stack.undo()
    assert _commitments() == []


def test_double_click_opens_the_clause(panel, qtbot):
    s = panel.suggestions[0]
    with qtbot.waitSignal(panel.openArticle) as signal:
        panel._double_clicked(0, 1)
    assert signal.args == [s.article_id, s.start, s.end]


def test_a_bad_edited_value_is_reported_not_stored(panel):
    panel.table.selectRow(2)
    panel.table.item(2, 3).setText("很多")
    assert not panel.accept_selected()
    assert "not a number" in panel.status.text()
    assert _commitments() == []


def test_suggestion_style_differs_from_highlights():
    from PySide6.QtGui import QTextCharFormat

    from reader.ui.commitments_panel import suggestion_format

    fmt = suggestion_format()
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
    assert fmt.background().style() == Qt.BrushStyle.NoBrush


def test_accepted_commitments_appear_in_the_library_tab(panel, qtbot):
    panel.table.selectRow(0)
    panel.accept_selected()
    table = panel.library_table
    assert [r.metric for r in table.visible_records()] == ["地区生产总值增长"]
    with qtbot.waitSignal(panel.openAnnotation) as signal:
        table.view.doubleClicked.emit(table.proxy.index(0, 9))  # column 9: the clause (opens; field columns edit)
    record = table.visible_records()[0]
    assert signal.args == [record.article_id, record.start, record.end]


def test_suggestions_marked_in_a_reading_view(panel, qtbot):
    from reader.library.queries import get_article
    from reader.ui.commitments_panel import suggestion_selections
    from reader.ui.reading_view import ReadingView

    view = ReadingView()
    qtbot.addWidget(view)
    view.show_article(get_article(panel.suggestions[0].article_id), [])
    qtbot.waitUntil(lambda: view.document().characterCount() > view.doc_position(len(view.article.text)))
    marks = suggestion_selections(view, panel.suggestions)
    assert len(marks) == len(panel.suggestions)
    assert marks[1].cursor.selectedText() == panel.suggestions[1].text
