"""Damage clean articles the way e-paper extraction does, and keep the gold of every repair needed.

``generate_issue(seed)`` lays a few clean articles of :mod:`reader.testing.corpus` out on pages with
random column sizes, cuts paragraphs mid-word at column breaks, interleaves the columns of several
articles, moves titles (sometimes between the halves of a cut), wraps long headings and section
questions, duplicates a fragment, drops a fragment now and then (``drops``: leaving a dangling tail, as partial
dumps do), adds bylines, page names, running headers inside paragraphs, footers, jump markers
"(下转2版)" … "(上接1版)" and mixed full/half-width punctuation. It returns the page texts (already normalised, as ``Page.text``) and
the gold in the format of the seed fixtures (see :mod:`reader.testing`).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Sequence

from reader.testing import lead, norm

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
SNIPPET = 10  # characters kept on each side of a cut in the gold

PAGE_NAMES = ("要闻", "综合", "民生", "文化", "经济")
RUNNING_HEADERS = ("区委经济工作会议特刊", "渝中报·综合新闻", "聚焦两会")
REPORT_HEADER = "江北区人民政府工作报告"  # printed over the pages of that report only
FOOTERS = ("扫码关注重庆渝中APP图文报道", "扫码关注重庆渝中APP看更多报道")
_HALF = str.maketrans({"，": ",", "：": ":", "（": "(", "）": ")", "？": "?", "！": "!", "；": ";"})


@dataclass(frozen=True)
class CleanArticle:
    """One article as printed before any damage."""

    title: str
    paragraphs: tuple[str, ...]
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    sections: tuple[tuple[int, str], ...] = ()  # (paragraph index, in-article heading printed before it)


@dataclass
class DamagedIssue:
    """Damaged page texts and the gold that repairs them."""

    pages: list[str]
    gold: dict[str, Any]
    articles: list[CleanArticle]  # as printed: datelines already in the first paragraph


def corpus_items(folder: Path = CORPUS_DIR) -> list[dict[str, Any]]:
    """The corpus's articles as written in its JSON files, in file order."""
    out: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out += data if isinstance(data, list) else [data]
    return out


def fold(items: Sequence[Any], k: int, n: int) -> tuple[list[Any], list[Any]]:
    """Every ``n``-th item from the ``k``-th, and all the others: a fold and what learns without it."""
    return [x for i, x in enumerate(items) if i % n == k], [x for i, x in enumerate(items) if i % n != k]


def load_corpus(folder: Path = CORPUS_DIR, *, half: int | None = None) -> list[CleanArticle]:
    """Every clean article of the corpus, in file order; ``half`` 0 or 1 keeps every other one, so a
    model learnt on one half can be measured on articles it never saw."""
    out = [
        CleanArticle(
            title=item["title"],
            paragraphs=tuple(item["paragraphs"]),
            kicker=item.get("kicker"),
            subtitle=item.get("subtitle"),
            byline=item.get("byline"),
            sections=tuple(sorted((int(k), v) for k, v in item.get("sections", {}).items())),
        )
        for item in corpus_items(folder)
    ]
    return out if half is None else fold(out, half, 2)[0]


@dataclass
class _Block:
    text: str
    kind: str  # "head" (title/kicker/subtitle/byline), "body", "boiler"
    tail: bool = False  # ends mid-paragraph
    cont: bool = False  # starts mid-paragraph
    article: int = -1
    head_of: dict[str, str] | None = None  # the gold join this block is the head of


@dataclass
class _Part:
    """The blocks of one article on one page, split into columns (cells)."""

    article: int
    heading: list[_Block]
    cells: list[list[_Block]] = field(default_factory=list)


