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
        vec = {g: (1 + math.log(c)) * self.weight(g) for g, c in bigrams(text).items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {g: v / norm for g, v in vec.items()}

    @staticmethod
    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        if len(a) > len(b):
            a, b = b, a
        return sum(v * b.get(g, 0.0) for g, v in a.items())


class ProseTopicSpace(TopicSpace):
    """Weights from news prose at large instead of one page, which has too few blocks to tell a rare
    word from a common one."""

    def __init__(self) -> None:
        super().__init__(())

    def weight(self, gram: str) -> float:
        return rarity(gram)



@lru_cache(maxsize=1)
def prose_space() -> ProseTopicSpace:
    """The one prose-weighted space (it holds no page data, so every page shares it and its cache)."""
    return ProseTopicSpace()
