"""CSV: UTF-8 with a BOM so Excel shows the Chinese correctly; one row per annotation."""

from __future__ import annotations

import csv
import io

from reader.export.records import ExportRecord
from reader.export.table import header, row


def to_csv(records: list[ExportRecord]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180 line ends, what Excel expects
    writer.writerow(header())
    for record in records:
        writer.writerow(["" if value is None else value for value in row(record)])
    return buffer.getvalue().encode("utf-8-sig")
