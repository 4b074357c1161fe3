"""A character trigram model of news prose, for two questions the join stage asks.

*Does this head read on from this tail?* ``continuation`` compares how likely the head's first
characters are after the tail's last two with how likely they are with nothing before them: a cut
between two whole words ("将持续提升办赛水平，|把山城马拉松…") still reads on, an unrelated head
("…水平，|中心，科技…") does not. *Which shared words say something about the topic?*
``rarity`` weighs a character pair by how rare it is in news prose at large, which a single page
cannot tell ("马拉" is rare, "发展" common).

Counts come from a tagged People's Daily corpus of 1998, Chinese web news of 2018–19 and, for the
words neither printed ("稳就业", "适老化"), the recent clean articles of reader/testing/corpus/ (see
``benchmarks/build_char_model.py``).
"""

from __future__ import annotations

import gzip
import json
import math
import sys
from array import array
from bisect import bisect_left
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("char_model.bin.gz")
HEAD_CHARS = 3  # characters of the head scored (the first ones carry the evidence)


class GramCounts:
    """Counts of n-grams of one length in two sorted arrays (a dict of a million short strings costs
    a hundred megabytes in every import worker; this costs 12 bytes an n-gram)."""

    def __init__(self, width: int, keys: array, counts: array) -> None:
        self.width = width
        self.keys = keys  # the n-grams packed (see _pack), sorted
        self.counts = counts

    @classmethod
    def of(cls, width: int, table: dict[str, int]) -> GramCounts:
        grams = sorted(table)  # same-length strings sort by code point, as their packed keys do
        return cls(width, array("Q", map(_pack, grams)), array("I", (table[g] for g in grams)))

    def get(self, gram: str, default: int = 0) -> int:
        if len(gram) != self.width:
            return default
        key = _pack(gram)
        at = bisect_left(self.keys, key)
        return self.counts[at] if at < len(self.keys) and self.keys[at] == key else default

    def __len__(self) -> int:
        return len(self.keys)


def _pack(gram: str) -> int:
    """Up to three characters as one integer that sorts like the string (21 bits a code point)."""
    key = 0
    for ch in gram:
        key = (key << 21) | ord(ch)
    return key


class Contexts:
    """How often a character or a pair of characters was followed by anything."""

    def __init__(self, one: GramCounts, two: GramCounts) -> None:
        self.one, self.two = one, two

    def get(self, context: str, default: int = 0) -> int:
        return (self.one if len(context) == 1 else self.two).get(context, default)


@dataclass
class CharModel:
    uni: dict[str, int]
    bi: GramCounts
    tri: GramCounts
    after: Contexts  # times a character or pair was followed by anything
    total: int
    classes: dict[str, str]  # word → coarse class letter (see word_class_of_tag)

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


# The model file: a JSON header line, then each table's packed keys and counts as raw little-endian
# arrays, then the classed words (loading parses no text: a million trigrams load in a blink).
TABLES = {"1": 1, "2": 2, "3": 3, "c1": 1, "c2": 2}  # name → n-gram width; c1/c2: times followed by anything


