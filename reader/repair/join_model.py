"""The join model: for each cut, a choice among its candidate heads or none (a conditional logit).

Each pairing gets a score, a weighted sum of :mod:`reader.repair.join_features`; "no head here" gets a
score from the tail's own features (a cut whose end reads like an unfinished clause almost always
continues somewhere). A softmax over the two turns them into the probability of each head. Choosing
among a tail's candidates, rather than judging each pairing alone, is what lets a far head win when it
is clearly the best the tail has. The weights are learnt by ``benchmarks/train_join_model.py`` from
issues damaged by :mod:`reader.testing.damage` plus the hand-repaired seeds.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("join_weights.json")


@dataclass(frozen=True)
class JoinModel:
    weights: dict[str, float]  # per pairing feature
    none_weights: dict[str, float]  # per tail feature, for "this tail has no head here" ("bias" included)
    threshold: float  # log-odds a head's probability must reach to be joined

    def score(self, features: dict[str, float]) -> float:
        w = self.weights
        return sum(value * w.get(name, 0.0) for name, value in features.items())

    def none_score(self, features: dict[str, float]) -> float:
        w = self.none_weights
        return w.get("bias", 0.0) + sum(features.get(name, 0.0) * weight for name, weight in w.items() if name != "bias")

    def probabilities(self, pairs: dict[tuple[int, int], dict[str, float]]) -> dict[tuple[int, int], float]:
        """P(head | tail) for every pairing, normalised over each tail's candidates and "none"."""
        by_tail: dict[int, list[tuple[tuple[int, int], float]]] = {}
        for key, features in pairs.items():
            by_tail.setdefault(key[0], []).append((key, self.score(features)))
        out: dict[tuple[int, int], float] = {}
        for items in by_tail.values():
            none = self.none_score(pairs[items[0][0]])
            top = max([none] + [s for _, s in items])
            total = math.exp(none - top) + sum(math.exp(s - top) for _, s in items)
            for key, s in items:
                out[key] = math.exp(s - top) / total
        return out


def log_odds(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def model_from(data: dict) -> JoinModel:
    return JoinModel(weights=dict(data["weights"]), none_weights=dict(data["none_weights"]), threshold=float(data["threshold"]))


@lru_cache(maxsize=1)
def join_models(path: Path = WEIGHTS) -> list[JoinModel]:
    """One model per round: the first weighs pairings alone, later ones also the threads the round
    before chained together."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [model_from(r) for r in data["rounds"]]
