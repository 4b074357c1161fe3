"""The evidence about one tail → head pairing as named numbers, for the join model to weigh.

``pair_score`` (in :mod:`reader.repair.join`) sums hand-weighed clues; the features here add what a sum
of clues cannot see: how the pairing ranks against the tail's and the head's other candidates, the
grammar across the cut (part of speech of the words either side), how much likelier the characters
across the cut are as one text than as two (jieba's word model), whether the head reads like the
opening of a paragraph and the tail like the end of a clause (the character model's ``opening`` and
``ending``: news paragraphs open on a few kinds of words, cut pieces on any), where in the page's
run of columns the head sits, whether the head closes a quotation or bracket the tail left open, and
each hand clue of ``pair_score`` on its own.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reader.repair.char_model import char_model, continuation, ending, opening
from reader.repair.classify import SCENE_OPENER, SOFT_LEAD, complete
from reader.repair.join_clues import (
    ENUM_START, SPEAKER_OPENER, closes_first, number_cut, open_quote, opens_first, speech_cut,
)
from reader.repair.lexicon import FINALS, ends_mid_word, first_word, jieba, last_word, starts_mid_word
from reader.repair.model import Block

_CJK_TAIL = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]{1,4}$")
_CJK_HEAD = re.compile(r"^[\u4e00-\u9fff0-9A-Za-z]{1,4}")
_SENTENCE = re.compile(r"[。！？!?；;]")
_CHUNK = re.compile(r"[，、。；：！？,;:!?”“]")

CLASSES = ("N", "V", "A", "F", "M", "L", "X")


def word_class(word: str) -> str:
    """The word's coarse class (see ``word_class_of_tag``) by jieba's dictionary; numbers are M, rare words X."""
    if not word:
        return "X"
    if word[0].isdigit():
        return "M"
    return char_model().classes.get(unicodedata.normalize("NFKC", word), "X")


@lru_cache(maxsize=65536)
def _logprob(text: str) -> float:
    """Log-probability of the best segmentation of ``text`` under jieba's unigram word model."""
    dt = jieba().dt
    route: dict[int, tuple[float, int]] = {}
    dt.calc(text, dt.get_DAG(text), route)
    return route[0][0]


def cohesion(tail: str, head: str) -> float:
    """How much likelier the characters across the cut are as one run than as two (log, 0 when unknown)."""
    left, right = _CJK_TAIL.search(tail), _CJK_HEAD.match(head)
    if not left or not right:
        return 0.0
    a, b = left.group(), right.group()
    return _logprob(a + b) - _logprob(a) - _logprob(b)


def page_grams(texts: list[str]) -> set[str]:
    """Every run of 3 or 4 letters printed on a page: a term cut in two often appears whole elsewhere."""
    grams: set[str] = set()
    for text in texts:
        for run in re.findall(r"[\u4e00-\u9fff0-9A-Za-z]{3,}", text):
            for n in (3, 4):
                grams.update(run[i : i + n] for i in range(len(run) - n + 1))
    return grams


def recurring_span(tail: str, head: str, grams: set[str]) -> int:
    """Length of the longest run across the cut that the page prints elsewhere (0 when none)."""
    left, right = _CJK_TAIL.search(tail), _CJK_HEAD.match(head)
    if not left or not right:
        return 0
    a, b = left.group()[-3:], right.group()[:3]
    for n in (4, 3):
        for k in range(1, n):
            if k <= len(a) and n - k <= len(b) and a[len(a) - k :] + b[: n - k] in grams:
                return n
    return 0


# quotation marks and brackets whose pairs a cut may split: name → (opening marks, closing marks)
MARKS = {"quote": ("“", "”"), "paren": ("（(", "）)"), "title_mark": ("《", "》")}
_OPENERS = {"enumeration": ENUM_START, "speaker": SPEAKER_OPENER, "scene": SCENE_OPENER}


@dataclass(frozen=True)
class Marks:
    """Which of MARKS a text leaves open, closes before opening one, and opens before closing any."""

    left_open: frozenset[str]
    closes_first: frozenset[str]
    opens_first: frozenset[str]


def marks_of(text: str) -> Marks:
    return Marks(*(frozenset(n for n, pair in MARKS.items() if test(text, *pair)) for test in (open_quote, closes_first, opens_first)))


