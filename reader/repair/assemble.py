"""Stage ``articles``: group one page's blocks into article drafts (runs of text, joins, headings)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.repair.classify import SCENE_OPENER, LEAD, SOFT_LEAD, complete, looks_like_running_header
from reader.repair.drafts import Draft
from reader.repair.join import Join, is_tail
from reader.repair.join_clues import ENUM_START, PUNCT_START, SPEAKER_OPENER, closes_first, open_quote, opens_on_a_cut, stray_unit
from reader.repair.ledger import Ledger
from reader.repair.lexicon import boundary_word, ends_mid_word, opens_with_word
from reader.repair.model import Block
from reader.repair.topic import TopicSpace

STAGE = "articles"
HEADING_KINDS = ("kicker", "title", "subtitle")
BODY_KINDS = ("paragraph", "section", "other", "byline", "source-note")
SWITCH_MARGIN = 0.02  # how much better another article must fit before a paragraph leaves its column
# A cut the join stage left open is closed by the next text placed in its article only if the join
# model gave that pairing at least this: below it, 13 of 18 such joins on held-out issues were false
SAME_ARTICLE_UNLIKELY = 0.05
# a purpose, a setting or a next step opening the sentence ("为做好新政衔接，", "在施工过程中，", "我们还将…")
_PARAGRAPH_OPENER = re.compile(r"^(为[^，。,；]{2,16}[，,]|在[^，。,；]{2,12}(中|时|期间|之际)[，,]|下一步[，,]|我们(还)?将)")
# A numbered point ("一是…", "（三）…") opens a paragraph even where a jump marker stands before it.
_NUMBERED = re.compile(r"^([一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]+[)）])")


def opens_own_paragraph(text: str) -> bool:
    """Whether a block opens like a paragraph of its own: a speaker's words or a numbered point. One
    that starts on a mark ("、区规划设计院工程师方立新介绍，") goes on with a sentence begun elsewhere."""
    if text[:1] in PUNCT_START:
        return False
    return bool(SPEAKER_OPENER.match(text) or _NUMBERED.match(text))


@dataclass
class Run:
    """Blocks that follow each other in one column of one article."""

    blocks: list[Block] = field(default_factory=list)
    heading: list[Block] = field(default_factory=list)  # a title group standing before the run
    jump_from: int | None = None
    hard: bool = True  # False: it only *may* belong elsewhere (began after a complete paragraph)
    after_tail: Block | None = None  # the cut block printed right before the run


def build_drafts(blocks: list[Block], joins: list[Join], ledger: Ledger, *, space: TopicSpace) -> list[Draft]:
    """Assign every body block of a page to an article draft, in reading order."""
    head_of = {j.head.id: j for j in joins}
    tails = {j.tail.id for j in joins}
    drafts: list[Draft] = []
    owner: dict[str, Draft] = {}
    vectors: dict[int, dict[str, float]] = {}
    previous: Draft | None = None
    def place(run: Run) -> None:
        nonlocal previous
        first = run.blocks[0]
        join = head_of.get(first.id)
        target: Draft | None = None
        if join is not None and join.tail.id in owner:
            target = owner[join.tail.id]
            heading = run.heading
            if heading:
                split = _split_at_title(target, join.tail, heading, drafts, owner, vectors, ledger, space)
                if split is not None:
                    target, heading = split, []
            elif _bare_heading(previous) and previous is not target:
                # the title and its credit line stood between the cut and its continuation ("…固" | title,
                # "记者 X" | "定资产…"): the credit line made them a draft of their own, still without text
                title_draft = previous
                split = _split_at_title(target, join.tail, [*title_draft.kicker, title_draft.title, *title_draft.subtitle], drafts, owner, vectors, ledger, space)
                if split is not None:
                    split.byline = title_draft.byline
                    drafts.remove(title_draft)
                    target = split
            position = target.join(join.tail, first)
            owner[first.id] = target
            target.insert_after(position, run.blocks[1:])
            for block in run.blocks[1:]:
                owner[block.id] = target
            if heading:
                _heading_before_head(heading, target, ledger)
            ledger.repair("join", join.confidence, (join.tail.ref, first.ref), stage="join", detail=join.detail, id=f"join:{join.tail.id}+{first.id}")
        else:
            if run.heading:
                target = _new_draft(first.page, run.heading)
                target.continued_from = run.jump_from
            elif run.jump_from is not None and _bare_heading(previous):
                # the title printed again over a continuation, its credit line between: "# 标题", "记者 X",
                # "(上接1版)…" (without the credit line the title would have opened this run itself)
                target = previous
                target.continued_from = run.jump_from
            elif run.jump_from is not None or LEAD.match(first.text):
                target = Draft(page=first.page, continued_from=run.jump_from)
            else:
                target, clear = _choose(run, drafts, previous, vectors, space)
                if target is None:
                    target = Draft(page=first.page)
                elif target.last_block is not None and is_tail(target.last_block) and target.last_block.id not in tails:
                    if first.kind == "paragraph" and ledger.may_join(target.last_block.id, first.id, unlikely=SAME_ARTICLE_UNLIKELY) and may_continue(target.last_block, first, same_topic=clear):
                        target.join(target.last_block, first)
                        ledger.repair("join", 0.6, (target.pieces[-1].blocks[-2].ref, first.ref), stage=STAGE, detail=f"{target.pieces[-1].blocks[-2].text[-4:]}|{first.text[:4]} (same article)", id=f"join:{target.pieces[-1].blocks[-2].id}+{first.id}")
                        owner[first.id] = target
                        for block in run.blocks[1:]:
                            _add(target, block, owner)
                        vectors.pop(id(target), None)
                        previous = target
                        return
                    target.gaps += 1
            if target not in drafts:
                target.order = first.page * 10000 + first.index
                drafts.append(target)
            elif not run.jump_from:
                target.soft_starts.append(len(target.pieces))  # placed by topic alone: it may begin an article
            for block in run.blocks:
                _add(target, block, owner)
        vectors.pop(id(target), None)
        previous = target

    runs = list(_runs(blocks, head_of))  # all at once: a late "(下转N版)" marks a block of an earlier run
    for run in runs:
        if run.blocks:
            place(run)
        elif run.heading:
            draft = _new_draft(run.heading[0].page, run.heading)
            draft.order = run.heading[0].page * 10000 + run.heading[0].index
            drafts.append(draft)
            previous = draft
        if run.blocks and run.blocks[-1].jump_to is not None:
            previous.continues_to = run.blocks[-1].jump_to  # type: ignore[union-attr]
    for block in blocks:
        if block.jump_to is not None and block.id in owner:
            owner[block.id].continues_to = block.jump_to
    return drafts


def _bare_heading(draft: Draft | None) -> bool:
    """A draft that is only a title (with its kicker, subtitle or credit line): its text is yet to come."""
    return draft is not None and draft.title is not None and not draft.pieces and draft.continued_from is None


def _add(draft: Draft, block: Block, owner: dict[str, Draft]) -> None:
    owner[block.id] = draft
    draft.add(block)


def _new_draft(page: int, heading: list[Block]) -> Draft:
    draft = Draft(page=page)
    for block in heading:
        if block.kind == "title" and draft.title is None:
            draft.title = block
        elif block.kind == "subtitle" or (draft.title is not None and block.kind != "kicker"):
            draft.subtitle.append(block)
        else:
            draft.kicker.append(block)
    if draft.title is None and heading:
        draft.title = (draft.kicker or draft.subtitle).pop(0)
    return draft


def _split_at_title(
    target: Draft, tail: Block, heading: list[Block], drafts: list[Draft], owner: dict[str, Draft],
    vectors: dict[int, dict[str, float]], ledger: Ledger, space: TopicSpace,
) -> Draft | None:
    """A title printed between a cut and its continuation, whose cut lies in text only placed by topic in
    an article that already has a title: that text is the start of the title's own article, printed
    before its title. None when the title does not start an article here."""
    main = next((b for b in heading if b.kind == "title"), None)
    if main is None or target.title is None:
        return None  # an untitled article: the title is its own (see _heading_before_head)
    if len(heading) == 1 and looks_like_running_header(main):
        return None
    at = next((i for i, piece in enumerate(target.pieces) if tail in piece.blocks), None)
    starts = [s for s in target.soft_starts if 0 < s <= (at if at is not None else -1)]
    if not starts:
        return None
    start = _article_start(target, starts, at, heading, space)
    article = target.split_off(start)
    fresh = _new_draft(main.page, heading)
    article.title, article.kicker, article.subtitle = fresh.title, fresh.kicker, fresh.subtitle
    first = article.pieces[0].blocks[0]
    article.order = first.page * 10000 + first.index
    drafts.append(article)
    for block in article.blocks:
        owner[block.id] = article
    vectors.pop(id(target), None)
    ledger.repair(
        "move-heading", 0.7, (main.ref, first.ref), stage=STAGE,
        detail=f"title printed between a cut's two halves, after its article's first lines: {main.text[:30]}",
        id=f"move-heading:{main.id}",
    )
    return article


def _article_start(target: Draft, starts: list[int], at: int, heading: list[Block], space: TopicSpace) -> int:
    """Where the title's article begins among the topic-placed runs before the cut at paragraph ``at``:
    the run holding the cut, and each run before it that reads more like the new article than the old."""
    def text(pieces: list) -> str:
        return "".join(b.text for p in pieces for b in p.blocks)

    starts = sorted(starts)
    start = starts[-1]
    for earlier in reversed(starts[:-1]):
        segment = space.vector(text(target.pieces[earlier:start]))
        new = space.vector(" ".join(b.text for b in heading) + text(target.pieces[start : at + 1]))
        title = target.title.text if target.title else ""
        old = space.vector(title + text(target.pieces[:earlier])[-1500:])
        if TopicSpace.cosine(segment, new) <= TopicSpace.cosine(segment, old):
            break
        start = earlier
    return start


def _heading_before_head(heading: list[Block], target: Draft, ledger: Ledger) -> None:
    """A heading standing between a cut and its continuation: a running header or the article's misplaced title."""
    main = next((b for b in heading if b.kind == "title"), heading[0])
    if len(heading) == 1 and looks_like_running_header(main):
        main.kind = "running-header"
        ledger.remove(main.text, "running-header", main.ref)
        ledger.repair("strip", 0.85, (main.ref,), stage=STAGE, detail=f"running header inside a paragraph: {main.text}", id=f"running-header:{main.id}")
        if target.title is None and target.borrowed_title is None:
            target.borrowed_title = main.text
        return
    if target.title is None:
        fresh = _new_draft(main.page, heading)
        target.title, target.kicker, target.subtitle = fresh.title, fresh.kicker, fresh.subtitle
        ledger.repair("move-heading", 0.7, tuple(b.ref for b in heading), stage=STAGE, detail=f"title found inside its article's continuation: {main.text[:30]}", id=f"move-heading:{main.id}")
    else:
        for block in heading:  # a titled article's stray heading stays in place as a sub-heading
            block.kind = "section"
            target.add(block)


