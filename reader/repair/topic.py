"""Shared-vocabulary evidence: TF-IDF over CJK character bigrams (cheap, no segmentation needed)."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from itertools import chain
from operator import add
from typing import Iterable

from reader.repair.char_model import rarity


_RUN = re.compile(r"[^\W_]{2,}")  # letters and digits (CJK included), the way str.isalnum() counts them


def bigrams(text: str) -> Counter[str]:
    """Adjacent letter pairs within runs of letters and digits, counted."""
    return Counter(chain.from_iterable(map(add, run, run[1:]) for run in _RUN.findall(text)))


class TopicSpace:
    """IDF weights learnt from a set of texts (the blocks of a page), and cosine similarity under them."""

    def __init__(self, texts: Iterable[str]) -> None:
        docs = [set(bigrams(t)) for t in texts]
        self.n = max(1, len(docs))
        df: Counter[str] = Counter()
        for d in docs:
            df.update(d)
        self.idf = {g: math.log((1 + self.n) / (1 + c)) + 0.2 for g, c in df.items()}
        self._default = math.log(1 + self.n) + 0.2

    def weight(self, gram: str) -> float:
        return self.idf.get(gram, self._default)

    def vector(self, text: str) -> dict[str, float]:
        weight = self.weight
        # most bigrams occur once in a block, and 1 + log(1) is 1: no logarithm for them
        vec = {g: weight(g) if c == 1 else (1 + math.log(c)) * weight(g) for g, c in bigrams(text).items()}
        norm = math.hypot(*vec.values()) or 1.0
        return {g: v / norm for g, v in vec.items()}

    @staticmethod
    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        # over the shared bigrams only (a set intersection, done in C: the join stage compares every
        # tail with every head in its window); fsum's exact rounding makes the result independent of
        # the intersection's order, which changes with the process's string hashing
        return math.fsum(a[g] * b[g] for g in a.keys() & b.keys())


class ProseTopicSpace(TopicSpace):
    """Weights from news prose at large instead of one page, which has too few blocks to tell a rare
    word from a common one."""

    def __init__(self) -> None:
        super().__init__(())

    weight = staticmethod(rarity)  # called for every bigram of every block: no method in between



@lru_cache(maxsize=1)
def prose_space() -> ProseTopicSpace:
    """The one prose-weighted space (it holds no page data, so every page shares it and its cache)."""
    return ProseTopicSpace()
