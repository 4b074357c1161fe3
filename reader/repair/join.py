"""Stage ``join``: reconnect paragraphs cut at column breaks (tail block → head block), one page at a time."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.repair.assignment import best_assignment
from reader.repair.classify import ENUMERATED, LEAD, SENTENCE_END, complete
from reader.repair.join_clues import (
    THRESHOLD, WORD_RIVAL, layout_bonus, number_cut, open_quote, pair_score, running_text, stray_unit,
)
from reader.repair.join_check import JoinCheck, join_check, second_look
from reader.repair.join_features import block_traits, page_grams, pair_features
from reader.repair.join_model import JoinModel, join_models, log_odds
from reader.repair.lexicon import boundary_word, starts_mid_word
from reader.repair.model import Block
from reader.repair.threads import add_thread_features
from reader.repair.topic import TopicSpace, prose_space

STAGE = "join"
WINDOW = 60  # heads further than this many blocks after the tail are not considered (no all-pairs blow-up)
# A join among the heads left over (see among_the_rest) needs the second look this sure: weighed again
# over fewer candidates, a tail whose own head was lost takes the best of what is left. Held out, 19
# such joins at p ≥ 0.95 had one false (50 at the first bar had seven); lowering the first bar itself
# adds about one false join for every two and a half right ones. With the second look judging heads from
# 0.005 and joining from 0.73 (see join_check.RIVAL_FLOOR), the bar is 0.99: at 0.95 those trees joined
# seed 001's "…全力打造更集约、" (its continuation lost) to "实干是最朴素的方法论…" at 0.989.
REST_BAR = log_odds(0.99)


@dataclass(frozen=True)
class Join:
    tail: Block
    head: Block
    score: float
    word: str
    probability: float = 0.99  # that the join is right, by the second look (join_check); forced joins are certain

    @property
    def confidence(self) -> float:
        return round(min(0.99, self.probability), 2)

    @property
    def detail(self) -> str:
        cut = f"{self.tail.text[-4:]}|{self.head.text[:4]}"
        return f"{cut} → {self.word}" if self.word else cut


def is_tail(block: Block) -> bool:
    return block.kind == "paragraph" and not block.jump_to and not complete(block.text)


def heading_piece(block: Block) -> bool:
    """A plain in-article heading that may be one line of a cut paragraph left at a column's foot
    ("区城市管理局市容环卫科负责人" | … | "介绍，明年将…"): the join model weighs it as a tail too."""
    return (
        block.kind == "section" and not block.level and not block.wrapped and not block.markers
        and not block.jump_to and not ENUMERATED.match(block.text) and block.text[-1:] not in "？?"
    )


def quote_piece(block: Block) -> bool:
    """A paragraph that ends a sentence inside a quotation it opened ("“…我们很放心。"): a column broke
    before the quotation closed ("”学生家长孔女士说。"), so the join model weighs it as a tail too."""
    return block.kind == "paragraph" and not block.jump_to and complete(block.text) and open_quote(block.text)


def unattributed_quote(block: Block) -> bool:
    """A paragraph that is one whole quotation ("“以前是我们带着论文找企业，现在是企业带着问题找我们。”"):
    news prose says who spoke in the same paragraph ("…”教授廖文斌说，"), so a column broke after the
    quotation and the join model weighs it as a tail too."""
    text = block.text
    return (
        block.kind == "paragraph" and not block.jump_to and text.startswith("“") and text.find("”") == len(text) - 1
        and text[-2:-1] in SENTENCE_END
    )


def weighed_as_tail(block: Block) -> bool:
    """Every block the join model weighs as a cut's first half."""
    return is_tail(block) or heading_piece(block) or quote_piece(block) or unattributed_quote(block)


def can_be_head(block: Block) -> bool:
    return block.kind == "paragraph" and not block.jump_from and not LEAD.match(block.text)


