"""XLSX (openpyxl): a frozen header row, an autofilter, column widths that fit, tags in one column."""

from __future__ import annotations

import io
import unicodedata

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from reader.annotations.colors import color_hex
from reader.export.records import ExportRecord
from reader.export.table import COLUMNS, header, row

MAX_WIDTH = 80
WRAPPED = {"quote", "note", "prefix", "suffix", "article_title"}


def _display_width(text: str) -> int:
    # East Asian wide characters take two columns in a spreadsheet cell.
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def to_xlsx(records: list[ExportRecord]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Annotations"
    sheet.append(header())
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [_display_width(name) + 2 for name in header()]
    color_col = header().index("color")
    for r, record in enumerate(records, start=2):
        for c, value in enumerate(row(record), start=1):
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
                cell.value = value
                cell.data_type = "s"  # a quote starting with "=" is text, never a formula
                widths[c - 1] = max(
                    widths[c - 1], max((_display_width(line) for line in value.split("\n")), default=0) + 2
                )
            else:
                cell.value = value
            if COLUMNS[c - 1][0] in WRAPPED:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            else:
                cell.alignment = Alignment(vertical="top")
        fill = color_hex(record.annotation.color).lstrip("#").upper()
        sheet.cell(row=r, column=color_col + 1).fill = PatternFill("solid", start_color=fill, end_color=fill)
    for index, (_name, hint) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(
            MAX_WIDTH, max(8, min(widths[index - 1], hint * 2))
        )
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(1, len(records) + 1)}"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
