"""Find the forward-looking, checkable targets in an article's text."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from reader.commitments import fields
from reader.commitments.classify import THRESHOLD, Judgement, is_amount, judge
from reader.commitments.clauses import Span, clauses, paragraphs, sentences, split_enumeration
from reader.commitments.context import ParagraphContext, paragraph_contexts
from reader.commitments.numbers import Quantity, find_quantities

MAX_TEXT = 80
FIELD_NAMES = ("metric", "value", "unit", "qualifier", "period", "actor")  # stored in Annotation.extra
JSON_FIELDS = ("text", "start", "end", *FIELD_NAMES, "confidence")  # order of the fields in JSON output
_PAST_YEAR = re.compile(r"(?<![到至])(20\d\d)年(?!底|末|前)")


@dataclass
class Commitment:
    """One suggested target: its clause (offsets into the article text) and structured fields."""

    text: str
    start: int
    end: int
    metric: str
    value: float | int | list[float | int]
    unit: str
    qualifier: str
    period: str
    actor: str
    confidence: float
    cues: list[str] = field(default_factory=list)

    def fields(self) -> dict[str, Any]:
        """The structured fields stored with an accepted commitment."""
        return {name: getattr(self, name) for name in FIELD_NAMES}

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in JSON_FIELDS}


@dataclass(frozen=True)
class _Candidate:
    span: Span  # the (sub-)clause the target is read from
    quantity: Quantity  # offsets in the article text
    metric: str | None = None  # set for "分别" lists
    lead: str | None = None  # for "分别" lists: the words before the first value ("分别达")


def detect(text: str, *, year: int | None = None, threshold: float = THRESHOLD) -> list[Commitment]:
    """The commitments in ``text`` (an article's repaired text), in text order.

    ``year`` is the issue's year when known: a clause about an earlier year reports a result.
    """
    found: list[Commitment] = []
    paras = paragraphs(text)
    contexts = paragraph_contexts(paras)
    for index, (para, context) in enumerate(zip(paras, contexts)):
        if para.heading or not para.text.strip():
            continue
        earlier = text[paras[max(0, index - 3)].start : para.start]  # "区科技局将…" often leads the answer
        for sentence in sentences(para):
            for clause in clauses(sentence):
                for candidate in _candidates(clause):
                    commitment = _assess(text, para, sentence, clause, candidate, context, year, threshold, earlier)
                    if commitment is not None:
                        found.append(commitment)
    return _dedupe(found)


def _candidates(clause: Span) -> list[_Candidate]:
    """The amounts of a clause, one per target: lists with 分别 pair subjects and values."""
    quantities = [
        Quantity(clause.start + q.start, clause.start + q.end, q.value, q.unit, q.chinese, q.text)
        for q in find_quantities(clause.text)
        if is_amount(q, clause.text, 0)
    ]
    if not quantities:
        return []
    respectively = clause.text.find("分别")
    if respectively >= 0 and len(quantities) >= 2:
        subject = clause.text[:respectively]
        verb = re.match(r"分别(增长|下降|提高|减少|新增)?", clause.text[respectively:]).group(1) or ""
        names = fields.split_subjects(fields.metric(subject, ""), len(quantities))
        lead = clause.text[respectively : quantities[0].start - clause.start]
        if names:
            return [_Candidate(clause, q, name + verb, lead) for q, name in zip(quantities, names)]
        return [_Candidate(clause, q) for q in quantities]
    if len(quantities) == 1:
        return [_Candidate(clause, quantities[0])]
    cuts = [
        clause.start + i
        for i, char in enumerate(clause.text)
        if char == "、" and any(q.end <= clause.start + i for q in quantities) and any(q.start > clause.start + i for q in quantities)
    ]
    pieces = split_enumeration(clause, cuts) if cuts else [clause]
    result = []
    for piece in pieces:
        inside = [q for q in quantities if piece.start <= q.start and q.end <= piece.end]
        if inside:
            result.append(_Candidate(piece, inside[-1]))  # "从A增至B", "总投资X的Y": the last amount
    return result


def _assess(
    text: str,
    para: Span,
    sentence: Span,
    clause: Span,
    candidate: _Candidate,
    context: ParagraphContext,
    year: int | None,
    threshold: float,
    earlier: str = "",
) -> Commitment | None:
    sentence_before = text[sentence.start : clause.start]
    judgement = judge(clause=clause.text, sentence_before=sentence_before, context=context, words=fields.pos_tags(clause.text))
    _judge_year(judgement, clause.text, year)
    if judgement.score < threshold:
        return None
    span, q = candidate.span, candidate.quantity
    before = text[span.start : q.start]
    after = text[q.end : span.end]
    start, end = _window(span, q)
    paragraph_before = text[para.start : sentence.start]
    return Commitment(
        text=text[start:end],
        start=start,
        end=end,
        metric=candidate.metric or fields.metric(before, after),
        value=q.value,
        unit=q.unit,
        qualifier="、".join(fields.qualifiers(clause.text, candidate.lead or before, after)),
        period=fields.resolve_period(
            fields.period(clause.text, sentence_before, paragraph_before, context.lead, context.heading),
            year=year, context_year=fields.period(context.heading, context.lead, paragraph_before),
        ),
        actor=fields.actor(sentence_before + clause.text, paragraph_before, earlier, context.lead),
        confidence=_confidence(judgement.score, threshold),
        cues=judgement.cues,
    )


def _judge_year(judgement: Judgement, clause: str, year: int | None) -> None:
    """With the issue's year known, an earlier year in the clause marks a result."""
    if year is None:
        return
    for match in _PAST_YEAR.finditer(clause):
        if int(match.group(1)) < year:
            judgement.add(-2.0, "earlier-year")
            return


def _window(span: Span, q: Quantity) -> tuple[int, int]:
    """The clause, cut to at most MAX_TEXT characters around its value."""
    if span.end - span.start <= MAX_TEXT:
        return span.start, span.end
    end = min(span.end, q.end + 12)
    return max(span.start, end - MAX_TEXT), end


def _confidence(score: float, threshold: float) -> float:
    return round(1.0 / (1.0 + math.exp(-(score - threshold + 0.5))), 2)


def _dedupe(found: list[Commitment]) -> list[Commitment]:
    seen: set[tuple[int, int, str]] = set()
    result = []
    for c in found:
        key = (c.start, c.end, repr(c.value))
        if key not in seen:
            seen.add(key)
            result.append(c)
    return result