def may_continue(tail: Block, head: Block, *, same_topic: bool = False, across_jump: bool = False) -> bool:
    """Whether a cut at the end of an article may be closed by this block of the same article."""
    t, h = tail.text, head.text
    if opens_own_paragraph(h) or (head.jump_from is not None and not across_jump):
        return False
    if stray_unit(t, h):
        return False
    if not across_jump and (ENUM_START.match(h) or SCENE_OPENER.match(h) or _PARAGRAPH_OPENER.match(h)):
        return False  # "问：…", "一是…", "清明前后，…", "值得注意的是…", "为方便市民出行，…": paragraphs open so
    word, evidence = boundary_word(t, h)
    if evidence:
        return True
    if open_quote(t) and closes_first(h):
        return True
    if t[-1] in "，,":
        return opens_with_word(h)
    if closes_first(h):
        return False  # closes a quotation the tail never opened
    if not same_topic or ends_mid_word(t) or SOFT_LEAD.match(h):
        return False  # a broken word the head does not complete is continued elsewhere
    # the run clearly belongs to this article, whose text stops mid-sentence: the next text of the
    # article is where the sentence goes on
    return True


def _choose(run: Run, drafts: list[Draft], previous: Draft | None, vectors: dict[int, dict[str, float]], space: TopicSpace) -> tuple[Draft | None, bool]:
    """The article a run of text without its own heading most likely belongs to."""
    first = run.blocks[0]
    mid_word = starts_mid_sentence(first.text)
    open_drafts = [d for d in drafts if not d.closed and not _went_on_elsewhere(d)]
    if previous is not None and _went_on_elsewhere(previous):
        previous = None  # the text printed before this run jumped to another page: nothing to stay with
    if not open_drafts:
        return None, False
    if not run.hard and previous is not None and not mid_word:
        candidates = [d for d in open_drafts if d is not previous and d.last_block is not None]
    else:
        candidates = open_drafts
    if not candidates:
        return (previous if (previous is not None and not run.hard) else None), False
    run_vector = space.vector("".join(b.text for b in run.blocks)[:1500])

    def fit(d: Draft) -> float:
        if id(d) not in vectors:
            vectors[id(d)] = space.vector(d.text()[-1500:])
        score = TopicSpace.cosine(run_vector, vectors[id(d)])
        last = d.last_block
        if last is not None and is_tail(last) and mid_word:
            score += 0.05
        if d is previous and last is not None and not is_tail(last) and not mid_word:
            score += 0.08
        if d is previous and last is not None and is_tail(last) and run.after_tail is last:
            score += 0.03  # the cut text and the block printed right after it
        if last is not None and is_tail(last) and not mid_word and d is not previous:
            score += 0.02
        return score

    ranked = sorted(candidates, key=fit, reverse=True)
    best = ranked[0]
    if not run.hard and previous is not None:
        stay = fit(previous) if previous in drafts else 0.0
        # the text after a "(上接N版)" part runs on in its column: only a little of it is known yet
        margin = 2 * SWITCH_MARGIN if previous.continued_from is not None and len(previous.pieces) == 1 else SWITCH_MARGIN
        return (best, False) if fit(best) > stay + margin else (previous, False)
    runner_up = fit(ranked[1]) if len(ranked) > 1 else 0.0
    if best is previous and run.after_tail is not None and best.last_block is run.after_tail:
        return best, fit(best) >= 0.06 and fit(best) - runner_up >= 0.03
    return best, fit(best) >= 0.12 and fit(best) - runner_up >= 0.07


