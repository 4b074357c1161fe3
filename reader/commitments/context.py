"""Where a paragraph stands in its article: a plan (targets ahead) or a review (results behind)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.commitments.clauses import ParagraphSpan

PLAN, REVIEW, NEUTRAL = 1, -1, 0

_PLAN_HEADING = re.compile(r"工作安排|工作任务|重点任务|主要任务|目标任务|主要目标|预期目标|工作打算|工作思路|工作部署|展望|下一步|今后|计划")
_REVIEW_HEADING = re.compile(r"回顾|成效|成绩|成就|总结|过去|一年来|五年来|取得")
_PLAN_PARAGRAPH = re.compile(
    r"主要预期目标|主要目标是|目标是[:：]|工作安排|^(?:下一步|接下来|今后|未来|明年|下阶段)|将重点做好|重点做好以下|重点干好|重点从"
)
_REVIEW_PARAGRAPH = re.compile(
    r"^(?:过去|去年|一年来|五年来|近年来|近五年|截至|目前|据统计|数据显示|[“\"]?十[三四]五[”\"]?(?:以来|期间|时期))"
)
_QUESTION_PLAN = re.compile(r"如何|怎样|将|规划|未来|十五五|明年|下一步|打算|举措|部署|目标")
_QUESTION_REVIEW = re.compile(r"取得了?哪些|成效|成绩|亮点|以来|回顾|十四五[”\"]?期间")


@dataclass(frozen=True)
class ParagraphContext:
    """The plan/review mode of a paragraph and the heading or question that set it."""

    mode: int  # PLAN, REVIEW or NEUTRAL
    strength: float  # how sure the mode is: headings 3, questions and openers 2, carried 1.5
    heading: str  # the nearest heading above ("二、2025年工作安排"), for the period
    lead: str  # the paragraph or question that set the mode


def _heading_mode(text: str) -> int:
    if _PLAN_HEADING.search(text):
        return PLAN
    if _REVIEW_HEADING.search(text):
        return REVIEW
    return NEUTRAL


def _question_mode(text: str) -> int:
    review = bool(_QUESTION_REVIEW.search(text))
    plan = bool(_QUESTION_PLAN.search(text))
    if review and not re.search(r"如何|将|未来|十五五|明年", text):
        return REVIEW
    if plan:
        return PLAN
    return REVIEW if review else NEUTRAL


def _is_question(text: str) -> bool:
    stripped = text.strip()
    return stripped.startswith(("问：", "问:")) or (stripped.endswith(("？", "?")) and len(stripped) <= 80)


def paragraph_contexts(paragraphs: list[ParagraphSpan]) -> list[ParagraphContext]:
    """The context of each paragraph, from report headings, interview questions and openers."""
    contexts: list[ParagraphContext] = []
    section = (NEUTRAL, 0.0, "")  # set by a level-1 heading
    subsection = (NEUTRAL, 0.0, "")  # set by a lower heading; reset by the next level-1 heading
    carried = (NEUTRAL, 0.0, "")  # set by a question or an opener; lasts until the next heading, question or opener
    heading = ""
    first_plan_heading = None
    for i, para in enumerate(paragraphs):
        text = para.text.strip()
        if para.heading:
            mode = _heading_mode(text)
            heading = text.lstrip("#").strip()
            if para.level == 1:
                section = (mode, 3.0, heading)
                subsection = (NEUTRAL, 0.0, "")
                if mode == PLAN and first_plan_heading is None:
                    first_plan_heading = i
            elif mode != NEUTRAL:
                subsection = (mode, 3.0, heading)
            carried = (NEUTRAL, 0.0, "")
            contexts.append(ParagraphContext(mode, 3.0 if mode else 0.0, heading, text))
            continue
        if _is_question(text):
            mode = _question_mode(text)
            carried = (mode, 2.0, text)
            contexts.append(ParagraphContext(mode, 2.0, heading, text))
            continue
        own = NEUTRAL
        if _PLAN_PARAGRAPH.search(text):
            own = PLAN
        elif _REVIEW_PARAGRAPH.search(text):
            own = REVIEW
        if own != NEUTRAL:
            carried = (own, 2.0, text)
            contexts.append(ParagraphContext(own, 2.0, heading, text))
            continue
        for mode, strength, lead in (subsection, section, (carried[0], 1.5, carried[2])):
            if mode != NEUTRAL:
                contexts.append(ParagraphContext(mode, strength, heading, lead))
                break
        else:
            contexts.append(ParagraphContext(NEUTRAL, 0.0, heading, ""))
    if first_plan_heading is not None:
        contexts = _review_before_plan(paragraphs, contexts, first_plan_heading)
    return contexts


def _review_before_plan(
    paragraphs: list[ParagraphSpan], contexts: list[ParagraphContext], plan_at: int
) -> list[ParagraphContext]:
    """A report puts last year's review before its plan: unset paragraphs above the plan heading are review."""
    result = list(contexts)
    for i in range(plan_at):
        if result[i].mode == NEUTRAL and not paragraphs[i].heading:
            result[i] = ParagraphContext(REVIEW, 2.0, result[i].heading, paragraphs[plan_at].text.strip())
    return result
