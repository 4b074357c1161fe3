"""The library-wide commitments table: filter, sort, status and evidence (undoable), export, chart."""

from __future__ import annotations

import csv
import hashlib
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack


def _issue(source, date, paragraphs):
    from reader.library.models import Article, Issue

    body = "\n".join(paragraphs)
    issue = Issue.create(source=source, sha256=hashlib.sha256((source + body).encode()).hexdigest(), date=date)
    Article.create(issue=issue, order=0, title="政府工作报告", text=body, page=1)
    return issue


@pytest.fixture
def accepted(library):
    from reader.commitments.library import accept, suggest

    first = _issue("2025.txt", "2025-01-20", ["二、2025年工作安排", "社会消费品零售总额突破1500亿元，新增规模以上金融机构7家。"])
    second = _issue("2026.txt", "2026-01-18", ["二、2026年工作安排", "社会消费品零售总额突破1600亿元，新增中高端人才3000名。"])
    views = [accept(s) for issue in (first, second) for s in suggest(issue_id=issue.id)]
    return views


@pytest.fixture
def table(qtbot, accepted):
    from reader.ui.commitments_table import CommitmentsTable
    from reader.ui.hub import Hub

    widget = CommitmentsTable(Hub(), undo_stack=QUndoStack())
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _column(table, name):
    from reader.ui.commitments_table import COLUMNS

    col = COLUMNS.index(name)
    return [table.proxy.index(row, col).data() for row in range(table.proxy.rowCount())]


def test_rows_and_filters(table):
    assert table.proxy.rowCount() == 4
    assert sorted(_column(table, "metric")) == sorted(["社会消费品零售总额", "新增规模以上金融机构", "社会消费品零售总额", "新增中高端人才"])
    table.search.setText("零售")
    assert table.proxy.rowCount() == 2
    table.search.clear()
    table.source_filter.setCurrentIndex(table.source_filter.findData("2026.txt"))
    assert set(_column(table, "source")) == {"2026.txt"}
    table.source_filter.setCurrentIndex(0)
    assert "4 of 4" in table.status.text()


def test_sort_by_value_is_numeric(table):
    from reader.ui.commitments_table import COLUMNS

    table.view.sortByColumn(COLUMNS.index("value"), Qt.SortOrder.AscendingOrder)
    assert _column(table, "value") == ["7", "1500", "1600", "3000"]


def test_status_and_evidence_are_undoable(table, accepted, qtbot):
    from reader.commitments.tracking import list_commitments

    table.search.setText("1500")
    table.view.selectRow(0)
    target = table.selected_records()[0]
    with qtbot.waitSignal(table.hub.changed):
        assert table.set_status("achieved")
    evidence = next(v for v in accepted if "1600" in v.quote)
    table.search.setText("1500")
    table.view.selectRow(0)
    assert table.link_evidence(evidence.id)
    record = next(r for r in list_commitments() if r.annotation_id == target.annotation_id)
    assert (record.status, record.evidence_id) == ("achieved", evidence.id)
    table.undo_stack.undo()
    table.undo_stack.undo()
    record = next(r for r in list_commitments() if r.annotation_id == target.annotation_id)
    assert (record.status, record.evidence_id) == ("planned", None)
    table.status_filter.setCurrentIndex(table.status_filter.findData("achieved"))
    assert table.proxy.rowCount() == 0


def test_export_shown_rows_with_field_columns(table, tmp_path):
    from openpyxl import load_workbook

    table.search.setText("零售")
    path = table.export_to(tmp_path / "c.csv")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert [(r["metric"], r["value"], r["unit"], r["qualifier"]) for r in rows] == [
        ("社会消费品零售总额", "1500", "亿元", "突破"), ("社会消费品零售总额", "1600", "亿元", "突破"),
    ]
    assert {r["period"] for r in rows} == {"2025年", "2026年"}
    book = load_workbook(table.export_to(tmp_path / "c.xlsx"))
    header = [c.value for c in book.active[1]]
    assert {"metric", "value", "unit", "qualifier", "period", "status", "evidence_id"} <= set(header)


def test_double_click_opens_in_context(table, qtbot):
    record = table.visible_records()[0]
    with qtbot.waitSignal(table.openAnnotation) as signal:
        table.view.doubleClicked.emit(table.proxy.index(0, 9))  # column 9: the clause (opens; field columns edit)
    assert signal.args == [record.article_id, record.start, record.end]


def test_chart_for_a_metric_seen_twice(table):
    assert table.chart.metric_box.count() == 1
    series = table.chart.current()
    assert series.metric == "社会消费品零售总额" and [p.value for p in series.points] == [1500, 1600]
    assert len(table.chart.chart.series()) == 1
    bars = table.chart.chart.series()[0].barSets()[0]
    assert [bars.at(i) for i in range(bars.count())] == [1500, 1600]


def test_fields_are_edited_in_place_and_undoable(table, qtbot):
    from reader.commitments.tracking import list_commitments
    from reader.ui.commitments_table import COLUMNS

    table.search.setText("3000")
    source_row = table.proxy.mapToSource(table.proxy.index(0, 0)).row()
    record = table.visible_records()[0]
    with qtbot.waitSignal(table.hub.changed):
        table.model.item(source_row, COLUMNS.index("metric")).setText("中高端人才")
    assert next(r for r in list_commitments() if r.annotation_id == record.annotation_id).metric == "中高端人才"
    table.undo_stack.undo()
    assert next(r for r in list_commitments() if r.annotation_id == record.annotation_id).metric == "新增中高端人才"
    table.search.setText("3000")
    source_row = table.proxy.mapToSource(table.proxy.index(0, 0)).row()
    table.model.item(source_row, COLUMNS.index("value")).setText("很多")
    assert "not a number" in table.status.text()
    assert table.model.item(source_row, COLUMNS.index("value")).text() == "3000"
