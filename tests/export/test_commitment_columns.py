"""Accepted commitments carry their structured fields into every export format."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook

from reader.annotations.ops import annotate
from reader.commitments import accept, set_status, suggest
from reader.export import export_annotations
from reader.export.table import COMMITMENT_COLUMNS, header
from w3c import must_failures

OLD_COLUMNS = [
    "id", "source", "paper", "date", "article", "article_title", "page", "start", "end", "quote", "tags", "note",
    "color", "orphan", "prefix", "suffix", "created", "modified", "extra", "issue_uri",
]


@pytest.fixture
def tracked(issue):
    """The GDP target accepted and marked achieved, with a plain highlight as its evidence."""
    gdp = next(s for s in suggest(source="003_test.txt") if s.metric.startswith("地区生产总值"))
    commitment = accept(gdp)
    evidence = annotate(source="003_test.txt", quote="研究部署", note="结果见此")
    set_status(commitment.id, "achieved", evidence=evidence.id)
    return commitment, evidence


def _csv_rows() -> dict[str, dict[str, str]]:
    rows = list(csv.reader(io.StringIO(export_annotations("csv").decode("utf-8-sig"))))
    assert rows[0] == header()
    return {r[header().index("quote")]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}


def test_columns_are_appended_so_old_scripts_keep_working():
    assert header()[: len(OLD_COLUMNS)] == OLD_COLUMNS
    assert header()[len(OLD_COLUMNS) :] == list(COMMITMENT_COLUMNS)
    assert list(COMMITMENT_COLUMNS) == [
        "metric", "value", "unit", "qualifier", "period", "actor", "status", "evidence",
    ]


def test_csv_has_a_column_per_field(tracked):
    commitment, evidence = tracked
    rows = _csv_rows()
    row = rows[commitment.quote]
    assert row["metric"] == "地区生产总值增长" and row["value"] == "5.5" and row["unit"] == "%"
    assert row["qualifier"] == "左右" and row["period"] == "今年"
    assert row["status"] == "achieved" and row["evidence"] == evidence.uuid
    assert json.loads(row["extra"])["metric"] == "地区生产总值增长"  # the JSON column stays
    plain = rows["研究部署"]
    assert all(plain[name] == "" for name in COMMITMENT_COLUMNS)


def test_xlsx_keeps_numbers_numeric(tracked, tmp_path):
    commitment, evidence = tracked
    path = tmp_path / "a.xlsx"
    path.write_bytes(export_annotations("xlsx"))
    sheet = load_workbook(path).active
    names = [c.value for c in sheet[1]]
    assert names == header()
    cells = sheet.iter_rows(min_row=2, values_only=True)
    rows = {r[names.index("quote")]: dict(zip(names, r, strict=True)) for r in cells}
    row = rows[commitment.quote]
    assert row["value"] == 5.5 and row["unit"] == "%" and row["metric"] == "地区生产总值增长"
    assert row["status"] == "achieved" and row["evidence"] == evidence.uuid
    assert rows["研究部署"]["metric"] is None


def test_status_change_shows_in_the_next_export(tracked):
    commitment, _ = tracked
    set_status(commitment.id, "missed", clear_evidence=True)
    row = _csv_rows()[commitment.quote]
    assert row["status"] == "missed" and row["evidence"] == ""


def test_ranges_read_as_one_cell(issue):
    view = annotate(source="003_test.txt", quote="物理空间", tags=["承诺"])
    from reader.annotations.ops import update_annotation

    update_annotation(view.id, extra={"metric": "增速", "value": [5, 8], "unit": "%"})
    row = _csv_rows()["物理空间"]
    assert row["value"] == "5—8" and row["status"] == "" and row["evidence"] == ""


def test_markdown_has_one_commitment_line(tracked):
    commitment, evidence = tracked
    text = export_annotations("md").decode("utf-8")
    lines = [line for line in text.splitlines() if line.startswith("- Commitment: ")]
    assert lines == [
        "- Commitment: metric: 地区生产总值增长 · value: 5.5 · unit: % · qualifier: 左右 · period: 今年 · "
        f"status: achieved · evidence: `{evidence.uuid}`"
    ]
    assert "- Fields: confidence: 0.95\n" in text  # what is not a column still shows, unescaped


def test_html_lists_the_fields(tracked):
    _, evidence = tracked
    text = export_annotations("html").decode("utf-8")
    assert '<ul class="meta commitment"><li>metric: 地区生产总值增长</li>' in text
    assert f"<li>evidence: {evidence.uuid}</li>" in text


def test_jsonld_declares_the_namespace_and_links_the_evidence(tracked):
    commitment, evidence = tracked
    doc = json.loads(export_annotations("jsonld"))
    assert {"reader": "urn:difangbao-reader:ns#"} in doc["@context"]
    item = next(i for i in doc["first"]["items"] if i["id"] == f"urn:uuid:{commitment.uuid}")
    body = next(b for b in item["body"] if b["purpose"] == "describing")
    assert (body["reader:metric"], body["reader:value"], body["reader:unit"]) == ("地区生产总值增长", 5.5, "%")
    assert body["reader:status"] == "achieved"
    assert body["reader:evidenceAnnotation"] == f"urn:uuid:{evidence.uuid}"
    assert all(must_failures(i) == [] for i in doc["first"]["items"])


def test_evidence_survives_export_and_import_into_a_fresh_library(tracked, make_issue, issue, tmp_path):
    from reader.export import import_annotations
    from reader.library.db import connect

    commitment, evidence = tracked
    before = _csv_rows()
    path = tmp_path / "notes.jsonld"
    path.write_bytes(export_annotations("jsonld"))
    connect(tmp_path / "fresh.sqlite3")
    make_issue(sha=issue.sha256)  # the same issue; a highlight takes the first ids so they differ
    annotate(source="003_test.txt", quote="区民政局")
    report = import_annotations(path)
    assert len(report.added) == 2 and not report.failed
    after = _csv_rows()
    for quote in (commitment.quote, "研究部署"):
        for name in (*COMMITMENT_COLUMNS, "id", "quote", "start", "end"):
            assert after[quote][name] == before[quote][name], (quote, name)
    from reader.commitments import list_commitments

    (record,) = list_commitments()
    assert record.status == "achieved" and record.evidence_quote == "研究部署"
