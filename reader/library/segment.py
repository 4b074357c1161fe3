"""Chinese word segmentation for the full-text index, with jieba loaded lazily and quietly.

Without jieba's HMM (its guess at words missing from the dictionary) a text is cut the same way
wherever it stands, so a query finds the same tokens as the paragraphs; it is also faster.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

_lock = threading.Lock()
_jieba: Any = None

# Only ASCII letters are folded: SQLite's lower() does the same, so offsets found in Python and
# matches checked in SQL agree character for character.
_ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}


def jieba_module() -> Any:
    """The jieba module, its dictionary loaded once, without its start-up chatter on stderr."""
    global _jieba
    if _jieba is None:
        with _lock:
            if _jieba is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _jieba = jieba
    return _jieba


def is_word(token: str) -> bool:
    """A token worth indexing: it holds at least one letter or digit (CJK counts as letters)."""
    return any(ch.isalnum() for ch in token)


def search_tokens(text: str) -> list[str]:
    """``cut_for_search`` tokens of ``text`` (words and their dictionary sub-words), punctuation dropped."""
    return [t for t in jieba_module().cut_for_search(text, HMM=False) if is_word(t)]


def index_body(text: str) -> str:
    """What the FTS table stores for a paragraph: its search tokens joined by spaces."""
    return " ".join(search_tokens(text))


def base_words(text: str) -> list[str]:
    """The plain (non-overlapping) jieba segmentation of ``text``, punctuation dropped."""
    return [t for t in jieba_module().cut(text, HMM=False) if is_word(t)]


def finest_cover(text: str) -> list[str] | None:
    """The shortest search tokens that tile ``text`` end to end, or None when they leave a gap."""
    spans = [(s, e, w) for w, s, e in jieba_module().tokenize(text, mode="search", HMM=False) if is_word(w)]
    by_start: dict[int, tuple[int, str]] = {}
    for start, end, word in spans:
        if start not in by_start or end < by_start[start][0]:
            by_start[start] = (end, word)
    cover, pos = [], 0
    while pos < len(text):
        if not text[pos].isalnum():
            pos += 1
            continue
        if pos not in by_start:
            return None
        end, word = by_start[pos]
        cover.append(word)
        pos = end
    return cover


def fold(text: str) -> str:
    """ASCII case folding that keeps every offset where it was."""
    return text.translate(_ASCII_LOWER)