@dataclass(frozen=True)
class BlockTraits:
    """What a block's two edges look like, computed once per block."""

    first_class: str
    last_class: str
    starts_mid_word: bool
    ends_mid_word: bool
    first_sentence: int  # characters before the first sentence end
    first_chunk: int  # characters before the first punctuation of any kind
    cell_start: bool  # the body block before it is a cut tail: a column starts here
    complete: bool  # ends a sentence
    opener: frozenset[str]  # how a paragraph opens, if it does: "enumeration", "speaker", "scene"
    marks: Marks  # its quotation marks and brackets


def block_traits(block: Block, previous: Block | None, is_tail) -> BlockTraits:
    text = block.text
    sentence = _SENTENCE.search(text)
    chunk = _CHUNK.search(text)
    return BlockTraits(
        first_class=word_class(first_word(text)),
        last_class=word_class(last_word(text)),
        starts_mid_word=starts_mid_word(text),
        ends_mid_word=ends_mid_word(text),
        first_sentence=sentence.start() if sentence else len(text),
        first_chunk=chunk.start() if chunk else len(text),
        cell_start=previous is not None and is_tail(previous),
        complete=complete(text),
        opener=frozenset(name for name, pattern in _OPENERS.items() if pattern.match(text)),
        marks=marks_of(text),
    )


def pair_features(
    tail: Block, head: Block, traits: dict[str, BlockTraits], *, score: float, word: str, similarity: float,
    between: list[Block], tails_between: int, rank_for_tail: int, rank_for_head: int, margin: float,
    layout: float, grams: set[str],
) -> dict[str, float]:
    """Named evidence for ``head`` continuing ``tail`` (see the module docstring)."""
    t, h = tail.text, head.text
    tt, ht = traits[tail.id], traits[head.id]
    bodies = sum(1 for b in between if b.kind in ("paragraph", "other"))
    adjacent = not between
    f = {
        "score": max(-8.0, min(12.0, score)) / 4,
        "score_hinge": max(0.0, score - 2.75) / 4,
        "word": 1.0 if word else 0.0,
        "recurring": recurring_span(t, h, grams) / 4,
        "continuation": max(-8.0, min(8.0, continuation(t, h))) / 4,
        "head_opening": max(-8.0, min(8.0, opening(h))) / 4,
        "tail_ending": max(-8.0, min(0.0, ending(t))) / 4,
        "cohesion": max(-5.0, min(12.0, cohesion(t, h))) / 4,
        "similarity": similarity * 5,
        "best_for_tail": 1.0 if rank_for_tail == 0 else 0.0,
        "best_for_head": 1.0 if rank_for_head == 0 else 0.0,
        "margin": max(-0.2, min(0.2, margin)) * 10,
        "adjacent": 1.0 if adjacent else 0.0,
        "next_body": 1.0 if bodies == 0 and not adjacent else 0.0,
        "bodies_between": math.log1p(bodies),
        "tails_between": math.log1p(tails_between),
        "headings_between": 1.0 if any(b.kind in ("title", "section", "kicker", "subtitle") for b in between) else 0.0,
        "adjacent_sequential": 1.0 if adjacent and layout > 0 else 0.0,
        "adjacent_interleaved": 1.0 if adjacent and layout < 0 else 0.0,
        "tail_comma": 1.0 if t[-1] in "，,；;" else 0.0,
        "tail_enumeration": 1.0 if t[-1] == "、" else 0.0,
        "tail_digit": 1.0 if t[-1].isdigit() or (t[-1] in ".．" and len(t) > 1 and t[-2].isdigit()) else 0.0,
        "tail_mid_word": 1.0 if tt.ends_mid_word else 0.0,
        "tail_function_char": 1.0 if t[-1] in FINALS else 0.0,
        "head_punct": 1.0 if h[0] in "，、。；：,;:”’）)" else 0.0,
        "head_mid_word": 1.0 if ht.starts_mid_word else 0.0,
        "head_quote": 1.0 if h[0] == "“" else 0.0,
        "head_soft_lead": 1.0 if SOFT_LEAD.match(h) else 0.0,
        "head_short_sentence": 1.0 if ht.first_sentence <= 4 else 0.0,
        "head_sentence_len": math.log1p(min(ht.first_sentence, 80)),
        "head_short_chunk": 1.0 if ht.first_chunk <= 2 else 0.0,
        "head_cell_start": 1.0 if ht.cell_start else 0.0,
        "head_after_complete": 1.0 if not ht.cell_start and not adjacent and complete_before(head, between) else 0.0,
        "head_is_tail": 1.0 if not ht.complete else 0.0,
        "tail_length": math.log1p(len(t)) / 5,
        "head_length": math.log1p(len(h)) / 5,
        "tail_heading": 1.0 if tail.kind == "section" else 0.0,
        "tail_complete": 1.0 if tail.kind != "section" and tt.complete else 0.0,
        # the hand clues of ``pair_score`` one by one: summed into ``score`` they weigh as one
        "number_cut": 1.0 if number_cut(t, h) else 0.0,
        "speech_cut": 1.0 if speech_cut(t, h) else 0.0,
        **{f"head_{name}": 1.0 for name in ht.opener},
        **marks_across(tt.marks, ht.marks),
    }
    for c in CLASSES:
        f[f"tail_{c}"] = 1.0 if tt.last_class == c else 0.0
        f[f"head_{c}"] = 1.0 if ht.first_class == c else 0.0
    f[f"cross_{tt.last_class}{ht.first_class}"] = 1.0
    return {name: value for name, value in f.items() if value}  # zeros weigh nothing: keep the sums short


