"""Articles under construction: blocks grouped into paragraphs, with their headings and jump links."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.repair.model import Block, SourceRef


@dataclass
class Piece:
    """One paragraph of a draft: the blocks joined into it, in order."""

    blocks: list[Block]
    kind: str = "paragraph"  # "paragraph" | "section" | "table" | "source-note"
    seps: list[str] = field(default_factory=list)  # text put between blocks[i] and blocks[i+1] (or cells)
    # a table laid out anew (see tables.py): its cells' text and source, in reading order, instead of the blocks'
    cells: list[tuple[str, SourceRef]] | None = None

    @property
    def last(self) -> Block:
        return self.blocks[-1]


@dataclass
class Draft:
    page: int
    title: Block | None = None
    kicker: list[Block] = field(default_factory=list)
    subtitle: list[Block] = field(default_factory=list)
    byline: Block | None = None
    pieces: list[Piece] = field(default_factory=list)
    continued_from: int | None = None
    continues_to: int | None = None
    closed: bool = False  # ended by a byline, source note or footer
    borrowed_title: str | None = None  # a running header naming a titleless continuation
    gaps: int = 0  # places where text is known to be missing (a cut with no continuation here)
    order: float = 0.0  # reading-order position of the draft's first block
    soft_starts: list[int] = field(default_factory=list)  # paragraphs where runs placed here by topic alone begin

    @property
    def blocks(self) -> list[Block]:
        return [b for p in self.pieces for b in p.blocks]

    @property
    def last_block(self) -> Block | None:
        return self.pieces[-1].last if self.pieces else None

    def text(self) -> str:
        heading = " ".join(b.text for b in ([self.title] if self.title else []) + self.kicker + self.subtitle)
        return heading + "".join(b.text for b in self.blocks)

    def add(self, block: Block) -> None:
        """Append a block as a paragraph of its own (table cells run into the previous cell paragraph)."""
        if block.kind == "byline" and self.byline is None:
            self.byline = block
            self.closed = bool(self.pieces)  # a credit line under the title opens the text; after it, ends it
            return
        if block.jump_to is not None:
            self.continues_to = block.jump_to
        if block.kind == "source-note":
            self.closed = True
        if block.kind == "other" and self.pieces and self.pieces[-1].kind == "table":
            piece = self.pieces[-1]
            piece.blocks.append(block)
            piece.seps.append(" ")
            return
        kind = {"section": "section", "other": "table", "source-note": "source-note"}.get(block.kind, "paragraph")
        self.pieces.append(Piece([block], kind))

    def join(self, tail: Block, head: Block) -> int:
        """Continue the paragraph ending in ``tail`` with ``head``; returns that paragraph's position."""
        if head.jump_to is not None:
            self.continues_to = head.jump_to
        for i, piece in enumerate(self.pieces):
            if piece.last is tail:
                piece.blocks.append(head)
                piece.seps.append("")
                return i
        self.add(head)
        return len(self.pieces) - 1

    def insert_after(self, position: int, blocks: list[Block]) -> None:
        """Put blocks (the rest of a continued run) right after paragraph ``position``."""
        tail_pieces = self.pieces[position + 1 :]
        self.pieces = self.pieces[: position + 1]
        for block in blocks:
            self.add(block)
        self.pieces.extend(tail_pieces)

    def split_off(self, start: int) -> Draft:
        """Move paragraphs ``start``… into a new draft (an article that was taken for this one's text)."""
        other = Draft(page=self.pieces[start].blocks[0].page, pieces=self.pieces[start:])
        self.pieces = self.pieces[:start]
        self.soft_starts = [i for i in self.soft_starts if i < start]
        return other

    def absorb(self, other: Draft) -> Block | None:
        """Append another draft's paragraphs (a later part of the same article); returns the other's byline
        when it repeats this one's word for word (the caller records it as a duplicate)."""
        self.pieces.extend(other.pieces)
        repeated = None
        if self.byline is None:
            self.byline = other.byline
        elif other.byline is not None and other.byline.text != self.byline.text:
            self.pieces.append(Piece([other.byline], "byline"))  # a second credit line is kept, not dropped
        elif other.byline is not None and other.byline is not self.byline:
            repeated = other.byline
        self.continues_to = other.continues_to or self.continues_to
        self.closed = other.closed
        self.gaps += other.gaps
        return repeated