@dataclass
class Candidates:
    """Every tail → head pairing worth weighing on one page, with its evidence."""

    tails: list[Block]
    heads: list[Block]
    pinned: list[Join]  # joins the user forced
    scores: dict[tuple[int, int], float]  # (tail index, head index) → pair_score after page-wide clues
    words: dict[tuple[int, int], str]
    features: dict[tuple[int, int], dict[str, float]]
    space: TopicSpace = field(default_factory=prose_space)  # topic weights of news prose at large
    _vectors: dict[str, dict[str, float]] = field(default_factory=dict, repr=False)

    def vector(self, text: str) -> dict[str, float]:
        """The topic vector of a text, computed once per page (runs and threads repeat across rounds)."""
        if text not in self._vectors:
            self._vectors[text] = self.space.vector(text)
        return self._vectors[text]


def candidate_pairs(
    blocks: list[Block],
    *,
    forced: set[tuple[str, str]] = frozenset(),
    forbidden: set[tuple[str, str]] = frozenset(),
) -> Candidates:
    """The tails and heads of one page and the evidence for each pairing within the window."""
    _reclaim_fragments(blocks)
    _attach_lone_continued_markers(blocks)
    by_id = {b.id: b for b in blocks}
    pinned = [(by_id[a], by_id[b]) for a, b in forced if a in by_id and b in by_id]
    pinned_tails = {t.id for t, _ in pinned}
    pinned_heads = {h.id for _, h in pinned}
    tails = [b for b in blocks if weighed_as_tail(b) and b.id not in pinned_tails]
    heads = [b for b in blocks if can_be_head(b) and b.id not in pinned_heads]
    found = Candidates(tails, heads, [Join(t, h, 99.0, "") for t, h in pinned], {}, {}, {})
    if not tails or not heads:
        return found
    position = {b.id: i for i, b in enumerate(blocks)}
    context = {b.id: found.vector(_context(blocks, b, position)) for b in tails + heads}
    raw: dict[tuple[int, int], tuple[float, bool]] = {}
    words = found.words
    similarity: dict[tuple[int, int], float] = {}
    for ti, tail in enumerate(tails):
        for hi, head in enumerate(heads):
            a, b = position[tail.id], position[head.id]
            if b <= a or b - a > WINDOW or (tail.id, head.id) in forbidden or stray_unit(tail.text, head.text):
                continue
            sim = TopicSpace.cosine(context[tail.id], context[head.id])
            score, word = pair_score(tail, head, between=blocks[a + 1 : b], similarity=sim)
            words[(ti, hi)] = word
            similarity[(ti, hi)] = sim
            raw[(ti, hi)] = (score, b == a + 1)
    bonus = layout_bonus(raw)
    # a head whose broken first word another cut completes belongs to that cut more than to any neighbour
    worded = {hi for (ti, hi), w in words.items() if w and raw[(ti, hi)][0] >= THRESHOLD}
    # likewise a number cut in two ("到202|7年") keeps its digits together before anything else
    numbers = {ti for (ti, hi), v in raw.items() if v[0] >= THRESHOLD and number_cut(tails[ti].text, heads[hi].text)}
    for (ti, hi), (score, adjacent) in raw.items():
        if hi in worded and not words.get((ti, hi)):
            score -= WORD_RIVAL
        if ti in numbers and not number_cut(tails[ti].text, heads[hi].text):
            score -= WORD_RIVAL
        if adjacent and running_text(tails[ti].text):
            score += bonus
        found.scores[(ti, hi)] = score
    hand = _hand_assignment(found, len(tails), len(heads))
    previous = _previous_bodies(blocks)
    traits = {b.id: block_traits(b, previous.get(b.id), is_tail) for b in tails + heads}
    grams = page_grams([b.text for b in blocks if b.kind in ("paragraph", "other", "title", "section", "subtitle", "kicker")])
    tail_positions = sorted(position[t.id] for t in tails)
    by_tail: dict[int, list[float]] = {}
    by_head: dict[int, list[float]] = {}
    for (ti, hi), sim in similarity.items():
        by_tail.setdefault(ti, []).append(sim)
        by_head.setdefault(hi, []).append(sim)
    for key in by_tail.values():
        key.sort(reverse=True)
    for key in by_head.values():
        key.sort(reverse=True)
    for (ti, hi), sim in similarity.items():
        a, b = position[tails[ti].id], position[heads[hi].id]
        rivals = by_tail[ti]
        other = rivals[1] if rivals[0] == sim and len(rivals) > 1 else rivals[0]
        found.features[(ti, hi)] = pair_features(
            tails[ti], heads[hi], traits, score=found.scores[(ti, hi)], word=words[(ti, hi)], similarity=sim,
            between=blocks[a + 1 : b], tails_between=sum(1 for p in tail_positions if a < p < b),
            rank_for_tail=rivals.index(sim), rank_for_head=by_head[hi].index(sim),
            margin=sim - other if len(rivals) > 1 else 0.2, layout=bonus, grams=grams,
        )
        found.features[(ti, hi)]["hand_choice"] = 1.0 if hand.get(ti) == hi else 0.0
    return found


