"""Suggest, accept, reject and track commitments stored in a library."""

from __future__ import annotations

import csv
import io

import pytest

from reader.commitments.library import accept, accept_all, reject, suggest, unaccept, unreject
from reader.commitments.tracking import list_commitments, metric_series, set_status, update_fields
from reader.errors import ReaderError


def test_suggestions_come_from_the_plan_only(report):
    found = suggest(source=report.source)
    assert [(s.metric, s.value, s.unit) for s in found] == [
        ("地区生产总值增长", 6, "%"),
        ("社会消费品零售总额", 1500, "亿元"),
        ("新增规模以上金融机构", 7, "家"),
        ("公路运输周转量增长", 5, "%"),
        ("邮政业务总量增长", 20, "%"),
    ]
    first = found[0]
    assert first.source == report.source and first.article_title == "政府工作报告"
    assert first.period == "2025年"
    from reader.library.models import Article

    text = Article.get_by_id(first.article_id).text
    assert text[first.start : first.end] == first.text
    assert set(first.to_json()) == {
        "source", "article_id", "article_title", "text", "start", "end", "metric", "value", "unit",
        "qualifier", "period", "actor", "confidence",
    }


def test_accept_makes_a_commitment_annotation(report):
    from reader.annotations.ops import get_annotation

    s = suggest(source=report.source)[1]
    view = accept(s, note="看年底数据")
    assert "承诺" in view.tags and view.quote == s.text and view.note == "看年底数据"
    assert view.extra["metric"] == "社会消费品零售总额" and view.extra["value"] == 1500
    assert view.extra["unit"] == "亿元" and view.extra["qualifier"] == "突破" and view.extra["status"] == "planned"
    assert get_annotation(view.id).extra == view.extra
    assert s.text not in [x.text for x in suggest(source=report.source)]  # no longer suggested
    assert accept(s).id == view.id  # accepting twice changes nothing
    unaccept(view.id)
    assert s.text in [x.text for x in suggest(source=report.source)]  # undo brings it back


def test_accept_with_corrected_fields(report):
    s = suggest(source=report.source)[0]
    view = accept(s, metric="GDP增速", period="2025年全年")
    assert view.extra["metric"] == "GDP增速" and view.extra["period"] == "2025年全年"
    with pytest.raises(ReaderError):
        accept(s, colour="red")


def test_list_items_are_accepted_one_by_one(report):
    items = [s for s in suggest(source=report.source) if "分别" in s.text]
    assert len(items) == 2
    accept(items[0])
    left = [s for s in suggest(source=report.source) if "分别" in s.text]
    assert [s.value for s in left] == [20]


def test_reject_is_remembered_and_undoable(report, make_report):
    s = suggest(source=report.source)[2]
    reject(s)
    assert s.key not in [x.key for x in suggest(source=report.source)]
    assert s.key in [x.key for x in suggest(source=report.source, include_decided=True)]
    # the same issue re-imported under another name keeps its sha: still rejected
    unreject(s)
    assert s.key in [x.key for x in suggest(source=report.source)]


def test_reject_survives_a_reimport_with_the_same_text(library, make_report):
    from reader.library.models import Article, Issue

    issue = make_report()
    s = suggest(issue_id=issue.id)[0]
    reject(s)
    sha = issue.sha256
    Article.delete().where(Article.issue == issue.id).execute()
    Issue.delete().where(Issue.id == issue.id).execute()
    again = make_report()  # same file, same bytes: same sha
    assert again.sha256 == sha
    assert s.key not in [x.key for x in suggest(issue_id=again.id)]


def test_accept_all_above_a_confidence(report):
    every = suggest(source=report.source)
    high = [s for s in every if s.confidence >= 0.9]
    assert 0 < len(high) < len(every)
    views = accept_all(min_confidence=0.9, source=report.source)
    assert len(views) == len(high)
    assert len(suggest(source=report.source)) == len(every) - len(high)
    with pytest.raises(ReaderError):
        accept_all(min_confidence=1.5)


def test_status_with_evidence_and_export(report, make_report):
    from reader.annotations.ops import create_annotation, get_annotation
    from reader.commitments.export import COLUMNS, export_commitments

    target = accept(suggest(source=report.source)[1])
    later = make_report(
        source="2026_report.txt",
        articles=[("2025年工作回顾", ["一年来，社会消费品零售总额达到1520亿元。"])],
        date="2026-01-18",
    )
    from reader.library.models import Article

    article = Article.get(Article.issue == later.id)
    start = article.text.index("社会消费品零售总额达到1520亿元")
    proof = create_annotation(article_id=article.id, start=start, end=start + 17, tags=["佐证"])
    record = set_status(target.id, "achieved", evidence=proof.id, note="超额完成")
    assert record.status == "achieved" and record.evidence_id == proof.id
    assert record.evidence_quote == proof.quote
    assert get_annotation(target.id).extra["status"] == "achieved"  # exports carry the status
    assert [r.status for r in list_commitments(status="achieved")] == ["achieved"]
    with pytest.raises(ReaderError):
        set_status(target.id, "done")
    with pytest.raises(ReaderError):
        set_status(proof.id, "achieved")  # not a commitment

    data = export_commitments("csv", list_commitments()).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data)))
    assert list(rows[0]) == [key for key, _ in COLUMNS]
    assert rows[0]["metric"] == "社会消费品零售总额" and rows[0]["value"] == "1500" and rows[0]["unit"] == "亿元"
    assert rows[0]["status"] == "achieved" and rows[0]["evidence_id"] == str(proof.id)

    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(export_commitments("xlsx", list_commitments())))
    sheet = book.active
    header = [c.value for c in sheet[1]]
    assert header == [key for key, _ in COLUMNS]
    assert sheet.cell(row=3, column=header.index("value_low") + 1).value == 1500


def test_edit_fields_and_range_values(report):
    from reader.commitments.tracking import parse_value

    target = accept(suggest(source=report.source)[2])
    record = update_fields(target.id, value=parse_value("5-8"), unit="家")
    assert record.value == [5, 8]
    assert parse_value("1.5") == 1.5 and parse_value("30") == 30
    with pytest.raises(ReaderError):
        parse_value("很多")


def test_metric_series_across_issues(make_report):
    first = make_report()
    second = make_report(
        source="2026_report.txt",
        articles=[("政府工作报告", ["二、2026年工作安排", "社会消费品零售总额突破1600亿元。"])],
        date="2026-01-18",
    )
    for issue in (first, second):
        for s in suggest(issue_id=issue.id):
            if s.metric == "社会消费品零售总额":
                accept(s)
    series = metric_series()
    assert len(series) == 1
    assert series[0].metric == "社会消费品零售总额" and series[0].unit == "亿元"
    assert [p.value for p in series[0].points] == [1500, 1600]


def test_unknown_things_are_clear_errors(library):
    with pytest.raises(ReaderError, match="no issue"):
        suggest(source="nothing.txt")
    with pytest.raises(ReaderError, match="no article"):
        suggest(article_id=999)