def _went_on_elsewhere(draft: Draft) -> bool:
    """The draft's text on this page ended at a "(下转N版)": what follows is another article's."""
    last = draft.last_block
    return last is not None and last.jump_to is not None


def _runs(blocks: list[Block], head_of: dict[str, Join]):
    """Cut the page into runs: a new run at every heading, cut, continuation, lead or closer."""
    run = Run()
    heading: list[Block] = []
    jump: int | None = None
    prev: Block | None = None
    last_body: Block | None = None
    for block in blocks:
        kind = block.kind
        if kind in ("duplicate", "footer", "page-name", "page-header", "running-header") or (kind == "marker" and not block.text):
            if kind == "marker":
                if block.jump_from is not None:
                    if run.blocks:
                        yield run
                        run = Run()
                    jump = block.jump_from
                elif block.jump_to is not None and last_body is not None:
                    last_body.jump_to = last_body.jump_to or block.jump_to  # "(下转N版)" printed alone
            elif kind == "footer" and run.blocks:
                yield run
                run = Run()
                prev = None
            continue
        if kind in HEADING_KINDS:
            if run.blocks:
                yield run
                run = Run()
            if prev is not None and prev.kind in HEADING_KINDS and heading:
                heading.append(block)
            else:
                if heading:
                    yield Run(heading=heading)
                heading = [block]
            if block.jump_from is not None:  # "（上接1版）守好“年夜饭”": the text under the heading is continued
                jump = block.jump_from
            prev = block
            continue
        starts_new = (
            not run.blocks
            or block.id in head_of
            or block.jump_from is not None
            or jump is not None
            or (prev is not None and prev.kind in ("paragraph",) and is_tail(prev))
            or (prev is not None and prev.kind in ("byline", "source-note"))
            or (prev is not None and prev.jump_to is not None)  # the article went on to another page
            or (LEAD.match(block.text) is not None)
        )
        soft = False
        if not starts_new and prev is not None and prev.kind in ("paragraph", "other") and complete(prev.text) and block.kind == "paragraph":
            starts_new, soft = True, True
            if opens_on_a_cut(block.text):
                soft = False
        if starts_new and (run.blocks or heading):
            if run.blocks:
                yield run
            run = Run(heading=heading, jump_from=block.jump_from if block.jump_from is not None else jump, hard=not soft or bool(heading))
            if prev is not None and prev.kind == "paragraph" and is_tail(prev) and not heading:
                run.after_tail = prev
            heading = []
            jump = None
        elif not run.blocks:
            run = Run(heading=heading, jump_from=block.jump_from if block.jump_from is not None else jump)
            heading, jump = [], None
        run.blocks.append(block)
        prev = block
        if block.kind in ("paragraph", "section", "other"):
            last_body = block
    if run.blocks:
        yield run
    if heading:
        yield Run(heading=heading)


def starts_mid_sentence(text: str) -> bool:
    """The text plainly goes on from something before it: a word's second half, punctuation, a quotation's end."""
    return opens_on_a_cut(text) or closes_first(text)
