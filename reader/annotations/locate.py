"""Finding a quote in article text: width/case/whitespace-insensitive, with context and fuzzy fallbacks."""

from __future__ import annotations

import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

CONTEXT = 32  # characters of prefix and suffix stored with each quote
FUZZY_THRESHOLD = 85.0  # rapidfuzz partial ratio (0–100) a fuzzy match must reach
SHORT_QUOTE = 10  # below this length one changed character is a large change…
SHORT_THRESHOLD = 90.0  # …so short quotes must match more closely ("理空间" is not "物理空间")
FUZZY_MIN_LENGTH = 4  # shorter quotes are too ambiguous to place approximately


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    # Per character so every folded character maps back to one original offset.
    if char.isspace():
        return ""
    return unicodedata.normalize("NFKC", char).casefold()


class FoldedText:
    """``text`` with whitespace dropped and width/case folded, keeping a map back to ``text`` offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        index = array("i")
        for i, char in enumerate(text):
            for piece in _fold_char(char):
                chars.append(piece)
                index.append(i)
        self.folded = "".join(chars)
        self.index = index

    def find_all(self, quote: str) -> list[tuple[int, int]]:
        """Every (start, end) in ``text`` whose folded form equals the folded ``quote``."""
        needle = fold(quote)
        if not needle:
            return []
        spans: list[tuple[int, int]] = []
        pos = self.folded.find(needle)
        while pos >= 0:
            start = self.index[pos]
            end = self.index[pos + len(needle) - 1] + 1
            spans.append((start, end))
            pos = self.folded.find(needle, pos + 1)
        return spans


@lru_cache(maxsize=256)
def folded_text(text: str) -> FoldedText:
    """``FoldedText(text)``, cached: re-anchoring searches the same articles for every annotation."""
    return FoldedText(text)


def fold(text: str) -> str:
    return "".join(_fold_char(c) for c in text)


def context(text: str, start: int, end: int) -> tuple[str, str]:
    """The up to 32 characters before and after ``text[start:end]``."""
    return text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]


def context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> float:
    """How well the surroundings of a span agree with a stored prefix/suffix (0–1)."""
    if not prefix and not suffix:
        return 0.0
    here_prefix, here_suffix = context(text, start, end)
    scores = []
    if prefix:
        scores.append(fuzz.ratio(fold(prefix), fold(here_prefix[-len(prefix) :])) / 100)
    if suffix:
        scores.append(fuzz.ratio(fold(suffix), fold(here_suffix[: len(suffix)])) / 100)
    return sum(scores) / len(scores)


@dataclass(frozen=True)
class FuzzyHit:
    start: int
    end: int
    score: float  # 0–100


def fuzzy_find(quote: str, text: str, *, threshold: float | None = None) -> FuzzyHit | None:
    """The best approximate occurrence of ``quote`` in ``text``, or None below ``threshold``."""
    if len(quote.strip()) < FUZZY_MIN_LENGTH or not text:
        return None
    if threshold is None:
        threshold = SHORT_THRESHOLD if len(quote.strip()) < SHORT_QUOTE else FUZZY_THRESHOLD
    hit = fuzz.partial_ratio_alignment(quote, text, score_cutoff=threshold)
    if hit is None or hit.score < threshold:
        return None
    start, end = _trim(text, hit.dest_start, hit.dest_end)
    if end <= start:
        return None
    return FuzzyHit(start, end, hit.score)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    # A highlight never starts or ends on whitespace or a paragraph break.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