def marks_across(tail: Marks, head: Marks) -> dict[str, float]:
    """Quotation marks and brackets across the cut: a head that closes what the tail left open reads on
    from it ("…能用" | "的全部用回去。”"), one that closes what nobody opened does not, and a tail with an
    open quotation cannot be followed by a head that opens another before closing it."""
    f: dict[str, float] = {}
    for name in MARKS:
        left_open = name in tail.left_open
        if left_open and name in head.closes_first:
            f[f"{name}_closed"] = 1.0
        elif name in head.closes_first:
            f[f"{name}_stray"] = 1.0
        elif left_open and name in head.opens_first:
            f[f"{name}_reopened"] = 1.0
        if left_open:
            f[f"tail_open_{name}"] = 1.0
    return f


QUOTE_FEATURES = [f"{name}_{what}" for name in MARKS for what in ("closed", "stray", "reopened")]
TAIL_QUOTE_FEATURES = [f"tail_open_{name}" for name in MARKS]


def complete_before(head: Block, between: list[Block]) -> bool:
    """Whether the body block printed just before ``head`` ends a sentence (head then opens a paragraph)."""
    for block in reversed(between):
        if block.kind in ("paragraph", "other"):
            return complete(block.text)
    return False


def tail_feature_names() -> list[str]:
    """The features that describe the tail alone (the same in all its pairings): what "no head" weighs."""
    return [
        "tail_comma", "tail_enumeration", "tail_digit", "tail_mid_word", "tail_function_char", "tail_length",
        "tail_heading", "tail_ending", "tail_complete",
    ] + [f"tail_{c}" for c in CLASSES] + TAIL_QUOTE_FEATURES


def feature_names() -> list[str]:
    base = [
        "hand_choice", "score", "score_hinge", "word", "recurring", "continuation", "head_opening", "tail_ending", "cohesion", "similarity", "best_for_tail", "best_for_head", "margin",
        "adjacent", "next_body", "bodies_between", "tails_between", "headings_between", "adjacent_sequential",
        "adjacent_interleaved", "tail_comma", "tail_enumeration", "tail_digit", "tail_mid_word",
        "tail_function_char", "head_punct", "head_mid_word", "head_quote", "head_soft_lead",
        "head_short_sentence", "head_sentence_len", "head_short_chunk", "head_cell_start",
        "head_after_complete", "head_is_tail", "tail_length", "head_length", "tail_heading", "tail_complete",
        "number_cut", "speech_cut",
    ] + [f"head_{name}" for name in _OPENERS]
    base += [f"tail_{c}" for c in CLASSES] + [f"head_{c}" for c in CLASSES] + QUOTE_FEATURES + TAIL_QUOTE_FEATURES
    base += [f"cross_{a}{b}" for a in CLASSES for b in CLASSES]
    return base
