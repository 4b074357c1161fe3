"""A character trigram model of news prose, for two questions the join stage asks.

*Does this head read on from this tail?* ``continuation`` compares how likely the head's first
characters are after the tail's last two with how likely they are with nothing before them: a cut
between two whole words ("将持续提升办赛水平，|把山城马拉松…") still reads on, an unrelated head
("…水平，|中心，科技…") does not. *Which shared words say something about the topic?*
``rarity`` weighs a character pair by how rare it is in news prose at large, which a single page
cannot tell ("马拉" is rare, "发展" common).

Counts come from a tagged People's Daily corpus (see ``benchmarks/build_char_model.py``).
"""

from __future__ import annotations

import gzip
import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("char_model.tsv.gz")
HEAD_CHARS = 3  # characters of the head scored (the first ones carry the evidence)


@dataclass
class CharModel:
    uni: dict[str, int]
    bi: dict[str, int]
    tri: dict[str, int]
    after: dict[str, int]  # times a character or pair was followed by anything
    total: int

    def logp(self, c: str, context: str) -> float:
        """log P(c | up to two characters before it), interpolated down to a floor for unseen text."""
        unigram = self.uni.get(c, 0) / self.total
        floor = 0.01 / (len(self.uni) + 1)
        if not context:
            return math.log(floor + 0.99 * unigram)
        b = context[-1]
        seen = self.after.get(b)
        bigram = self.bi.get(b + c, 0) / seen if seen else unigram
        if len(context) < 2:
            return math.log(floor + 0.09 * unigram + 0.9 * bigram)
        seen = self.after.get(context[-2:])
        trigram = self.tri.get(context[-2:] + c, 0) / seen if seen else bigram
        return math.log(floor + 0.09 * unigram + 0.3 * bigram + 0.6 * trigram)

    def score(self, text: str, context: str, *, skip: int = 0) -> float:
        full = context + text
        return sum(self.logp(full[i], full[max(0, i - 2) : i]) for i in range(len(context) + skip, len(full)))


@lru_cache(maxsize=1)
def char_model(path: Path = MODEL_FILE) -> CharModel:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    tables: dict[str, dict[str, int]] = {}
    for at in range(1, len(lines) - 2, 3):  # after the comment: kind, grams run together, counts
        kind, grams, counts = lines[at : at + 3]
        width = 2 if kind == "c2" else 1 if kind == "c1" else int(kind)
        keys = [grams[i : i + width] for i in range(0, len(grams), width)]
        tables[kind] = dict(zip(keys, map(int, counts.split())))
    after = {**tables["c1"], **tables["c2"]}
    return CharModel(tables["1"], tables["2"], tables["3"], after, sum(tables["1"].values()))


@lru_cache(maxsize=65536)
def continuation(tail: str, head: str) -> float:
    """Log-likelihood ratio that ``head`` reads on from ``tail`` rather than starting afresh (0 when unknown)."""
    t = unicodedata.normalize("NFKC", tail[-2:])
    h = unicodedata.normalize("NFKC", head[:HEAD_CHARS])
    if len(t) < 2 or not h:
        return 0.0
    model = char_model()
    return model.score(h, t) - sum(model.logp(h[i], h[max(0, i - 2) : i]) for i in range(len(h)))


@lru_cache(maxsize=131072)
def rarity(gram: str) -> float:
    """How much a shared character pair says about the topic: log inverse frequency in news prose."""
    model = char_model()
    return math.log(model.total / (1 + model.bi.get(gram, 0)))
