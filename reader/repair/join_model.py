"""The join model: a logistic regression over :mod:`reader.repair.join_features`, weights in a JSON file.

The weights are learnt by ``benchmarks/train_join_model.py`` from issues damaged by
:mod:`reader.testing.damage` plus the hand-repaired seeds; re-run it after changing a feature.
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
    weights: dict[str, float]
    bias: float
    threshold: float  # log-odds a pairing must reach to be joined

    def logit(self, features: dict[str, float]) -> float:
        w = self.weights
        return self.bias + sum(value * w.get(name, 0.0) for name, value in features.items())

    def probability(self, features: dict[str, float]) -> float:
        z = self.logit(features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def model_from(data: dict) -> JoinModel:
    return JoinModel(weights=dict(data["weights"]), bias=float(data["bias"]), threshold=float(data["threshold"]))


@lru_cache(maxsize=1)
def join_models(path: Path = WEIGHTS) -> tuple[JoinModel, JoinModel | None]:
    """The first-round model (pairings alone) and the second-round one (with thread evidence)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    second = data.get("second")
    return model_from(data["first"]), model_from(second) if second else None
