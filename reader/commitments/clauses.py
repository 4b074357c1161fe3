"""Split an article's text into paragraphs, sentences and clauses, keeping offsets into the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE_END = "。！？!?；;"
_CLAUSE_END = "，,：:"
_HEADING_MAX = 60


@dataclass(frozen=True)
class Span:
    """A piece of the article text: ``text == article[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ParagraphSpan(Span):
    index: int
    heading: bool  # a short line without a full stop: a section title of a report
    level: int  # 1 for "一、…" / "# …", 2 for "（一）…" / "## …", 3 for other headings; 0 for text


def _heading_level(line: str) -> int:
    text = line.strip()
    if not text or len(text) > _HEADING_MAX or "。" in text:
        return 0
    hashes = len(text) - len(text.lstrip("#"))
    text = text.lstrip("#").strip()
    if re.match(r"^[一二三四五六七八九十]+、", text):
        return 1
    if re.match(r"^[（(][一二三四五六七八九十]+[)）]", text):
        return 2
    if hashes:
        return 3
    if text[-1] in "，,、；;：:！!？?" or len(text) > 30:
        return 0
    return 3


def paragraphs(text: str) -> list[ParagraphSpan]:
    """Lines of the article (its paragraphs), headings marked."""
    spans: list[ParagraphSpan] = []
    offset = 0
    for index, line in enumerate(text.split("\n")):
        level = _heading_level(line)
        spans.append(ParagraphSpan(offset, offset + len(line), line, index, level > 0, level))
        offset += len(line) + 1
    return spans


def _split(span: Span, stops: str, *, keep_quotes: bool = True) -> list[Span]:
    """Cut ``span`` after each stop character that is not inside “…” quotes."""
    pieces: list[Span] = []
    depth = 0
    begin = 0
    for i, char in enumerate(span.text):
        if char in "“《「(（":
            depth += 1
        elif char in "”》」)）" and depth:
            depth -= 1
        elif char in stops and (depth == 0 or not keep_quotes):
            pieces.append(Span(span.start + begin, span.start + i + 1, span.text[begin : i + 1]))
            begin = i + 1
    if begin < len(span.text):
        pieces.append(Span(span.start + begin, span.end, span.text[begin:]))
    return [_strip(p) for p in pieces if p.text.strip()]


def _strip(span: Span) -> Span:
    """Drop surrounding blanks and the trailing punctuation from a span."""
    text = span.text
    left = len(text) - len(text.lstrip())
    body = text.strip().rstrip(_SENTENCE_END + _CLAUSE_END + "、")
    return Span(span.start + left, span.start + left + len(body), body)


def sentences(paragraph: Span) -> list[Span]:
    """Sentences of a paragraph (cut at 。！？；)."""
    return _split(paragraph, _SENTENCE_END)


def clauses(sentence: Span) -> list[Span]:
    """Clauses of a sentence (cut at commas and colons outside quotes)."""
    return _split(sentence, _CLAUSE_END)


def split_enumeration(clause: Span, cuts: list[int]) -> list[Span]:
    """Cut a clause at the given "、" positions (offsets in the article) into sub-clauses."""
    pieces: list[Span] = []
    begin = clause.start
    for cut in sorted(cuts):
        if begin < cut:
            pieces.append(Span(begin, cut, clause.text[begin - clause.start : cut - clause.start]))
        begin = cut + 1
    if begin < clause.end:
        pieces.append(Span(begin, clause.end, clause.text[begin - clause.start :]))
    return [p for p in pieces if p.text.strip()]
