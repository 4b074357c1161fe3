"""The repair pipeline: normalise → blocks → classify → dedupe → join → articles → stitch → overrides."""

from __future__ import annotations

from typing import Sequence

from reader.repair.assemble import build_drafts
from reader.repair.blocks import clean_block, split_blocks
from reader.repair.classify import classify_page, repeated_headings
from reader.repair.loading import printed_page_numbers
from reader.repair.dedupe import remove_duplicates
from reader.repair.drafts import Draft
from reader.repair.finish import finish
from reader.repair.join import find_joins
from reader.repair.ledger import Ledger
from reader.repair.model import Block, Override, Page, RepairedIssue
from reader.repair.overrides import apply_after, join_constraints
from reader.repair.rehome import rehome_orphan_heads
from reader.repair.stitch import stitch_jumps
from reader.repair.tables import read_table_rows
from reader.repair.titles import merge_orphan_titles
from reader.repair.topic import TopicSpace

BOILERPLATE = {"page-name": "page-name", "page-header": "page-header", "footer": "footer", "running-header": "running-header"}


def repair_pages(pages: Sequence[Page], *, overrides: Sequence[Override] = ()) -> RepairedIssue:
    """Repair the pages of one issue into articles, recording every change and everything removed."""
    ledger = Ledger()
    per_page = classified_pages(pages, ledger)
    forced, forbidden = join_constraints(overrides)
    ledger.forbidden = forbidden
    drafts: list[Draft] = []
    spaces: dict[int, TopicSpace] = {}
    for page, blocks in zip(pages, per_page):
        space = TopicSpace(b.text for b in blocks if b.kind not in ("duplicate",))
        spaces[page.number] = space
        joins = find_joins(blocks, forced=forced, forbidden=forbidden, weighed=ledger.weighed, checked=ledger.checked)
        page_drafts = build_drafts(blocks, joins, ledger, space=space)
        page_drafts = merge_orphan_titles(page_drafts, ledger, space=space)
        rehome_orphan_heads(page_drafts, ledger)
        drafts.extend(_lend_bylines(page_drafts))
    if len(pages) > 1:
        issue_space = TopicSpace(b.text for blocks in per_page for b in blocks)
        edition = printed_page_numbers(pages)
        drafts = stitch_jumps(drafts, ledger, space=issue_space, edition=edition)
    drafts.sort(key=lambda d: d.order)
    read_table_rows(drafts, ledger)
    articles = [finish(d) for d in drafts if d.pieces or d.title is not None or d.byline is not None]
    articles = apply_after(articles, overrides, ledger)
    return RepairedIssue(pages=list(pages), articles=articles, removed=ledger.removed, repairs=ledger.repairs)


def classified_pages(pages: Sequence[Page], ledger: Ledger) -> list[list[Block]]:
    """normalise → blocks → classify → dedupe: each page's blocks, boilerplate and duplicates marked."""
    per_page: list[list[Block]] = []
    for page in pages:
        blocks = split_blocks(page)
        for block in blocks:
            clean_block(block, ledger)
        classify_page(blocks, ledger)
        per_page.append(blocks)
    running = repeated_headings(per_page)
    for blocks in per_page:
        for block in blocks:
            if block.text in running and block.kind in ("title", "kicker", "subtitle", "section"):
                block.kind = "running-header"
    for blocks in per_page:
        for block in blocks:
            if block.kind in BOILERPLATE:
                ledger.remove(block.text, BOILERPLATE[block.kind], block.ref)
    remove_duplicates([b for blocks in per_page for b in blocks], ledger)
    return per_page


def _lend_bylines(drafts: list[Draft]) -> list[Draft]:
    """A byline printed above an article's text (alone before it) belongs to the article that follows."""
    kept: list[Draft] = []
    for i, draft in enumerate(drafts):
        if draft.byline is not None and not draft.pieces and draft.title is None:
            later = sorted((d for d in drafts[i + 1 :] if d.byline is None and d.pieces), key=lambda d: d.order)
            if later:
                later[0].byline = draft.byline
                continue
        kept.append(draft)
    return kept

