"""Markdown, CSV, XLSX and HTML exports: grouping, escaping, encodings, spreadsheet niceties."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from reader.annotations.ops import annotate, delete_annotation
from reader.errors import ReaderError
from reader.export import export_annotations
from reader.export.table import header

HOSTILE = '<script>alert("x")</script> & *bold* [link](http://x) =SUM(A1)'


@pytest.fixture
def annotated(make_issue):
    make_issue("001_a.txt")
    make_issue("002_b.txt")
    annotate(source="001_a.txt", quote="物理空间", tags=["承诺/经济", "城市"], note=HOSTILE, color="green")
    annotate(source="001_a.txt", quote="区民政局召开专题学习会", note='=HYPERLINK("http://x")')
    annotate(source="002_b.txt", quote="研究部署", tags=["城市"], note="第二期\n两行")
    trashed = annotate(source="002_b.txt", quote="支持康养")
    delete_annotation(trashed.id)


def test_markdown_groups_by_issue_then_article(annotated):
    text = export_annotations("md").decode("utf-8")
    assert text.index("## 渝中报 — 001\\_a.txt") < text.index("## 渝中报 — 002\\_b.txt")
    first_issue = text[: text.index("## 渝中报 — 002")]
    assert first_issue.index("### 区委全会精神在各部门引起热烈反响 (article 1, page 1)") < first_issue.index(
        "### 政府工作报告 (article 2, page 1)"
    )
    assert "> 物理空间" in text and "> 研究部署" in text and "支持康养" not in text  # trash left out
    assert "- Tags: `承诺/经济`, `城市`" in text or "- Tags: `城市`, `承诺/经济`" in text
    assert "\\<script\\>" in text and "<script>" not in text and "\\*bold\\*" in text
    assert "- Note: 第二期\n  两行" in text
    assert "Source: [001\\_a.txt](<urn:sha256:" in text


def test_csv_has_a_bom_stable_columns_and_one_row_each(annotated):
    data = export_annotations("csv")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == header() and rows[0][:6] == ["id", "source", "paper", "date", "article", "article_title"]
    assert len(rows) == 4
    by_quote = {r[header().index("quote")]: dict(zip(header(), r, strict=True)) for r in rows[1:]}
    assert by_quote["物理空间"]["note"] == HOSTILE
    assert sorted(by_quote["物理空间"]["tags"].split("; ")) == ["城市", "承诺/经济"]
    assert by_quote["研究部署"]["note"] == "第二期\n两行" and by_quote["物理空间"]["color"] == "green"


def test_xlsx_header_frozen_filtered_sized_and_formulas_stay_text(annotated, tmp_path):
    path = tmp_path / "a.xlsx"
    path.write_bytes(export_annotations("xlsx"))
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == header()
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(header()))}{sheet.max_row}" and sheet.max_row == 4
    quote_col = header().index("quote") + 1
    note_col = header().index("note") + 1
    notes = [sheet.cell(row=r, column=note_col) for r in range(2, 5)]
    hostile = next(c for c in notes if c.value and c.value.startswith("<script>"))
    assert hostile.data_type == "s" and hostile.value == HOSTILE
    formula = next(c for c in notes if c.value and c.value.startswith("="))
    assert formula.data_type == "s" and formula.value == '=HYPERLINK("http://x")'  # text, not a formula
    widths = {k: v.width for k, v in sheet.column_dimensions.items()}
    assert widths["A"] >= 36 and 8 <= widths[sheet.cell(row=1, column=quote_col).column_letter] <= 80
    row = next(r for r in range(2, 5) if sheet.cell(row=r, column=quote_col).value == "物理空间")
    tags_cell = sheet.cell(row=row, column=header().index("tags") + 1).value
    assert sorted(tags_cell.split("; ")) == ["城市", "承诺/经济"]  # tags in one column


def test_html_is_standalone_printable_and_escaped(annotated):
    page = export_annotations("html").decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page and "@media print" in page
    assert "<script>" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert page.count('class="annotation') == 3 and "<link" not in page and "src=" not in page


def test_filters_and_unknown_names(annotated):
    rows = list(csv.DictReader(io.StringIO(export_annotations("csv", tag="承诺").decode("utf-8-sig"))))
    assert [r["quote"] for r in rows] == ["物理空间"]  # 承诺 includes 承诺/经济
    by_source = export_annotations("md", source="002_b.txt").decode("utf-8")
    assert "研究部署" in by_source and "物理空间" not in by_source
    with pytest.raises(ReaderError, match="no tag"):
        export_annotations("md", tag="不存在")
    with pytest.raises(ReaderError, match="no issue"):
        export_annotations("md", source="nope.txt")
    with pytest.raises(ReaderError, match="unknown export format"):
        export_annotations("pdf")


@pytest.mark.parametrize("fmt", ["md", "csv", "xlsx", "html", "jsonld"])
def test_an_empty_library_exports_a_valid_empty_file(library, fmt):
    assert export_annotations(fmt)
