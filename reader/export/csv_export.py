"""CSV: UTF-8 with a BOM so Excel shows the Chinese correctly; one row per annotation."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from reader.export.records import ExportRecord
from reader.export.table import header, row


def csv_bytes(names: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """A header and rows as CSV for spreadsheet programs: UTF-8 with a BOM, CRLF line ends, None as empty."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180 line ends, what Excel expects
    writer.writerow(names)
    for values in rows:
        writer.writerow(["" if value is None else value for value in values])
    return buffer.getvalue().encode("utf-8-sig")


def to_csv(records: list[ExportRecord]) -> bytes:
    return csv_bytes(header(), (row(record) for record in records))
