"""Manual fixes (``Override``) re-applied on every repair so they survive re-running the pipeline."""

from __future__ import annotations

from typing import Sequence

from reader.repair.ledger import Ledger
from reader.repair.model import Article, Override, Paragraph, Segment

STAGE = "overrides"


def join_constraints(overrides: Sequence[Override]) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(forced joins, forbidden joins) as (tail id, head id) pairs for the join stage."""
    forced = {(o.a, o.b) for o in overrides if o.op == "join" and o.b}
    forbidden = {(o.a, o.b) for o in overrides if o.op == "unjoin" and o.b}
    return forced, forbidden



def _locate(articles: list[Article], block_id: str) -> tuple[int, int, int] | None:
    """(article, paragraph, segment) holding the block."""
    for ai, article in enumerate(articles):
        for pi, para in enumerate(article.paragraphs):
            for si, seg in enumerate(para.segments):
                if f"p{seg.source.page}b{seg.source.block}" == block_id:
                    return ai, pi, si
    return None


def apply_after(articles: list[Article], overrides: Sequence[Override], ledger: Ledger) -> list[Article]:
    """Apply ``split`` and ``move`` overrides to the assembled articles, recording each."""
    for o in overrides:
        if o.op == "split":
            _split(articles, o, ledger)
        elif o.op == "move" and o.b:
            _move(articles, o, ledger)
    return [a for a in articles if a.paragraphs or a.title or a.byline]


def _split(articles: list[Article], o: Override, ledger: Ledger) -> None:
    where = _locate(articles, o.a)
    if where is None:
        return
    ai, pi, si = where
    para = articles[ai].paragraphs[pi]
    seg = para.segments[si]
    cut = seg.offset + max(0, o.offset or 0)
    if cut <= 0 or cut >= len(para.text):
        return
    first = Paragraph(para.text[:cut], [s for s in para.segments if s.offset < cut], para.kind)
    rest_segs = [Segment(max(0, s.offset - cut), s.source) for s in para.segments if s.offset + 1 > cut or s is seg]
    second = Paragraph(para.text[cut:], rest_segs, para.kind)
    articles[ai].paragraphs[pi : pi + 1] = [first, second]
    ledger.repair("split", 1.0, (seg.source,), stage=STAGE, detail=f"manual split of {o.a} at {o.offset}", id=f"split:{o.a}@{o.offset}")


def _move(articles: list[Article], o: Override, ledger: Ledger) -> None:
    src, dst = _locate(articles, o.a), _locate(articles, o.b or "")
    if src is None or dst is None:
        return
    ai, pi, _ = src
    para = articles[ai].paragraphs.pop(pi)
    articles[ai].blocks = [b for b in articles[ai].blocks if b != o.a]
    di, dpi, _ = _locate(articles, o.b or "") or dst
    articles[di].paragraphs.insert(dpi + 1, para)
    articles[di].blocks.append(o.a)
    ledger.repair("move", 1.0, tuple(s.source for s in para.segments), stage=STAGE, detail=f"manual move of {o.a} after {o.b}", id=f"move:{o.a}>{o.b}")
