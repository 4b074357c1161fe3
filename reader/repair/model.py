"""The values the repair pipeline passes between stages and hands to the rest of reader.

Offsets (``start``/``end``) always refer to a page's *normalised* text (``Page.text``): the decoded
file with BOM removed, CRLF/CR turned into LF and U+3000/NBSP turned into ASCII spaces. The raw
bytes are kept too, so the original is always recoverable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

BlockKind = Literal[
    "paragraph",  # body text (possibly a fragment cut at a column break)
    "title",  # an article's main heading
    "subtitle",  # a heading line below the title
    "kicker",  # a line above the title ("学习贯彻区委十三届八次全会精神")
    "section",  # an in-article sub-heading (问：…, "消费‘新地标’崛起")
    "byline",  # "首席记者 刘 侃", "本报讯（记者 徐 潇）" as a block of its own
    "page-name",  # "# 要闻"
    "page-header",  # "2024年12月20日 星期五", "第2版"
    "running-header",  # "# 重庆市渝中区人民政府工作报告"
    "footer",  # "扫码关注重庆渝中APP图文报道", "责任编辑：王 丽"
    "marker",  # "(上接1版)" alone in a block
    "source-note",  # "（来源：新华社）"
    "other",
]


@dataclass(frozen=True)
class Page:
    """One input file of an issue."""

    number: int  # 1-based position in the issue (natural sort order of the files)
    name: str  # file name as given
    text: str  # normalised text
    encoding: str  # detected or forced encoding
    raw: bytes = field(repr=False, default=b"")


@dataclass(frozen=True)
class SourceRef:
    """A span of one page's normalised text."""

    page: int
    block: int  # block index within the page (0-based), -1 when not a whole block
    start: int
    end: int

    def to_json(self) -> dict[str, int]:
        # by hand, not dataclasses.asdict (which deep-copies): an import writes tens of thousands of these
        return {"page": self.page, "block": self.block, "start": self.start, "end": self.end}


@dataclass
class Block:
    """A run of text between blank lines, with what the classifier made of it."""

    page: int
    index: int  # 0-based within the page
    start: int
    end: int
    text: str  # the block's text after unwrapping and stripping markers
    kind: BlockKind = "paragraph"
    confidence: float = 1.0
    markers: list[str] = field(default_factory=list)  # "(上接1版)" etc. stripped from the block
    jump_from: int | None = None  # page number of "(上接N版)"
    jump_to: int | None = None  # page number of "(下转N版)"
    raw: str = field(default="", repr=False)  # the block exactly as in Page.text[start:end]
    level: int = 0  # markdown heading level ("#" → 1), 0 for plain text
    wrapped: bool = False  # lines were joined (a "␠␠\n"-wrapped heading or table cells)

    @property
    def id(self) -> str:
        """Stable identifier used by overrides and repair records: ``p{page}b{index}``."""
        return f"p{self.page}b{self.index}"

    @property
    def ref(self) -> SourceRef:
        return SourceRef(self.page, self.index, self.start, self.end)


@dataclass(frozen=True)
class Repair:
    """One change a stage made, with how sure it is; the UI explains and undoes these."""

    kind: str  # "join" | "dedupe" | "unwrap-heading" | "stitch" | "strip" | "reorder" | ...
    confidence: float
    source: tuple[SourceRef, ...]
    detail: str = ""  # one human-readable line, e.g. "物|理空间 → 物理空间"
    stage: str = ""
    id: str = ""  # stable id ("join:p1b46+p1b48") so overrides can refer to it

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "stage": self.stage,
            "confidence": round(self.confidence, 3),
            "detail": self.detail,
            "source": [s.to_json() for s in self.source],
        }


@dataclass(frozen=True)
class Removed:
    """Text taken out of the articles (boilerplate, markers, duplicates), kept for the record."""

    text: str
    reason: str  # "footer" | "running-header" | "page-name" | "page-header" | "duplicate" | "marker" | ...
    source: SourceRef | None = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "source": self.source.to_json() if self.source else None}


@dataclass(frozen=True)
class Segment:
    """Where a stretch of a repaired paragraph came from: ``paragraph[offset:offset+len]``."""

    offset: int  # offset in the paragraph
    source: SourceRef

    def to_json(self) -> dict[str, Any]:
        return {"offset": self.offset, **self.source.to_json()}


@dataclass
class Paragraph:
    text: str
    segments: list[Segment] = field(default_factory=list)
    kind: str = "paragraph"  # "paragraph" | "section" (in-article sub-heading)


def byline_apart(byline: str | None, first_paragraph: str) -> str | None:
    """The byline to show on its own line: none when the text opens with it (a dateline
    "本报讯（记者 X）…" stays in the first paragraph, where it is read anyway)."""
    return byline if byline and not first_paragraph.startswith(byline) else None


@dataclass
class Article:
    title: str
    paragraphs: list[Paragraph]
    subtitle: str | None = None
    kicker: str | None = None
    byline: str | None = None
    page: int | None = None
    continued_from: int | None = None  # page the article came from ("(上接N版)")
    continues_to: int | None = None  # page the article jumps to ("(下转N版)")
    incomplete: bool = False  # a part is missing (dangling tail, jump without its other half)
    blocks: list[str] = field(default_factory=list)  # ids of the blocks that make it up, in order

    @property
    def byline_apart(self) -> str | None:
        return byline_apart(self.byline, self.paragraphs[0].text if self.paragraphs else "")

    @property
    def text(self) -> str:
        """The article body as anchored by annotations and search: paragraphs joined by LF."""
        return article_text([p.text for p in self.paragraphs])

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "kicker": self.kicker,
            "byline": self.byline,
            "page": self.page,
            "continued_from": self.continued_from,
            "continues_to": self.continues_to,
            "paragraphs": [p.text for p in self.paragraphs],
            "paragraph_kinds": [p.kind for p in self.paragraphs],
            "incomplete": self.incomplete,
            "blocks": list(self.blocks),
            "segments": [[s.to_json() for s in p.segments] for p in self.paragraphs],
        }


@dataclass
class RepairedIssue:
    pages: list[Page]
    articles: list[Article]
    removed: list[Removed]
    repairs: list[Repair]

    def to_json(self) -> dict[str, Any]:
        return {
            "pages": [{"number": p.number, "name": p.name, "encoding": p.encoding} for p in self.pages],
            "articles": [a.to_json() for a in self.articles],
            "removed": [r.to_json() for r in self.removed],
            "repairs": [r.to_json() for r in self.repairs],
        }


def article_text(paragraphs: list[str]) -> str:
    """Join paragraphs the one way every part of reader uses for offsets into an article."""
    return "\n".join(paragraphs)


OverrideOp = Literal["unjoin", "join", "split", "move"]


@dataclass(frozen=True)
class Override:
    """A manual fix the user made, re-applied every time the issue is repaired.

    - ``unjoin``: block ``a``'s tail must not be continued by block ``b``.
    - ``join``: block ``b`` continues block ``a`` (also "merge with next").
    - ``split``: split block ``a`` at ``offset`` (characters into the block's text).
    - ``move``: move block ``a`` into the article that holds block ``b``, right after it.
    Block ids are ``Block.id`` (``p{page}b{index}``), stable for the same input.
    """

    op: OverrideOp
    a: str
    b: str | None = None
    offset: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"op": self.op, "a": self.a, "b": self.b, "offset": self.offset}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Override:
        return cls(op=data["op"], a=data["a"], b=data.get("b"), offset=data.get("offset"))
