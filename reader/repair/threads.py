"""Article threads on a page: the runs of text a first round of joins chains together.

A short block says little about its topic; the thread it belongs to says much more. After a first
round of joins, a tail's thread is its own run of text plus every run chained before it, a head's
thread its run plus every run chained after it; the second round compares those. The two are
disjoint, so a pairing is never credited for sharing text with itself.
"""

from __future__ import annotations

from typing import Callable

from reader.repair.classify import complete
from reader.repair.join_model import log_odds
from reader.repair.model import Block
from reader.repair.topic import TopicSpace

LINK = 0.7  # first-round joins at least this likely chain runs into a thread
THREAD_FEATURES = [
    "thread_similarity", "thread_best_for_tail", "thread_best_for_head", "thread_margin", "first_choice", "first_rival",
    "first_log_odds", "first_best_for_head", "adjacent_by_layout", "far_by_layout",
]
SURE_LINK = 0.9  # first-round joins this likely tell how the page is laid out (columns in turn, or interleaved)
LIMIT = 1500  # characters of a thread worth comparing (the nearest ones)


def runs(blocks: list[Block], tails: list[Block], heads: list[Block]) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Each tail's run back to its column start, each head's run forward, and the tail ending a head's run."""
    position = {b.id: i for i, b in enumerate(blocks)}
    tail_ids = {t.id for t in tails}
    back: dict[str, str] = {}
    for tail in tails:
        i = position[tail.id]
        parts = [tail.text]
        j = i - 1
        while j >= 0 and blocks[j].id not in tail_ids and blocks[j].kind in ("paragraph", "section", "title", "subtitle", "kicker"):
            parts.insert(0, blocks[j].text)
            if blocks[j].kind == "title":
                break
            j -= 1
        back[tail.id] = "".join(parts)
    forward: dict[str, str] = {}
    ends: dict[str, str] = {}
    for head in heads:
        i = position[head.id]
        parts = [head.text]
        j = i
        while complete(blocks[j].text) and j + 1 < len(blocks) and blocks[j + 1].kind in ("paragraph", "section"):
            j += 1
            parts.append(blocks[j].text)
        if blocks[j].id in tail_ids:
            ends[head.id] = blocks[j].id
        forward[head.id] = "".join(parts)
    return back, forward, ends


def thread_texts(
    blocks: list[Block], tails: list[Block], heads: list[Block], links: dict[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """For each tail the thread text up to it, for each head the thread text from it on.

    ``links`` maps a tail id to the head id the first round joined it to.
    """
    back, forward, ends = runs(blocks, tails, heads)
    into = {ends[h]: t for t, h in links.items() if h in ends}  # a tail's run was reached from this tail
    before: dict[str, str] = {}
    for tail in tails:
        text, seen, current = back[tail.id], {tail.id}, tail.id
        while len(text) < LIMIT and current in into and into[current] not in seen:
            current = into[current]
            seen.add(current)
            text = back[current] + text
        before[tail.id] = text[-LIMIT:]
    after: dict[str, str] = {}
    for head in heads:
        text, seen, current = forward[head.id], {head.id}, head.id
        while len(text) < LIMIT and current in ends and ends[current] in links and links[ends[current]] not in seen:
            current = links[ends[current]]
            seen.add(current)
            text += forward[current]
        after[head.id] = text[:LIMIT]
    return before, after


def add_thread_features(
    features: dict[tuple[int, int], dict[str, float]], tails: list[Block], heads: list[Block],
    blocks: list[Block], chosen: dict[int, tuple[int, float]], vector: Callable[[str], dict[str, float]],
    first_probability: dict[tuple[int, int], float],
) -> None:
    """Add thread similarity (and how it ranks) to every pairing's features, given first-round joins.

    ``vector`` gives a text's topic vector; ``chosen`` maps a tail index to (head index, probability) of its first-round join, ``first_probability``
    every pairing to its first-round probability.
    """
    links = {tails[ti].id: heads[hi].id for ti, (hi, p) in chosen.items() if p >= LINK}
    before, after = thread_texts(blocks, tails, heads, links)
    tail_vec = {t.id: vector(before[t.id]) for t in tails}
    head_vec = {h.id: vector(after[h.id]) for h in heads}
    sims = {key: TopicSpace.cosine(tail_vec[tails[key[0]].id], head_vec[heads[key[1]].id]) for key in features}
    by_tail: dict[int, list[float]] = {}
    by_head: dict[int, list[float]] = {}
    for (ti, hi), sim in sims.items():
        by_tail.setdefault(ti, []).append(sim)
        by_head.setdefault(hi, []).append(sim)
    for values in (*by_tail.values(), *by_head.values()):
        values.sort(reverse=True)
    sure = [features[(ti, hi)].get("adjacent", 0.0) for ti, (hi, p) in chosen.items() if p >= SURE_LINK]
    layout = (sum(sure) / len(sure) - 0.5) * 2 if len(sure) >= 3 else 0.0  # +1: columns run in turn, -1: interleaved
    best_tail: dict[int, float] = {}
    for (ti, hi), p in first_probability.items():
        best_tail[hi] = max(best_tail.get(hi, 0.0), p)
    for (ti, hi), f in features.items():
        sim = sims[(ti, hi)]
        p = first_probability[(ti, hi)]
        f["first_log_odds"] = max(-8.0, min(8.0, log_odds(p))) / 4
        f["first_best_for_head"] = 1.0 if p >= best_tail[hi] else 0.0
        f["adjacent_by_layout"] = f.get("adjacent", 0.0) * layout
        f["far_by_layout"] = (1.0 - f.get("adjacent", 0.0)) * layout
        rivals = by_tail[ti]
        other = rivals[1] if rivals[0] == sim and len(rivals) > 1 else rivals[0]
        f["thread_similarity"] = sim * 5
        f["thread_best_for_tail"] = 1.0 if rivals[0] == sim else 0.0
        f["thread_best_for_head"] = 1.0 if by_head[hi][0] == sim else 0.0
        f["thread_margin"] = max(-0.2, min(0.2, sim - other if len(rivals) > 1 else 0.2)) * 10
        first = chosen.get(ti)
        f["first_choice"] = 1.0 if first is not None and first[0] == hi else 0.0
        f["first_rival"] = 1.0 if any(h == hi and t != ti for t, (h, _) in chosen.items()) else 0.0
