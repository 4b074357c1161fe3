"""Manual repair fixes: what the user points at in Show original, turned into an ``Override``."""

from __future__ import annotations

from typing import Any, Iterable

from reader.repair.model import Override
from reader.ui.original_map import OriginalMap, SegmentRef, as_ref, repairs_at, segment_at

JOIN_KINDS = ("join", "stitch", "table")  # repairs that put blocks together and can be undone with "unjoin"
OPS = ("split", "join", "unjoin", "move")


def dedupe(items: Iterable[str]) -> list[str]:
    """Items in first-seen order without repeats."""
    return list(dict.fromkeys(items))


def at_original(omap: OriginalMap, repairs: list[dict[str, Any]], op: str, pos: int) -> Override | None:
    """The fix ``op`` means at document position ``pos`` of the original pane, or None if none fits there."""
    info = omap.block_at(pos)
    found = omap.locate(pos)
    if info is None or found is None:
        return None
    block_id = info.ref.block_id
    if op == "split":
        offset = omap.offset_in_block(info, found[1])
        return Override("split", block_id, offset=offset) if 0 < offset < len(info.text) else None
    if op == "join":
        nxt = omap.next_block(info)
        return Override("join", block_id, nxt.ref.block_id) if nxt is not None else None
    if op == "unjoin":
        for repair in repairs_at(repairs, found[0].number, found[1]):
            refs = [as_ref(s) for s in repair.get("source", [])]
            blocks = dedupe(r.block_id for r in refs if r.block >= 0)
            if repair.get("kind") in JOIN_KINDS and len(blocks) >= 2:
                return Override("unjoin", blocks[0], blocks[1])
        return None
    if op == "move":
        return Override("move", block_id)
    return None


def at_repaired(omap: OriginalMap, paragraphs: list[list[SegmentRef]], op: str, para: int, offset: int) -> Override | None:
    """The fix ``op`` means at ``offset`` of repaired paragraph ``para`` (whose segments are given)."""
    if not 0 <= para < len(paragraphs) or not paragraphs[para]:
        return None
    segments = paragraphs[para]
    index = segment_at(segments, offset)
    if index is None:
        return None
    seg = segments[index]
    if seg.ref.block < 0:
        return None
    if op == "split":
        info = omap.block(seg.ref.page, seg.ref.block)
        # The segment may start inside its block (after an earlier split): add what lies before it.
        before = omap.offset_in_block(info, seg.ref.start) if info is not None else 0
        into = before + offset - seg.offset
        length = len(info.text) if info is not None else into + 1
        return Override("split", seg.ref.block_id, offset=into) if 0 < into < length else None
    if op == "join":
        if para + 1 >= len(paragraphs) or not paragraphs[para + 1]:
            return None
        return Override("join", segments[-1].ref.block_id, paragraphs[para + 1][0].ref.block_id)
    if op == "unjoin":
        cuts = [j for j in range(1, len(segments)) if segments[j].ref.block_id != segments[j - 1].ref.block_id]
        if not cuts:
            return None
        j = min(cuts, key=lambda cut: abs(segments[cut].offset - offset))
        return Override("unjoin", segments[j - 1].ref.block_id, segments[j].ref.block_id)
    if op == "move":
        return Override("move", seg.ref.block_id)
    return None


def move_after(fragment: Override, target_blocks: list[str]) -> Override | None:
    """Complete a "move" fix: put the fragment right after the target article's last block."""
    if not target_blocks or target_blocks[-1] == fragment.a:
        return None
    return Override("move", fragment.a, target_blocks[-1])
