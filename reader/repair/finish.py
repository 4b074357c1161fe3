"""Turn drafts into the public ``Article`` values: paragraph text, segments back to the input, flags."""

from __future__ import annotations

from reader.repair.classify import LEAD
from reader.repair.drafts import Draft
from reader.repair.join import is_tail
from reader.repair.join_clues import opens_on_a_cut
from reader.repair.model import Article, Paragraph, Segment


def finish(draft: Draft) -> Article:
    paragraphs: list[Paragraph] = []
    for piece in draft.pieces:
        text = ""
        segments: list[Segment] = []
        parts = piece.cells if piece.cells is not None else [(block.text, block.ref) for block in piece.blocks]
        for i, (part, source) in enumerate(parts):
            if i:
                text += piece.seps[i - 1] if i - 1 < len(piece.seps) else ""
            segments.append(Segment(offset=len(text), source=source))
            text += part
        if not text.strip():
            continue
        kind = {"table": "paragraph"}.get(piece.kind, piece.kind)
        paragraphs.append(Paragraph(text=text, segments=segments, kind=kind))
    title = draft.title.text if draft.title else (draft.borrowed_title or "")
    first = draft.pieces[0].blocks[0] if draft.pieces else None
    last = draft.last_block
    orphan_head = first is not None and opens_on_a_cut(first.text) and not LEAD.match(first.text)
    dangling = last is not None and is_tail(last)
    byline = draft.byline.text if draft.byline else None
    if byline is None and first is not None:
        lead = LEAD.match(first.text)
        if lead and first.text[lead.end():lead.end() + 1] in "（(":
            close = first.text.find("）", lead.end())
            close = close if close >= 0 else first.text.find(")", lead.end())
            if 0 < close < 40:
                byline = first.text[: close + 1]
    return Article(
        title=title,
        paragraphs=paragraphs,
        subtitle=" ".join(b.text for b in draft.subtitle) or None,
        kicker=" ".join(b.text for b in draft.kicker) or None,
        byline=byline,
        page=draft.page,
        continued_from=draft.continued_from,
        continues_to=draft.continues_to,
        incomplete=draft.continued_from is not None
        or draft.continues_to is not None
        or draft.gaps > 0
        or orphan_head
        or dangling,
        blocks=[b.id for b in draft.blocks],
    )
