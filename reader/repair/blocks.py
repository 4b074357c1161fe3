"""Stage ``blocks``: cut a page into blank-line separated blocks, strip markup and jump markers."""

from __future__ import annotations

import re

from reader.repair.ledger import Ledger
from reader.repair.model import Block, Page, SourceRef

STAGE = "blocks"

_BLANK = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
_HEADING = re.compile(r"^(#{1,6})[ \t]+")
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# "(下转3版)", "（上接第一版）", "(紧接1版)", "（转至A2版）": a letter before the number names the section
MARKER = re.compile(
    r"[（(［\[]\s*(上接|紧接|续接|接|下转|转至|转)\s*(?:第\s*)?(?:[A-Za-zＡ-Ｚａ-ｚ]\s*)?"
    r"([0-9０-９]+|[一二三四五六七八九十]+)\s*(?:版|页)\s*[)）］\]]"
)


def split_blocks(page: Page) -> list[Block]:
    """Blocks of non-blank text with their offsets in ``page.text``; indexes count non-empty blocks."""
    blocks: list[Block] = []
    pos = 0
    text = page.text
    for match in list(_BLANK.finditer(text)) + [None]:
        end = match.start() if match else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            start = pos + (len(chunk) - len(chunk.lstrip()))
            stop = start + len(stripped)
            blocks.append(Block(page=page.number, index=len(blocks), start=start, end=stop, text=stripped, raw=stripped))
        if match:
            pos = match.end()
    return blocks


def page_number(token: str) -> int:
    """"3" / "３" / "三" / "十二" → int."""
    token = token.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if token.isdigit():
        return int(token)
    if token.startswith("十"):
        return 10 + _CN_DIGITS.get(token[1:], 0)
    if "十" in token:
        tens, _, ones = token.partition("十")
        return _CN_DIGITS.get(tens, 0) * 10 + _CN_DIGITS.get(ones, 0)
    return _CN_DIGITS.get(token, 0)


def clean_block(block: Block, ledger: Ledger) -> None:
    """Strip heading markup and jump markers, unwrap "␠␠\\n" line breaks; record what went."""
    text = block.raw
    heading = _HEADING.match(text)
    if heading:
        block.level = len(heading.group(1))
        ledger.remove(heading.group(1), "markup", block.ref)
        text = text[heading.end():]
    for marker in MARKER.finditer(text):
        number = page_number(marker.group(2))
        if marker.group(1).endswith("接"):
            block.jump_from = number
        else:
            block.jump_to = number
        block.markers.append(marker.group())
        ledger.remove(marker.group(), "marker", SourceRef(block.page, block.index, block.start + block.raw.find(marker.group()), block.start + block.raw.find(marker.group()) + len(marker.group())))
    if block.markers:
        text = MARKER.sub("", text)
        ledger.repair("strip", 0.99, (block.ref,), stage=STAGE, detail=f"jump marker {' '.join(block.markers)} removed")
    if "\n" in text:
        lines = [line.strip() for line in text.split("\n")]
        if any(line.endswith("  ") for line in text.split("\n")[:-1]):
            block.wrapped = True
            text = "".join(lines)
            ledger.repair("unwrap-heading", 0.95, (block.ref,), stage=STAGE, detail=f"{len(lines)} wrapped lines → {text[:30]}")
        else:
            block.wrapped = True
            text = _join_lines(lines)
    block.text = text.strip()


def _join_lines(lines: list[str]) -> str:
    """Plain line breaks inside a block (two-deck titles, table cells) become single spaces."""
    return " ".join(line for line in lines if line)
