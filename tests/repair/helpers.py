"""Blocks of a page as the join stage sees them, for tests of single stages."""

from __future__ import annotations

from reader.repair.blocks import clean_block, split_blocks
from reader.repair.classify import classify_page
from reader.repair.ledger import Ledger
from reader.repair.loading import page_from_text
from reader.repair.model import Block, Page


def page_blocks(text: str) -> tuple[Page, list[Block], Ledger]:
    """``text`` as one page: split into blocks, cleaned and classified (no dedupe, no joins yet)."""
    page = page_from_text(text)
    ledger = Ledger()
    blocks = split_blocks(page)
    for block in blocks:
        clean_block(block, ledger)
    classify_page(blocks, ledger)
    return page, blocks, ledger
