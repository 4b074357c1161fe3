"""The Show-original document map: page layout, block numbering like the repair engine, offsets into blocks."""

from __future__ import annotations

from types import SimpleNamespace

from reader.ui.original_fixes import at_original, at_repaired, move_after
from reader.ui.original_map import OriginalMap, Ref, SegmentRef, block_text_offset, repairs_at

PAGE1 = "# 要闻\n\n区委召开会议，研究部\n\n署下一步工作。(下转2版)\n\n扫码关注重庆渝中APP"
PAGE2 = "(上接1版)会议强调，要打造物理\n空间。\n\n另一篇文章"


def _map() -> OriginalMap:
    pages = [SimpleNamespace(number=1, name="p1.txt", text=PAGE1), SimpleNamespace(number=2, name="p2.txt", text=PAGE2)]
    return OriginalMap(pages, heading="== {number} {name} ==")


def test_pages_are_laid_out_under_headings():
    omap = _map()
    assert omap.text.startswith("== 1 p1.txt ==\n" + PAGE1)
    assert "== 2 p2.txt ==\n" + PAGE2 in omap.text
    start, end = omap.to_doc(Ref(2, 0, 0, 6))
    assert omap.text[start:end] == "(上接1版)"
    page, offset = omap.locate(start + 3)
    assert (page.number, offset) == (2, 3)


def test_blocks_are_numbered_like_the_repair_engine():
    omap = _map()
    assert [b.ref.block_id for b in omap.pages[0].blocks] == ["p1b0", "p1b1", "p1b2", "p1b3"]
    assert omap.pages[0].blocks[0].text == "要闻"  # heading markup stripped
    assert omap.pages[0].blocks[2].text == "署下一步工作。"  # jump marker stripped
    pos = omap.text.index("研究部")
    assert omap.block_at(pos).ref.block_id == "p1b1"
    assert omap.next_block(omap.block(1, 3)).ref.block_id == "p2b0"  # across the page break


def test_offset_in_block_skips_markers_and_line_breaks():
    assert block_text_offset("(上接1版)会议强调，要打造物理\n空间。", "会议强调，要打造物理空间。", 17) == 10
    assert block_text_offset("# 要闻", "要闻", 3) == 1
    assert block_text_offset("abc", "abc", 0) == 0


def test_split_in_the_original_counts_into_the_cleaned_block():
    omap = _map()
    pos = omap.text.index("空间。")
    fix = at_original(omap, [], "split", pos)
    assert (fix.op, fix.a, fix.offset) == ("split", "p2b0", 10)
    assert at_original(omap, [], "split", omap.text.index("另一篇")) is None  # at a block's start: nothing to split


def test_merge_and_unjoin_in_the_original():
    omap = _map()
    pos = omap.text.index("研究部")
    assert at_original(omap, [], "join", pos).b == "p1b2"
    join = {"kind": "join", "confidence": 0.9, "detail": "研究部|署", "source": [
        {"page": 1, "block": 1, "start": PAGE1.index("区委"), "end": PAGE1.index("\n\n署")},
        {"page": 1, "block": 2, "start": PAGE1.index("署下"), "end": PAGE1.index("(下转")},
    ]}  # fmt: skip
    assert repairs_at([join], 1, PAGE1.index("研究")) == [join]
    fix = at_original(omap, [join], "unjoin", pos)
    assert (fix.op, fix.a, fix.b) == ("unjoin", "p1b1", "p1b2")
    assert at_original(omap, [], "unjoin", pos) is None
    table = {**join, "kind": "table"}  # a guest list read row by row is undone the same way
    fix = at_original(omap, [table], "unjoin", pos)
    assert (fix.op, fix.a, fix.b) == ("unjoin", "p1b1", "p1b2")
    assert at_original(omap, [{**join, "kind": "dedupe"}], "unjoin", pos) is None


def test_fixes_in_the_repaired_text_follow_the_segments():
    omap = _map()
    b1, b2 = omap.block(1, 1), omap.block(1, 2)
    paragraphs = [
        [SegmentRef(0, b1.ref), SegmentRef(len(b1.text), b2.ref)],  # "区委召开会议，研究部署下一步工作。"
        [SegmentRef(0, omap.block(2, 0).ref)],
    ]
    split = at_repaired(omap, paragraphs, "split", 0, len(b1.text) + 1)
    assert (split.a, split.offset) == ("p1b2", 1)
    unjoin = at_repaired(omap, paragraphs, "unjoin", 0, 3)
    assert (unjoin.a, unjoin.b) == ("p1b1", "p1b2")
    join = at_repaired(omap, paragraphs, "join", 0, 0)
    assert (join.a, join.b) == ("p1b2", "p2b0")
    assert at_repaired(omap, paragraphs, "join", 1, 0) is None  # the last paragraph has no next
    move = move_after(at_repaired(omap, paragraphs, "move", 1, 2), ["p1b3"])
    assert (move.op, move.a, move.b) == ("move", "p2b0", "p1b3")