class _Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.joins: list[dict[str, str]] = []
        self.removed: list[dict[str, str]] = []
        self.jumps: list[dict[str, Any]] = []
        self.duplicates: list[str] = []
        self.dangling: list[dict[str, str]] = []
        self.lost: list[tuple[int, str]] = []  # (article, text) pieces the "extraction" dropped
        self.article = -1

    # -- headings and bylines -------------------------------------------------------------
    def wrap(self, title: str, *, breaks: tuple[str, ...] = ("  \n", "\n", " ")) -> str:
        """Long headings break like the dumps: "␠␠\\n", a plain line break or a space."""
        if len(title) < 16 or self.rng.random() < 0.4:
            return title
        at = self.rng.randint(len(title) // 3, 2 * len(title) // 3)
        if title[at - 1] in "“‘（(" or title[at] in "”’）)，。":
            return title
        return title[:at] + self.rng.choice(breaks) + title[at:]

    def heading(self, article: CleanArticle, *, hashes: bool) -> list[_Block]:
        mark = self.rng.choice(("# ", "## ")) if hashes else ""
        blocks = [_Block(mark + self.wrap(article.title), "head")]
        if article.kicker:
            blocks.insert(0, _Block(article.kicker, "head"))
        if article.subtitle:
            blocks.append(_Block(article.subtitle, "head"))
        return blocks

    # -- columns ---------------------------------------------------------------------------
    def columns(
        self, paragraphs: Sequence[str], *, width: int, lines: int, sections: dict[str, str] | None = None
    ) -> list[list[_Block]]:
        """Flow paragraphs into columns of ``lines`` lines of ``width`` characters, cutting at breaks.

        ``sections`` maps a paragraph to the in-article heading printed before it (never cut).
        """
        cells: list[list[_Block]] = [[]]
        room = width * lines
        pending: dict[str, str] | None = None  # a cut whose head is the next piece

        def put(piece: str, *, tail: bool, cont: bool) -> None:
            nonlocal pending
            block = _Block(piece, "body", tail=tail, cont=cont, article=self.article)
            cells[-1].append(block)
            if pending is not None:
                pending["head_start"] = piece[:SNIPPET]
                self.joins.append(pending)
                block.head_of, pending = pending, None
            if tail:
                pending = {"tail_end": piece[-SNIPPET:], "head_start": ""}

        for text in paragraphs:
            heading = (sections or {}).get(text)
            if heading:
                need = -(-len(heading) // width) * width
                if need > room and cells[-1]:
                    cells.append([])
                    room = width * lines
                cells[-1].append(_Block(self.wrap(heading, breaks=("  \n",)), "head"))
                room = max(0, room - need)
            start = 0
            while start < len(text):
                rest = len(text) - start
                need = -(-rest // width) * width
                if need <= room:
                    put(text[start:], tail=False, cont=start > 0)
                    room -= need
                    break
                take = (room // width) * width
                if rest - take < 2:  # never leave a lone character for the next column
                    take -= width
                if take < 2:  # nothing fits here: next column (a fresh one always takes a piece)
                    if not cells[-1]:
                        put(text[start:], tail=False, cont=start > 0)
                        room = 0
                        break
                    cells.append([])
                    room = width * lines
                    continue
                put(text[start : start + take], tail=True, cont=start > 0)
                cells.append([])
                room = width * lines
                start += take
        return [c for c in cells if c]

    @staticmethod
    def join(tail: str, head: str) -> dict[str, str]:
        return {"tail_end": tail[-SNIPPET:], "head_start": head[:SNIPPET]}

    def marker(self, word: str, page: int) -> str:
        text = f"{word}{page}版"
        return f"({text})" if self.rng.random() < 0.6 else f"（{text}）"


def _printed(article: CleanArticle, rng: random.Random) -> tuple[CleanArticle, str | None]:
    """Put the byline where the paper prints it: in the dateline, or as a block of its own."""
    paras = list(article.paragraphs)
    keep = {"kicker": article.kicker, "subtitle": article.subtitle, "sections": article.sections}
    if article.byline and paras[0].startswith("本报讯 "):
        name = article.byline.split(" 通讯员")[0]
        paras[0] = f"本报讯（{name}）" + paras[0][len("本报讯 ") :]
        return CleanArticle(article.title, tuple(paras), byline=None, **keep), None
    if paras[0].startswith("本报讯 "):
        paras[0] = "本报讯" + paras[0][len("本报讯 ") :]
    byline = article.byline
    if byline and rng.random() < 0.5:
        byline = rng.choice(("首席记者 ", "记者 ")) + byline.split(" ", 1)[-1]
    return CleanArticle(article.title, tuple(paras), byline=byline, **keep), byline


DROPS = 0.2  # pieces a page loses on average: the chance of one, or more when above 1


def damage(articles: Sequence[CleanArticle], *, seed: int, pages: int | None = None, drops: float = DROPS) -> DamagedIssue:
    """Lay ``articles`` out on pages and damage them; same seed, same result. ``drops``: pieces each page
    loses on average, each leaving a tail dangling."""
    rng = random.Random(seed)
    b = _Builder(rng)
    n_pages = min(pages if pages is not None else rng.choice((1, 1, 2, 2, 3)), len(articles))
    printed: list[CleanArticle] = []
    parts_by_page: dict[int, list[_Part]] = {p: [] for p in range(1, n_pages + 1)}
    hashes = rng.random() < 0.4
    for index, article in enumerate(articles):
        article, byline = _printed(article, rng)
        b.article = index
        printed.append(article)
        page = index + 1 if index < n_pages else rng.randint(1, n_pages)  # no page left empty
        paras = list(article.paragraphs)
        heads = {paras[i]: text for i, text in article.sections if 0 < i < len(paras)}
        flow = {"width": rng.randint(11, 16), "lines": rng.randint(6, 30), "sections": heads}
        jump_to = page + rng.randint(1, n_pages - page) if page < n_pages and len(paras) >= 3 else None
        if jump_to is not None and rng.random() < 0.7:
            part_a, target = _jumped(b, index, article, paras, pages=(page, jump_to), flow=flow, hashes=hashes)
            parts_by_page[page].append(part_a)
            parts_by_page[jump_to].append(target)
        else:
            target = _Part(index, b.heading(article, hashes=hashes), b.columns(paras, **flow))
            parts_by_page[page].append(target)
        if byline:
            if rng.random() < 0.5:
                target.heading.append(_Block(byline, "head"))
            else:
                target.cells[-1].append(_Block(byline, "head"))
    texts = [_page_text(b, p, parts_by_page[p], hashes=hashes, drops=drops) for p in range(1, n_pages + 1)]
    for index, text in b.lost:  # a dropped last piece shortens its paragraph for good
        paras = tuple(p[: -len(text)] if p.endswith(text) else p for p in printed[index].paragraphs)
        printed[index] = replace(printed[index], paragraphs=paras)
    gold = {
        "titles": [a.title for a in printed],
        "title_alternatives": {},
        "joins": b.joins,
        "lossy_joins": [],
        "dangling_tails": b.dangling,
        "duplicates": b.duplicates,
        "not_duplicates": [],
        "removed": b.removed,
        "jumps": b.jumps,
        "articles": [
            {
                "title": a.title,
                "first_paragraph_start": lead(a.paragraphs[0]),
                "paragraph_count": len(a.paragraphs),
                "contains": [lead(p) for p in a.paragraphs],
            }
            for a in printed
        ],
        "seed": seed,
    }
    return DamagedIssue(pages=texts, gold=gold, articles=printed)


def _jumped(
    b: _Builder, index: int, article: CleanArticle, paras: list[str], *, pages: tuple[int, int],
    flow: dict[str, Any], hashes: bool,
) -> tuple[_Part, _Part]:
    """Split an article over two pages with "(下转N版)" … "(上接M版)", sometimes mid-paragraph."""
    rng, (page, jump_to) = b.rng, pages
    split = rng.randint(1, len(paras) - 1)
    first, second = paras[:split], paras[split:]
    cut_paragraph = rng.random() < 0.6 and len(first[-1]) > 30
    if cut_paragraph:
        whole = first[-1]
        cut = rng.randint(10, len(whole) - 10)
        first[-1], second = whole[:cut], [whole[cut:]] + second
        if whole in flow["sections"]:  # the section heading stays before the paragraph's first half
            flow["sections"][first[-1]] = flow["sections"][whole]
    to_marker, from_marker = b.marker("下转", jump_to), b.marker("上接", page)
    b.jumps.append(
        {"marker_to": to_marker, "marker_from": from_marker, "from_page": page, "to_page": jump_to,
         "before": first[-1][-SNIPPET:], "after": second[0][:SNIPPET]}
    )
    b.removed += [{"text": to_marker, "reason": "marker"}, {"text": from_marker, "reason": "marker"}]
    part_a = _Part(index, b.heading(article, hashes=hashes), b.columns(first, **flow))
    tail_text = part_a.cells[-1][-1].text
    _end_with_marker(part_a, to_marker, rng)
    heading_b = b.heading(article, hashes=hashes) if rng.random() < 0.8 else []
    if heading_b:  # the continuation page prints the headings again
        again = (article.kicker, article.title, article.subtitle)
        b.removed += [{"text": t, "reason": "repeated-heading"} for t in again if t]
    part_b = _Part(index, heading_b, b.columns(second, **flow))
    if cut_paragraph:  # the two halves of the cut paragraph must be joined across the pages
        b.joins.append({**b.join(tail_text, part_b.cells[0][0].text), "jump": True})
    _start_with_marker(part_b, from_marker, rng)
    return part_a, part_b


def _end_with_marker(part: _Part, marker: str, rng: random.Random) -> None:
    last = part.cells[-1][-1]
    if rng.random() < 0.7:
        last.text += marker
    else:
        part.cells[-1].append(_Block(marker, "boiler"))


def _start_with_marker(part: _Part, marker: str, rng: random.Random) -> None:
    first = part.cells[0][0]
    if rng.random() < 0.7:
        first.text = marker + first.text
    else:
        part.cells[0].insert(0, _Block(marker, "boiler"))


def _page_text(b: _Builder, page: int, parts: list[_Part], *, hashes: bool, drops: float) -> str:
    """Order the page's columns the way extraction reads them and add the page's boilerplate."""
    rng = b.rng
    queues: list[list[list[_Block]]] = []
    for part in parts:
        cells = [list(c) for c in part.cells]
        if part.heading:
            # a title printed after the start of its body, sometimes between a cut's two halves
            if len(cells) > 1 and rng.random() < 0.15:
                cells[1] = part.heading + cells[1]
            else:
                cells[0] = part.heading + cells[0]
        queues.append(cells)
    order: list[list[_Block]] = []
    if rng.random() < 0.5:
        for cells in queues:
            order += cells
    else:  # columns of several articles interleaved, each article's own order kept
        while any(queues):
            pick = rng.choice([q for q in queues if q])
            order.append(pick.pop(0))
    blocks = [blk for cell in order for blk in cell]
    whole, chance = divmod(drops, 1.0)  # 0.2: one piece on a page in five; 1.5: one, and a second on every other page
    for _ in range(int(whole) + (rng.random() < chance)):
        _lose_a_piece(b, blocks)
    if rng.random() < 0.3:
        on_page = any(blk.text.lstrip("# ").startswith(REPORT_HEADER) for part in parts for blk in part.heading)
        header = REPORT_HEADER if on_page else rng.choice(RUNNING_HEADERS)
        _insert_after_tail(b, blocks, header, "running-header")
    if blocks and rng.random() < 0.3:
        text = rng.choice(FOOTERS)
        b.removed.append({"text": text, "reason": "footer"})
        blocks.insert(rng.randint(1, len(blocks)), _Block(text, "boiler"))
    bodies = [i for i, blk in enumerate(blocks) if blk.kind == "body" and len(blk.text) >= 12 and "版" not in blk.text]
    if bodies and rng.random() < 0.3:
        src = rng.choice(bodies)
        copy = blocks[src].text
        if norm(copy) not in {norm(d) for d in b.duplicates}:
            b.duplicates.append(copy)
            blocks.insert(rng.randint(src + 1, len(blocks)), _Block(copy, "body"))
    if rng.random() < 0.5:
        name = rng.choice(PAGE_NAMES)
        b.removed.append({"text": name, "reason": "page-name"})
        blocks.insert(0, _Block("# " + name, "boiler"))
    text = "\n\n".join(blk.text for blk in blocks) + "\n"
    return text.translate(_HALF) if rng.random() < 0.25 else text


def _lose_a_piece(b: _Builder, blocks: list[_Block]) -> None:
    """Drop the last piece of a cut paragraph, as partial dumps do: its tail is left dangling."""
    edges = [j["before"] for j in b.jumps] + [j["after"] for j in b.jumps]
    candidates = [
        i
        for i, blk in enumerate(blocks)
        if blk.head_of is not None and not blk.tail and "版" not in blk.text
        and not any(e in blk.text for e in edges)
    ]
    if candidates:
        lost = blocks.pop(b.rng.choice(candidates))
        b.joins.remove(lost.head_of)
        b.dangling.append({"tail_end": lost.head_of["tail_end"]})
        b.lost.append((lost.article, lost.text))


def _insert_after_tail(b: _Builder, blocks: list[_Block], header: str, reason: str) -> None:
    tails = [i for i, blk in enumerate(blocks) if blk.tail]
    if tails:
        b.removed.append({"text": header, "reason": reason})
        blocks.insert(b.rng.choice(tails) + 1, _Block("# " + header, "boiler"))


def generate_issue(
    seed: int, *, corpus: Sequence[CleanArticle] | None = None, articles: int | None = None, drops: float = DROPS
) -> DamagedIssue:
    """A damaged issue of 2–6 articles drawn from the corpus (deterministic for ``seed``)."""
    pool = list(corpus) if corpus is not None else load_corpus()
    rng = random.Random(f"pick-{seed}")
    count = articles if articles is not None else rng.randint(2, 6)
    chosen = rng.sample(pool, min(count, len(pool)))
    return damage(chosen, seed=seed, drops=drops)