def save_model(path: Path, comment: str, tables: dict[str, dict[str, int]], classes: dict[str, str]) -> None:
    """Write counts (``tables`` by the names of TABLES) and word classes in the form ``char_model`` reads."""
    packed = {name: GramCounts.of(width, tables[name]) for name, width in TABLES.items()}
    words = sorted(classes)
    header = {"comment": comment, "sizes": {name: len(g) for name, g in packed.items()}}
    with gzip.open(path, "wb", compresslevel=9) as out:
        out.write(json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n")
        for gram_counts in packed.values():
            for column in (gram_counts.keys, gram_counts.counts):
                out.write(_little_endian(column).tobytes())
        out.write(" ".join(words).encode("utf-8") + b"\n" + "".join(classes[w] for w in words).encode("ascii"))


def _little_endian(column: array) -> array:
    if sys.byteorder == "little":
        return column
    swapped = array(column.typecode, column)
    swapped.byteswap()
    return swapped


@lru_cache(maxsize=1)
def char_model(path: Path | None = None) -> CharModel:
    tables: dict[str, GramCounts] = {}
    with gzip.open(path or MODEL_FILE, "rb") as handle:  # column by column: never the whole file at once
        header = json.loads(handle.readline())
        for name, width in TABLES.items():
            columns = []
            for typecode in ("Q", "I"):
                column = array(typecode)
                column.frombytes(handle.read(header["sizes"][name] * column.itemsize))
                columns.append(_little_endian(column))
            tables[name] = GramCounts(width, *columns)
        words, letters = handle.read().decode("utf-8").split("\n")
    one = tables["1"]
    uni = {chr(key): count for key, count in zip(one.keys, one.counts)}
    return CharModel(uni, tables["2"], tables["3"], Contexts(tables["c1"], tables["c2"]), sum(uni.values()), dict(zip(words.split(" "), letters)))


# Coarse word classes from the corpus tags: enough to tell "verb | object" from "end of sentence | new subject".
_CLASSES = {"n": "N", "r": "N", "s": "N", "v": "V", "a": "A", "b": "A", "z": "A", "d": "F", "p": "F",
            "c": "F", "u": "F", "e": "F", "y": "F", "m": "M", "q": "M", "f": "L", "t": "L"}


def word_class_of_tag(tag: str) -> str:
    """N(oun) V(erb) A(djective) F(unction word) M (number/measure) L (place/time) or X (other)."""
    tag = tag.lower()
    if tag == "vn":
        return "N"
    return _CLASSES.get(tag[:1], "X")


def use_model_file(path: Path) -> None:
    """Read the counts from ``path`` from now on. The join model's trainer needs this: the evidence
    about issues damaged from some articles must come from a model that never read those articles."""
    global MODEL_FILE
    MODEL_FILE = path
    for cached in (char_model, continuation, opening, ending, rarity):
        cached.cache_clear()


@lru_cache(maxsize=65536)
def continuation(tail: str, head: str) -> float:
    """Log-likelihood ratio that ``head`` reads on from ``tail`` rather than starting afresh (0 when unknown)."""
    t = unicodedata.normalize("NFKC", tail[-2:])
    h = unicodedata.normalize("NFKC", head[:HEAD_CHARS])
    if len(t) < 2 or not h:
        return 0.0
    return _lift(h, t)


@lru_cache(maxsize=65536)
def opening(head: str) -> float:
    """Log-likelihood ratio that ``head`` opens a paragraph rather than going on inside one: news
    paragraphs open on a few kinds of words ("今年以来，", "区…负责人介绍"), cut pieces on any."""
    h = unicodedata.normalize("NFKC", head[:HEAD_CHARS])
    if not h:
        return 0.0
    return _lift(h, "^^")


def _lift(text: str, context: str) -> float:
    """How much likelier ``text`` is after ``context`` than with nothing before it (log ratio)."""
    model = char_model()
    return model.score(text, context) - model.score(text, "")


_ENDINGS = "$,.;:!?”、。"  # what follows the last character of a clause or a paragraph (as NFKC writes it, like the counts)


@lru_cache(maxsize=65536)
def ending(text: str) -> float:
    """Log-probability that a clause or a paragraph ends after ``text``'s last two characters. A heading
    ends on a whole word even when the dictionary does not know it ("…的院坝会", "…之路"); a line cut at
    a column's foot mostly stops inside one ("…主体责", "…的老"), where prose never stops."""
    t = unicodedata.normalize("NFKC", text[-2:])
    if len(t) < 2:
        return 0.0
    model = char_model()
    return math.log(sum(math.exp(model.logp(c, t)) for c in _ENDINGS))


@lru_cache(maxsize=131072)
def rarity(gram: str) -> float:
    """How much a shared character pair says about the topic: log inverse frequency in news prose."""
    model = char_model()
    return math.log(model.total / (1 + model.bi.get(gram, 0)))
