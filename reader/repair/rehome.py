"""Stage ``articles`` (threads): move a broken-word continuation to the only article whose cut it can follow."""

from __future__ import annotations

from reader.repair.drafts import Draft
from reader.repair.join import is_tail
from reader.repair.ledger import Ledger
from reader.repair.lexicon import boundary_word, ends_mid_word, starts_mid_word
from reader.repair.model import Block

STAGE = "articles"


def _clashes(tail: Block, head: Block) -> bool:
    """A tail broken mid-word that the head's broken start does not complete: they are different cuts."""
    return ends_mid_word(tail.text) and not boundary_word(tail.text, head.text)[1]


def rehome_orphan_heads(drafts: list[Draft], ledger: Ledger) -> None:
    """Each article's cuts and continuations alternate in reading order: a paragraph opening on half a
    word, placed after a cut it cannot continue, belongs to the one article whose open cut it can."""
    for draft in drafts:
        k = 1
        while k < len(draft.pieces):
            piece = draft.pieces[k]
            head = piece.blocks[0]
            before = draft.pieces[k - 1].last
            if not (piece.kind == "paragraph" and head.kind == "paragraph" and starts_mid_word(head.text)
                    and before.index < head.index and is_tail(before) and _clashes(before, head)):
                k += 1
                continue
            targets = [t for t in (_open_cut(d, head) for d in drafts if d is not draft) if t is not None]
            if len(targets) != 1:
                k += 1
                continue
            target, position = targets[0]
            end = k + 1  # the paragraphs printed right after the head travel with it
            while end < len(draft.pieces) and draft.pieces[end].blocks[0].index == draft.pieces[end - 1].last.index + 1:
                end += 1
            moved = draft.pieces[k:end]
            if (end == len(draft.pieces) and draft.continues_to is not None) or any(b.jump_to is not None or b.jump_from is not None for p in moved for b in p.blocks):
                k += 1  # a part that runs on to another page keeps its place: the jump says whose it is
                continue
            del draft.pieces[k:end]
            target.pieces[position + 1 : position + 1] = moved
            target.gaps += 1
            ledger.repair("move-paragraph", 0.55, (head.ref,), stage=STAGE, detail=f"{head.text[:8]}… follows the cut of another article", id=f"move-paragraph:{head.id}")


def _open_cut(draft: Draft, head: Block) -> tuple[Draft, int] | None:
    """The draft's last paragraph before ``head`` in reading order, when it ends in a cut ``head`` may follow."""
    position = None
    for i, piece in enumerate(draft.pieces):
        if piece.last.page == head.page and piece.last.index < head.index:
            if position is None or piece.last.index > draft.pieces[position].last.index:
                position = i
    if position is None:
        return None
    last = draft.pieces[position].last
    if draft.pieces[position].kind != "paragraph" or not is_tail(last):
        return None
    if last.text[-1] not in "，、,；;" and not boundary_word(last.text, head.text)[1]:
        return None  # half a word follows a clause cut short (text lost between) or completes a word, nothing else
    if any(p.blocks[0].index > last.index and p.blocks[0].index < head.index for p in draft.pieces if p.blocks[0].page == head.page):
        return None
    return draft, position
