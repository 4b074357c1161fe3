"""Stage ``tables``: a guest list printed as a table and extracted column by column reads back row by row.

The interview pages ("渝中融媒会客厅") print their guests as a table: offices on the left, names on the
right. The extraction gives the columns one after the other — "访谈嘉宾", five offices, then five
names — so the text no longer says who holds which office. When a run of offices is followed by
exactly as many names, the i-th name is the i-th office's: the table is laid out row by row
("区发展改革委党组书记、主任 刘劲枫；区科技局党组书记、局长 杜俊波；…"). Anything else in the table
keeps its printed order. The user can undo it like a join ("unjoin" any two of its cells).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.repair.drafts import Draft, Piece
from reader.repair.ledger import Ledger
from reader.repair.model import Block, SourceRef

STAGE = "tables"
CONFIDENCE = 0.9  # rows are read by position: right whenever each column came out whole and in order
_OFFICE = re.compile(r"^[^。！？!?，,；;：:]{5,30}(书记|主任|局长|处长|科长|主席|委员|记者|经理|董事长|院长|校长|教授|代表|总监|负责人)$")
_NAME = re.compile(r"^[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,2}$")  # 2 or 3 characters; "刘 侃" is spaced out to fill a cell
ROW_SEP = "；"


@dataclass(frozen=True)
class Cell:
    text: str
    source: SourceRef  # the whole block, or the line of it that holds the cell (as a removed marker's span)
    block: Block


def is_office(text: str) -> bool:
    return bool(_OFFICE.match(text))


def is_name(text: str) -> bool:
    return bool(_NAME.match(text))


def read_table_rows(drafts: list[Draft], ledger: Ledger) -> None:
    """Lay out each table piece's office and name columns row by row, recording each table so read."""
    for draft in drafts:
        for piece in draft.pieces:
            if piece.kind == "table":
                _read_rows(piece, ledger)


def cells_of(piece: Piece) -> list[Cell]:
    """The cells of a table piece in printed order: a block per cell, or a column's cells on the lines
    of one block."""
    cells: list[Cell] = []
    for block in piece.blocks:
        lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", block.raw)]
        texts = [line.strip() for _, line in lines]
        if len(lines) < 2 or " ".join(t for t in texts if t) != block.text:
            cells.append(Cell(block.text, block.ref, block))  # one cell, or lines the cleaning changed
            continue
        for (at, line), text in zip(lines, texts):
            if text:
                start = block.start + at + line.index(text)
                cells.append(Cell(text, SourceRef(block.page, block.index, start, start + len(text)), block))
    return cells


def columns(cells: list[Cell]) -> tuple[int, int] | None:
    """(first office, rows) of the first run of two or more offices followed by as many names."""
    i = 0
    while i < len(cells):
        offices = 0
        while i + offices < len(cells) and is_office(cells[i + offices].text):
            offices += 1
        names = 0
        while i + offices + names < len(cells) and is_name(cells[i + offices + names].text):
            names += 1
        if offices >= 2 and names == offices:
            return i, offices
        i += max(1, offices + names)
    return None


def _read_rows(piece: Piece, ledger: Ledger) -> None:
    cells = cells_of(piece)
    found = columns(cells)
    if found is None:
        return
    first, rows = found
    offices, names = cells[first : first + rows], cells[first + rows : first + 2 * rows]
    blocks = {c.block.id: c.block for pair in zip(offices, names) for c in pair}  # in row order
    if any(a in blocks and b in blocks for a, b in ledger.forbidden):
        return  # the user undid it
    laid = cells[:first] + [c for pair in zip(offices, names) for c in pair] + cells[first + 2 * rows :]
    last_name = first + 2 * rows - 1
    # a row's office and name are spaced like the other cells; a row ends at its name
    piece.seps = [ROW_SEP if first <= k < last_name and (k - first) % 2 else " " for k in range(len(laid) - 1)]
    piece.cells = [(c.text, c.source) for c in laid]
    ledger.repair(
        "table", CONFIDENCE, [block.ref for block in blocks.values()], stage=STAGE,
        detail=f"{rows} rows: {offices[0].text} {names[0].text}{ROW_SEP}…",
        id=f"table:{'+'.join(blocks)}",
    )
