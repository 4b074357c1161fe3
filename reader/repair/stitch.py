"""Stage ``stitch``: an article jumped across pages ("(下转3版)" … "(上接1版)") becomes one article."""

from __future__ import annotations

import unicodedata

from reader.repair.assemble import may_continue, opens_own_paragraph, starts_mid_sentence
from reader.repair.assignment import best_assignment
from reader.repair.char_model import continuation
from reader.repair.classify import CLOSERS, LEAD, complete, cut_paragraph
from reader.repair.join_clues import closes_first, open_quote
from reader.repair.drafts import Draft
from reader.repair.ledger import Ledger
from reader.repair.lexicon import boundary_word
from reader.repair.topic import TopicSpace

STAGE = "stitch"
READS_ON = 0.15  # per unit of char_model.continuation (clamped to ±3): whether the text reads on across the jump
MISMATCH = 0.8  # against pairing a part that stops mid-sentence with one that does not go on from it, or the reverse


def stitch_jumps(drafts: list[Draft], ledger: Ledger, *, space: TopicSpace, edition: dict[int, int]) -> list[Draft]:
    """Pair every "continues on N" part with a "continued from M" part on another page and merge them."""
    sources = [d for d in drafts if d.continues_to is not None]
    targets = [d for d in drafts if d.continued_from is not None]
    if not sources or not targets:
        return drafts
    vec = {id(d): space.vector(d.text()[-2000:]) for d in sources}
    # a continuation's own text, not the heading printed over it: continuation pages often misplace those
    vec.update({id(d): space.vector("".join(b.text for b in d.blocks)[:2000] or d.text()[:2000]) for d in targets})
    weights = []
    for s in sources:
        row = []
        for t in targets:
            if t is s or t.page == s.page:
                row.append(0.0)
                continue
            score = 0.0
            if edition.get(t.page) == s.continues_to:
                score += 1.0
            if edition.get(s.page) == t.continued_from:
                score += 1.0
            if t.page < s.page:
                score -= 0.5
            score += 3.0 * TopicSpace.cosine(vec[id(s)], vec[id(t)])
            last, first = s.last_block, (t.blocks[0] if t.blocks else None)
            if last is not None and first is not None and _left_open(last, first):
                if _jump_continues(last, first):
                    score += 0.8
                    # the draft's topic misleads where its page mixed two articles' columns; the cut itself does not
                    score += READS_ON * max(-3.0, min(3.0, continuation(last.text, first.text)))
                    if boundary_word(last.text, first.text)[1] > 0:
                        score += 1.0  # the word cut by the jump is whole again ("…12家高" + "校院所…")
                else:
                    score -= MISMATCH  # a sentence left open, a part that opens afresh
            elif last is not None and first is not None and first.kind == "paragraph" and starts_mid_sentence(first.text):
                score -= MISMATCH  # a finished part, a part that starts mid-sentence
            if t.title is not None and s.title is not None and _bare(t.title.text) != _bare(s.title.text):
                score -= 0.3  # another title (a repeated one may wrap elsewhere: "全 线贯通" is "全线贯通")
            row.append(score - 1.2 if score >= 1.2 else 0.0)
        weights.append(row)
    gone: set[int] = set()
    root: dict[int, Draft] = {}

    def find(d: Draft) -> Draft:
        while id(d) in root:
            d = root[id(d)]
        return d

    pairs = [(sources[si], targets[ti]) for si, ti in enumerate(best_assignment(weights)) if ti is not None]
    titles = {_bare(d.title.text) for d in sources if d.title is not None}  # the jumped articles' own titles
    for s, t in sorted(pairs, key=lambda p: p[0].order):
        s, t = find(s), find(t)
        if s is t:
            continue
        si, ti = sources.index(s) if s in sources else 0, targets.index(t) if t in targets else 0
        last, first = s.last_block, (t.blocks[0] if t.blocks else None)
        confidence = min(0.99, 0.5 + max(0.0, weights[si][ti]) / 2) if s in sources and t in targets else 0.6
        ledger.repair("stitch", confidence, tuple(x.ref for x in (last, first) if x is not None), stage=STAGE, detail=f"p{s.page} (下转{s.continues_to}版) + p{t.page} (上接{t.continued_from}版): {(s.title or t.title).text[:24] if (s.title or t.title) else ''}", id=f"stitch:p{s.page}+p{t.page}")
        if last is not None and first is not None and _left_open(last, first) and ledger.may_join(last.id, first.id) and _jump_continues(last, first):
            s.pieces[-1].blocks.extend(t.pieces[0].blocks)
            s.pieces[-1].seps.extend([""] + t.pieces[0].seps)
            t.pieces = t.pieces[1:]
            ledger.repair("join", confidence, (last.ref, first.ref), stage=STAGE, detail=f"{last.text[-4:]}|{first.text[:4]} (across the jump)", id=f"join:{last.id}+{first.id}")
        if s.title is None and t.title is not None:
            s.title, s.kicker, s.subtitle = t.title, t.kicker, t.subtitle
        elif t.title is not None and s.title is not None and t.title.text == s.title.text:
            for block in [t.title, *t.kicker, *t.subtitle]:  # the continuation page prints them again
                ledger.remove(block.text, "repeated-heading", block.ref)
        elif t.title is not None and s.title is not None and _bare(t.title.text) in titles:
            for block in [t.title, *t.kicker, *t.subtitle]:  # another article's title, printed again over this part
                ledger.remove(block.text, "repeated-heading", block.ref)
        elif t.title is not None and s.title is not None:
            for block in [t.title, *t.kicker, *t.subtitle]:
                block.kind = "section"
                t.pieces.insert(0, _section_piece(block))
        s.borrowed_title = s.borrowed_title or t.borrowed_title
        s.continues_to = None
        stitched_from = s.continued_from
        repeated = s.absorb(t)
        if repeated is not None:  # the same credit line printed again over the article's later part
            ledger.remove(repeated.text, "duplicate", repeated.ref)
        s.continued_from = stitched_from
        root[id(t)] = s
        gone.add(id(t))
    return [d for d in drafts if id(d) not in gone]


def _bare(text: str) -> str:
    """A title compared as printed text: no spaces or line breaks, full and half width alike."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _section_piece(block):
    from reader.repair.drafts import Piece

    return Piece([block], "section")


def _left_open(last, first) -> bool:
    """The part stops mid-sentence, or inside a quotation that the next part closes ("…不听话。" | "”这句话…")."""
    return cut_paragraph(last) or (
        last.kind == "paragraph" and first.kind == "paragraph" and open_quote(last.text) and closes_first(first.text)
    )


def _jump_continues(last, first) -> bool:
    """A sentence left open at "(下转N版)" goes on with the first paragraph after "(上接M版)"."""
    if first.kind != "paragraph" or LEAD.match(first.text):
        return False
    if last.text[-1:] not in CLOSERS and not complete(last.text):
        return True  # the marker stands where the sentence breaks off: whatever follows it, even "…负责人介绍，", goes on from it
    # the marker is printed exactly where the text breaks off, so the usual word evidence is not needed;
    # only a head that plainly opens a new sentence of its own on a complete-looking tail is refused
    return may_continue(last, first, across_jump=True) or not opens_own_paragraph(first.text)

