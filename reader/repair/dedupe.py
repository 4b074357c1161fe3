"""Stage ``dedupe``: text printed twice (a fragment repeated by the layout) is kept once."""

from __future__ import annotations

from reader.repair.classify import MIN_COPY_CHARS, may_be_a_copy
from reader.repair.ledger import Ledger
from reader.repair.model import Block

STAGE = "dedupe"
SHINGLE = 10
BODY_KINDS = ("paragraph", "section", "other")


def remove_duplicates(blocks: list[Block], ledger: Ledger) -> list[Block]:
    """Mark later copies (exact, or contained in an earlier/longer block) as ``duplicate``; returns them."""
    index: dict[str, list[Block]] = {}
    body = [b for b in blocks if b.kind in BODY_KINDS and b.text]
    for block in body:
        for i in range(0, max(1, len(block.text) - SHINGLE + 1)):
            index.setdefault(block.text[i : i + SHINGLE], []).append(block)
    removed: list[Block] = []
    for block in body:
        text = block.text
        if block.kind == "duplicate":
            continue
        if not may_be_a_copy(text):
            continue
        fragment = len(_core(text)) < MIN_COPY_CHARS
        seen: set[str] = set()
        for other in index.get(text[:SHINGLE], []):
            if other is block or other.id in seen or other.kind == "duplicate":
                continue
            seen.add(other.id)
            if text not in other.text or (fragment and other.text != text):
                continue  # a short piece counts only as an exact copy of another piece
            if len(other.text) == len(text) and _order(other) > _order(block):
                continue  # of two equal copies the first one stays
            block.kind = "duplicate"
            removed.append(block)
            ledger.remove(block.text, "duplicate", block.ref)
            ledger.repair("dedupe", 0.97 if len(other.text) == len(text) else 0.9, (block.ref, other.ref), stage=STAGE, detail=f"copy of {other.id}: {text[:24]}…", id=f"dedupe:{block.id}")
            break
    return removed


def _order(block: Block) -> tuple[int, int]:
    return (block.page, block.index)


def _core(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())