def find_joins(
    blocks: list[Block],
    *,
    forced: set[tuple[str, str]] = frozenset(),
    forbidden: set[tuple[str, str]] = frozenset(),
    weighed: dict[tuple[str, str], float] | None = None,
    checked: dict[tuple[str, str], float] | None = None,
) -> list[Join]:
    """The best one-to-one tail→head assignment on one page's blocks, in reading order; ``weighed``
    (tail id, head id → probability) receives what the join model thought of every pairing, ``checked``
    what the second look thought of each tail's likeliest heads."""
    found = candidate_pairs(blocks, forced=forced, forbidden=forbidden)
    joins = list(found.pinned)
    if not found.scores:
        return sorted(joins, key=lambda j: j.tail.index)
    probability, chosen = weigh(found, blocks, join_models())
    check = join_check()
    looked = second_look(found.features, probability, chosen, check)
    for record, values in ((weighed, probability), (checked, looked)):
        if record is not None:  # by block ids, for the later stages (see Ledger.may_join)
            record.update(((found.tails[ti].id, found.heads[hi].id), p) for (ti, hi), p in values.items())
    final = {**probability, **looked}
    chosen = decide(found, final, check.threshold)
    chosen.update(among_the_rest(found, chosen, check))
    for ti, (hi, p) in chosen.items():
        tail = found.tails[ti]
        if tail.kind == "section":
            tail.kind = "paragraph"  # a heading-shaped line that the text goes on from: a cut piece
        joins.append(Join(tail, found.heads[hi], found.scores[(ti, hi)], found.words.get((ti, hi), ""), p))
    return sorted(joins, key=lambda j: j.tail.index)


def among_the_rest(found: Candidates, chosen: dict[int, tuple[int, float]], check: JoinCheck) -> dict[int, tuple[int, float]]:
    """Joins for the cuts left without a head, among the heads no cut took.

    The join model spreads a tail's probability over all its candidates, and a head another cut has
    taken may have drawn most of it. That head is not this cut's: weighed again among what is left
    (its softmax over fewer candidates, then the second look), the tail's own head can stand out.
    """
    taken = {hi for hi, _ in chosen.values()}
    rest = {key: f for key, f in found.features.items() if key[0] not in chosen and key[1] not in taken}
    if not rest:
        return {}
    model = join_models()[-1]
    probability = model.probabilities(rest)
    looked = second_look(rest, probability, decide(found, probability, model.threshold), check)
    return decide(found, {**probability, **looked}, REST_BAR)


def weigh(
    found: Candidates, blocks: list[Block], rounds: list[JoinModel]
) -> tuple[dict[tuple[int, int], float], dict[int, tuple[int, float]]]:
    """Run the join model's rounds: the last round's probabilities and the assignment it makes."""
    probability = rounds[0].probabilities(found.features)
    chosen = decide(found, probability, rounds[0].threshold)
    for model in rounds[1:]:  # compare whole threads, as the round before chained them
        add_thread_features(found.features, found.tails, found.heads, blocks, chosen, found.vector, probability)
        probability = model.probabilities(found.features)
        chosen = decide(found, probability, model.threshold)
    return probability, chosen


