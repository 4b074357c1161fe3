"""The commitments table as CSV or XLSX, one column per structured field."""

from __future__ import annotations

import io
from typing import Any, Sequence

from reader.commitments.store import STATUS_LABELS
from reader.commitments.tracking import CommitmentRecord, format_value
from reader.errors import ReaderError

COLUMNS: list[tuple[str, str]] = [
    ("id", "编号"),
    ("source", "期次"),
    ("issue_date", "日期"),
    ("article_title", "文章"),
    ("quote", "原文"),
    ("metric", "指标"),
    ("value", "数值"),
    ("value_low", "下限"),
    ("value_high", "上限"),
    ("unit", "单位"),
    ("qualifier", "限定"),
    ("period", "期限"),
    ("actor", "责任主体"),
    ("status", "状态"),
    ("evidence_id", "佐证批注"),
    ("evidence_quote", "佐证原文"),
    ("note", "批注"),
    ("start", "起"),
    ("end", "止"),
]


def _bounds(value: Any) -> tuple[Any, Any]:
    if isinstance(value, list) and len(value) == 2:
        return value[0], value[1]
    return value, value


def row_values(record: CommitmentRecord) -> list[Any]:
    """One record's cells, in COLUMNS order (numbers stay numbers for spreadsheets)."""
    low, high = _bounds(record.value)
    return [
        record.annotation_id, record.source, record.issue_date, record.article_title, record.quote, record.metric,
        format_value(record.value), low, high, record.unit, record.qualifier, record.period, record.actor,
        record.status, record.evidence_id or "", record.evidence_quote, record.note,
        "" if record.start is None else record.start, "" if record.end is None else record.end,
    ]


def export_commitments(fmt: str, records: Sequence[CommitmentRecord]) -> bytes:
    """``fmt`` is "csv" (UTF-8 with BOM, for spreadsheet programs) or "xlsx"."""
    header = [key for key, _ in COLUMNS]
    rows = [row_values(r) for r in records]
    if fmt == "csv":
        from reader.export.csv_export import csv_bytes

        return csv_bytes(header, rows)
    if fmt == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = "承诺"
        sheet.append(header)
        sheet.append([label for _, label in COLUMNS])  # a second header row in Chinese for readers
        for row in rows:
            sheet.append(row)
        sheet.freeze_panes = "A3"
        for column, width in zip("ABCDEFGHIJKLMNOPQRS", (6, 24, 11, 20, 40, 20, 9, 8, 8, 7, 10, 10, 12, 10, 8, 30, 20, 6, 6)):
            sheet.column_dimensions[column].width = width
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()
    raise ReaderError(f"unknown export format {fmt!r}; use csv or xlsx")


__all__ = ["COLUMNS", "STATUS_LABELS", "export_commitments", "row_values"]
