"""Finding an issue's paper name, date and number in its text or file name, when they are there."""

from __future__ import annotations

import re
from dataclasses import dataclass

KNOWN_PAPERS = ("渝中报",)
_PAPER = re.compile(r"([\u4e00-\u9fff]{2,6}(?:日报|晚报|报))")
_DATE_CN = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DATE_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")
_NUMBER = re.compile(r"第\s*([0-9０-９]+)\s*期")
HEAD_CHARS = 600  # mastheads are at the top of the first page


@dataclass(frozen=True)
class IssueMetadata:
    paper: str = ""
    date: str = ""
    number: str = ""


def _date(year: str, month: str, day: str) -> str:
    m, d = int(month), int(day)
    if 1 <= m <= 12 and 1 <= d <= 31:
        return f"{int(year):04d}-{m:02d}-{d:02d}"
    return ""


def detect(text: str, *, name: str = "") -> IssueMetadata:
    """Paper, ISO date and issue number from the masthead region of ``text`` or from ``name``."""
    head = text[:HEAD_CHARS]
    paper = next((p for p in KNOWN_PAPERS if p in text), "")
    if not paper:
        # Only a line that is nothing but a paper's name: "工作汇报" in a sentence is no masthead.
        for line in head.splitlines():
            match = _PAPER.fullmatch(line.strip("#* \t"))
            if match and match.group(1) not in {"本报", "日报", "晚报"}:
                paper = match.group(1)
                break
    date = ""
    match = _DATE_CN.search(head)
    if match:
        date = _date(*match.groups())
    if not date:
        match = _DATE_ISO.search(name)
        if match:
            date = _date(*match.groups())
    number = ""
    match = _NUMBER.search(head)
    if match:
        number = str(int(match.group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789"))))
    return IssueMetadata(paper=paper, date=date, number=number)