def decide(
    found: Candidates, probability: dict[tuple[int, int], float], threshold: float
) -> dict[int, tuple[int, float]]:
    """The best one-to-one assignment of pairings whose ``probability`` reaches ``threshold`` (log-odds):
    tail index → (head index, probability).

    The hand-weighed clues speak through the model (its ``hand_choice`` and ``score`` features), never
    over it: pairings they were sure of but the second look doubted (below 0.7) were false 17 times in 26
    on held-out issues.
    """
    weights = [[0.0] * len(found.heads) for _ in found.tails]
    for (ti, hi), p in probability.items():
        margin = log_odds(p) - threshold
        weights[ti][hi] = margin + 0.001 if margin >= 0 else 0.0
    return {
        ti: (hi, probability[(ti, hi)])
        for ti, hi in enumerate(best_assignment(weights))
        if hi is not None
    }


def _hand_assignment(found: Candidates, n_tails: int, n_heads: int) -> dict[int, int]:
    """What the hand-weighed clues alone would join: ``pair_score`` above THRESHOLD, one-to-one."""
    weights = [[0.0] * n_heads for _ in range(n_tails)]
    for (ti, hi), score in found.scores.items():
        if score >= THRESHOLD:
            weights[ti][hi] = score - THRESHOLD + 0.001
    return {ti: hi for ti, hi in enumerate(best_assignment(weights)) if hi is not None}


def _previous_bodies(blocks: list[Block]) -> dict[str, Block]:
    """For each block, the nearest text block printed before it (boilerplate and markers skipped)."""
    out: dict[str, Block] = {}
    last: Block | None = None
    for block in blocks:
        if last is not None:
            out[block.id] = last
        if block.kind in ("paragraph", "other", "title", "section", "kicker", "subtitle", "byline"):
            last = block
    return out


def _context(blocks: list[Block], block: Block, position: dict[str, int]) -> str:
    """The block plus the run of text around it that belongs to the same article."""
    i = position[block.id]
    parts = [block.text]
    size = len(block.text)
    if weighed_as_tail(block):
        j = i - 1  # backwards until the article's heading or another cut
        while j >= 0 and size < 800 and blocks[j].kind in ("paragraph", "section") and (blocks[j].kind == "section" or complete(blocks[j].text)):
            parts.insert(0, blocks[j].text)
            size += len(blocks[j].text)
            if blocks[j].jump_from:
                break
            j -= 1
    else:
        j = i + 1  # forwards while the text runs on
        while j < len(blocks) and size < 800 and complete(blocks[j - 1].text) and blocks[j].kind in ("paragraph", "section") and not blocks[j].jump_from and not LEAD.match(blocks[j].text):
            parts.append(blocks[j].text)
            size += len(blocks[j].text)
            j += 1
    return "".join(parts)


def _attach_lone_continued_markers(blocks: list[Block]) -> None:
    """A "(上接N版)" printed in a block of its own starts the text after it, which continues a cut on
    another page, not one here. (A lone "(下转N版)" was given to the text before it by classification.)"""
    arriving: int | None = None
    for block in blocks:
        if block.kind == "marker" and not block.text and block.jump_from is not None:
            arriving = block.jump_from
        elif block.kind in ("paragraph", "section", "other"):
            if arriving is not None and block.kind == "paragraph" and block.jump_from is None:
                block.jump_from = arriving
            arriving = None


def _reclaim_fragments(blocks: list[Block]) -> None:
    """A short plain "heading" right after a tail that completes a word there is a cut fragment."""
    for prev, block in zip(blocks, blocks[1:]):
        if block.kind in ("title", "section", "subtitle", "kicker") and not block.level and not block.wrapped and is_tail(prev):
            word, evidence = boundary_word(prev.text, block.text)
            if evidence and starts_mid_word(block.text):
                block.kind = "paragraph"
