"""Stage ``articles`` (headings): give continuation parts their title printed elsewhere on the page."""

from __future__ import annotations

from reader.repair.assemble import may_continue
from reader.repair.assignment import best_assignment
from reader.repair.classify import LEAD
from reader.repair.drafts import Draft
from reader.repair.join import is_tail
from reader.repair.join_clues import opens_on_a_cut
from reader.repair.ledger import Ledger
from reader.repair.topic import TopicSpace

MIN_FIT = 0.08


def _orphan_title(d: Draft) -> bool:
    """A titled draft that does not begin like an article: its title was printed away from its text."""
    if d.title is None or d.continued_from is not None:
        return False
    if not d.pieces:
        return True
    first = d.pieces[0].blocks[0]
    return not LEAD.match(first.text) and d.byline is None


def merge_orphan_titles(drafts: list[Draft], ledger: Ledger, *, space: TopicSpace) -> list[Draft]:
    """Pair titleless continuations with orphan titles (best total fit) and merge each pair."""
    untitled = sorted((d for d in drafts if d.title is None and (d.continued_from is not None or d.pieces)), key=lambda d: d.order)
    orphans = sorted((d for d in drafts if _orphan_title(d)), key=lambda d: d.order)
    if not untitled or not orphans:
        return drafts
    vec = {id(d): space.vector(d.text()[:2000]) for d in untitled + orphans}
    weights = []
    for xr, x in enumerate(untitled):
        row = []
        for tr, t in enumerate(orphans):
            if t.order <= x.order:
                row.append(0.0)
                continue
            fit = TopicSpace.cosine(vec[id(x)], vec[id(t)])
            if t.pieces and _continues(t):
                fit += 0.1
            if x.continued_from is not None:
                fit += 0.03
            if xr == tr:
                fit += 0.1  # continued parts are laid out in the order of their titles
            if not any(x.order < d.order < t.order for d in drafts):
                fit += 0.1  # the heading printed right after the first column of its own text
            row.append(fit - MIN_FIT if fit >= MIN_FIT else 0.0)
        weights.append(row)
    gone: set[int] = set()
    for xi, ti in enumerate(best_assignment(weights)):
        if ti is None:
            continue
        x, t = untitled[xi], orphans[ti]
        x.title, x.kicker, x.subtitle = t.title, t.kicker, t.subtitle
        ledger.repair("move-heading", min(0.9, 0.5 + weights[xi][ti]), (t.title.ref, x.blocks[0].ref) if x.blocks else (t.title.ref,), stage="articles", detail=f"title of a continued article printed apart: {t.title.text[:30]}", id=f"move-heading:{t.title.id}")
        if t.pieces:
            last, first = x.last_block, t.pieces[0].blocks[0]
            if last is not None and is_tail(last) and ledger.may_join(last.id, first.id) and may_continue(last, first):
                x.continues_to = t.continues_to or x.continues_to
                x.pieces[-1].blocks.extend(t.pieces[0].blocks)
                x.pieces[-1].seps.extend([""] + t.pieces[0].seps)
                ledger.repair("join", 0.55, (last.ref, first.ref), stage="articles", detail=f"{last.text[-4:]}|{first.text[:4]} (same article)", id=f"join:{last.id}+{first.id}")
                t.pieces = t.pieces[1:]
            elif last is not None and is_tail(last):
                x.gaps += 1
        repeated = x.absorb(t)
        if repeated is not None:  # the same credit line printed again over the article's later part
            ledger.remove(repeated.text, "duplicate", repeated.ref)
        gone.add(id(t))
    return [d for d in drafts if id(d) not in gone]


def _continues(d: Draft) -> bool:
    first = d.pieces[0].blocks[0].text
    return opens_on_a_cut(first)
