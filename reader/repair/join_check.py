"""A second look at each cut's first choice: is the head the join model likes best really its head?

The join model scores pairings one by one and turns them into probabilities per tail; whether its
first choice is right also depends on how those probabilities fall together — a clear winner over a
crowd of weak rivals, a runner-up close behind, a head another cut wants as much, a large chance of
"no head here". An ensemble of decision trees (gradient boosting, 500 trees) weighs the first choice's own
evidence together with those figures and gives the probability that the join is right; that
probability, not the model's, decides the join and is the confidence the reader sees.
The trees are learnt by ``benchmarks/train_join_model.py`` (on other generated issues than the join
model's, so the figures they see are as honest as at work) and stored in ``join_check.json``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CHECK_FILE = Path(__file__).with_name("join_check.json")
SUMMARY = ["p_top", "p_second", "p_none", "candidates", "head_wanted", "chosen"]  # how the probabilities fall


@dataclass(frozen=True)
class Tree:
    feature: tuple[int, ...]  # index into the check's names; -1 marks a leaf
    threshold: tuple[float, ...]  # go left when the feature is at most this; a leaf's value
    left: tuple[int, ...]
    right: tuple[int, ...]


@dataclass(frozen=True)
class JoinCheck:
    names: list[str]
    base: float  # log-odds before any tree
    rate: float  # each tree's share
    trees: list[Tree]
    threshold: float  # log-odds a first choice must reach to be joined

    def probability(self, features: dict[str, float]) -> float:
        x = [features.get(name, 0.0) for name in self.names]
        total = 0.0
        for tree in self.trees:  # walked inline, not by a method call: this runs for every cut of every page
            feature, threshold, left, right = tree.feature, tree.threshold, tree.left, tree.right
            i = 0
            while feature[i] >= 0:
                i = left[i] if x[feature[i]] <= threshold[i] else right[i]
            total += threshold[i]
        z = self.base + self.rate * total
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def check_from(data: dict) -> JoinCheck:
    trees = [Tree(tuple(t["feature"]), tuple(t["threshold"]), tuple(t["left"]), tuple(t["right"])) for t in data["trees"]]
    return JoinCheck(list(data["names"]), float(data["base"]), float(data["rate"]), trees, float(data["threshold"]))


@lru_cache(maxsize=1)
def join_check(path: Path = CHECK_FILE) -> JoinCheck:
    return check_from(json.loads(path.read_text(encoding="utf-8")))


def first_choices(
    features: dict[tuple[int, int], dict[str, float]],
    probability: dict[tuple[int, int], float],
    chosen: dict[int, tuple[int, float]],
) -> dict[tuple[int, int], dict[str, float]]:
    """Each tail's likeliest head, with that pairing's features and how the probabilities fall around it.

    ``chosen`` is the assignment the last round made (tail index → (head index, probability)).
    """
    by_tail: dict[int, list[float]] = {}
    by_head: dict[int, list[tuple[float, int]]] = {}
    best: dict[int, tuple[float, int]] = {}
    for (ti, hi), p in probability.items():
        by_tail.setdefault(ti, []).append(p)
        by_head.setdefault(hi, []).append((p, ti))
        if ti not in best or (p, -hi) > (best[ti][0], -best[ti][1]):
            best[ti] = (p, hi)
    out: dict[tuple[int, int], dict[str, float]] = {}
    for ti, (p, hi) in best.items():
        ps = sorted(by_tail[ti], reverse=True)
        wanted = max((q for q, other in by_head[hi] if other != ti), default=0.0)
        summary = {
            "p_top": p,
            "p_second": ps[1] if len(ps) > 1 else 0.0,
            "p_none": max(0.0, 1.0 - sum(ps)),
            "candidates": float(len(ps)),
            "head_wanted": wanted,
            "chosen": 1.0 if chosen.get(ti, (None,))[0] == hi else 0.0,
        }
        out[(ti, hi)] = {**features[(ti, hi)], **summary}
    return out


def second_look(
    features: dict[tuple[int, int], dict[str, float]],
    probability: dict[tuple[int, int], float],
    chosen: dict[int, tuple[int, float]],
    check: JoinCheck | None = None,
) -> dict[tuple[int, int], float]:
    """The probability that each tail's first choice is its head, by the second look."""
    check = check or join_check()
    return {key: check.probability(f) for key, f in first_choices(features, probability, chosen).items()}
