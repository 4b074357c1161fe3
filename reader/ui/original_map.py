"""Where things are in the Show-original document: pages, blocks, repairs and article segments.

Plain Python (no widgets) so the mapping between the raw pages and the repaired article can be
tested on its own. Offsets named ``pos`` are positions in the combined document the view shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from reader.repair.blocks import MARKER, clean_block, split_blocks
from reader.repair.ledger import Ledger
from reader.repair.model import Page

_HEADING = re.compile(r"^\s*#{1,6}[ \t]+")  # the markup clean_block strips from a heading block


@dataclass(frozen=True)
class Ref:
    """A span of a page's normalised text (a SourceRef, whatever form the core handed it in)."""

    page: int
    block: int
    start: int
    end: int

    @property
    def block_id(self) -> str:
        return f"p{self.page}b{self.block}"


@dataclass(frozen=True)
class SegmentRef:
    """``paragraph[offset:…]`` came from ``ref``."""

    offset: int
    ref: Ref


def as_ref(value: Any) -> Ref:
    """A Ref from a SourceRef, a Segment or their JSON dicts."""
    if isinstance(value, dict):
        return Ref(int(value["page"]), int(value.get("block", -1)), int(value["start"]), int(value["end"]))
    source = getattr(value, "source", value)
    return Ref(int(source.page), int(source.block), int(source.start), int(source.end))


def as_segment(value: Any) -> SegmentRef:
    offset = value["offset"] if isinstance(value, dict) else value.offset
    return SegmentRef(int(offset), as_ref(value))


def _non_space_count(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def block_text_offset(raw: str, cleaned: str, raw_offset: int) -> int:
    """Offset in a block's cleaned text (markup and jump markers gone, lines unwrapped) of ``raw[raw_offset]``.

    Cleaning only drops whitespace, heading markup and markers, so counting the other characters
    before the point in both texts lines them up.
    """
    prefix = _HEADING.sub("", raw[:raw_offset], count=1)
    prefix = MARKER.sub("", prefix)
    wanted = _non_space_count(prefix)
    if wanted == 0:
        return 0
    seen = 0
    for index, ch in enumerate(cleaned):
        if not ch.isspace():
            seen += 1
            if seen == wanted:
                return index + 1
    return len(cleaned)


@dataclass(frozen=True)
class BlockInfo:
    ref: Ref
    raw: str  # page text of the block
    text: str  # the block's text as the repair engine cleaned it


@dataclass
class PageLayout:
    number: int
    name: str
    base: int  # document position of the page's first character
    text: str
    blocks: list[BlockInfo] = field(default_factory=list)


def page_blocks(number: int, name: str, text: str) -> list[BlockInfo]:
    """The page's blocks exactly as the repair engine numbers and cleans them."""
    page = Page(number=number, name=name, text=text, encoding="utf-8")
    out = []
    for block in split_blocks(page):
        clean_block(block, Ledger())
        out.append(BlockInfo(Ref(number, block.index, block.start, block.end), text[block.start : block.end], block.text))
    return out


class OriginalMap:
    """The pages laid out one after another (each under a heading line), with lookups both ways."""

    def __init__(self, pages: Iterable[Any], heading: str = "── {number} · {name} ──") -> None:
        self.pages: list[PageLayout] = []
        parts: list[str] = []
        pos = 0
        for page in pages:
            head = heading.format(number=page.number, name=page.name) + "\n"
            parts.append(head)
            pos += len(head)
            blocks = page_blocks(int(page.number), str(page.name), page.text)
            self.pages.append(PageLayout(int(page.number), str(page.name), pos, page.text, blocks))
            parts.append(page.text)
            pos += len(page.text)
            parts.append("\n\n")
            pos += 2
        self.text = "".join(parts)
        self.by_number = {p.number: p for p in self.pages}

    def to_doc(self, ref: Ref) -> tuple[int, int] | None:
        """Document (start, end) of a page span, or None for a page not shown."""
        page = self.by_number.get(ref.page)
        if page is None:
            return None
        start = max(0, min(ref.start, len(page.text)))
        end = max(start, min(ref.end, len(page.text)))
        return page.base + start, page.base + end

    def locate(self, pos: int) -> tuple[PageLayout, int] | None:
        """(page, offset in its text) for a document position inside a page's text."""
        for page in self.pages:
            if page.base <= pos <= page.base + len(page.text):
                return page, pos - page.base
        return None

    def block_at(self, pos: int) -> BlockInfo | None:
        """The block under a document position."""
        found = self.locate(pos)
        if found is None:
            return None
        page, offset = found
        for info in page.blocks:
            if info.ref.start <= offset < max(info.ref.end, info.ref.start + 1):
                return info
        return None

    def block(self, page: int, index: int) -> BlockInfo | None:
        layout = self.by_number.get(page)
        if layout is None or not 0 <= index < len(layout.blocks):
            return None
        return layout.blocks[index]

    def next_block(self, info: BlockInfo) -> BlockInfo | None:
        """The block after ``info`` on the same page, or the first block of the next page."""
        nxt = self.block(info.ref.page, info.ref.block + 1)
        if nxt is not None:
            return nxt
        later = [p for p in self.pages if p.number > info.ref.page and p.blocks]
        return later[0].blocks[0] if later else None

    def offset_in_block(self, info: BlockInfo, page_offset: int) -> int:
        """Characters into the block's cleaned text at a page offset inside the block."""
        return block_text_offset(info.raw, info.text, max(0, page_offset - info.ref.start))


def repairs_at(repairs: Iterable[dict[str, Any]], page: int, offset: int) -> list[dict[str, Any]]:
    """The repairs (Repair.to_json dicts) one of whose sources covers ``offset`` on ``page``."""
    hits = []
    for repair in repairs:
        for source in repair.get("source", []):
            ref = as_ref(source)
            if ref.page == page and ref.start <= offset < max(ref.end, ref.start + 1):
                hits.append(repair)
                break
    return hits


def segment_at(segments: list[SegmentRef], offset: int) -> int | None:
    """Index of the segment holding paragraph offset ``offset`` (the last one starting at or before it)."""
    index = None
    for i, seg in enumerate(segments):
        if seg.offset <= offset:
            index = i
    return index
