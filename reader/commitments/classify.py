"""Is a quantity a target still to reach, or a result already reached? Scored from cues at three levels."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.commitments.context import PLAN, REVIEW, ParagraphContext
from reader.commitments.numbers import NON_TARGET_UNITS, Quantity

THRESHOLD = 1.5  # score at which a quantity becomes a suggestion

# Words that commit to something ahead, in the clause itself.
_FUTURE_CLAUSE = [
    (re.compile(r"力争|争取|确保|力求|努力实现|计划|拟"), 2.0, "aim"),
    (re.compile(r"(?<![即])将(?!近)|要(?:实现|达到|确保)|预期|目标"), 1.5, "will"),
    (re.compile(r"预计"), 1.0, "forecast"),
    (re.compile(r"到20\d\d年|至20\d\d年|20\d\d年(?:底|末)前?|在20\d\d年(?:前|底|末)?(?:实现|达到|完成|建成)|年底前|年内|明年|"
                r"未来[一二三四五六七八九十\d]*年"), 1.5, "deadline"),
    (re.compile(r"不少于|不低于|以内|控制在|稳定在|保持在"), 1.0, "bound"),
]
# Bounds that also describe results ("超2亿人次", "增长5%左右"): weak on their own.
_WEAK_FUTURE = re.compile(r"以上|左右|突破|超过|达到|年均|全年")

# Words that report a result.
_PAST_CLAUSE = [
    (re.compile(r"已经?|累计|实现了|达到了|取得了|完成了|增至|升至|提升至|降至|翻番|激增|跃升至?|[共总]计"), 3.0, "done"),
    (re.compile(r"从\s*20\d\d年?.*?增|较\s*20\d\d年|较上年|比上年|较去年|同比|环比|较[“\"]?十[三四]五[”\"]?末|是20\d\d年的"), 3.0, "compared"),
    (re.compile(r"连续[一二三四五六七八九十\d]+年|[一二三四五六七八九十\d]+年来|五年|三年(?!行动)|过去|去年|上半年|前三季度|[第一二三四]{1,2}季度|1[—-]\d+月|截至|目前|现有|共有|共设|成立于|始建"), 2.5, "then"),
    (re.compile(r"位居|居全[市国]|居西部|全[市国]第|跻身|荣获|获评|入选|获得|占全[市区国]|约占|占[^\d，。]{1,10}的\d"), 2.0, "rank"),
    (re.compile(r"(?:培育|打造|探索|走|闯|干|形成)出|其\d|其中\d"), 1.5, "existing"),
    (re.compile(r"\d余[家个项人名户件亩万亿]|多[个家项名人米]|余[万亿]?[家个项人名户件亩元]"), 1.0, "approximate"),
]
_SENTENCE_FUTURE = re.compile(r"力争|争取|确保|(?<![动”\"])计划(?=[\u4e00-\u9fff])|(?<![即])将(?!近)|未来|明年|到20\d\d年|要[^求]|预期|目标|努力")
_SENTENCE_PAST = re.compile(r"累计|已经?|以来|过去|去年|实现了|取得了|同比|截至|目前")

# A number that is part of a name, a rank or a code, not an amount.
_NOT_AMOUNT_BEFORE = re.compile(r"(?:第|前|排名|以下|这|其中|海拔|全长|高约|长约|占地|编号|电话|热线)\s*$")
_NOT_AMOUNT_AFTER = re.compile(r"^(?:强|大(?!关)|方面|件事|项工作|个方面|届|次会|号线|级|星|周年|后|型|倍数)")


@dataclass
class Judgement:
    """The score of one quantity and the cues behind it (shown to users as reasons)."""

    score: float = 0.0
    cues: list[str] = field(default_factory=list)

    def add(self, weight: float, cue: str) -> None:
        self.score += weight
        self.cues.append(f"{cue}{weight:+g}")


def is_amount(quantity: Quantity, clause: str, offset: int) -> bool:
    """Whether a quantity in ``clause`` (``offset`` = clause start) can be a target's value."""
    if not quantity.unit or quantity.unit in NON_TARGET_UNITS:
        return False
    before = clause[: quantity.start - offset]
    after = clause[quantity.end - offset :]
    if _NOT_AMOUNT_BEFORE.search(before) or _NOT_AMOUNT_AFTER.match(after):
        return False
    if before.count("“") > before.count("”") or before.count("《") > before.count("》"):
        return False  # inside a quoted name: "“4个提升”"
    if quantity.chinese and isinstance(quantity.value, (int, float)) and quantity.value < 10:
        return False  # "三件事", "五个方面": counting the speech, not a target
    return True


def judge(
    *, clause: str, sentence_before: str, context: ParagraphContext, words: list[tuple[str, str]] | None = None
) -> Judgement:
    """Score one clause: plan context and commitment words raise it, report words lower it."""
    j = Judgement()
    if context.mode == PLAN:
        j.add(context.strength, "plan-context")
    elif context.mode == REVIEW:
        j.add(-context.strength, "review-context")
    future = False  # the clause itself commits ("力争", "将", "到2027年")
    bounded = False
    for pattern, weight, cue in _FUTURE_CLAUSE:
        if pattern.search(clause):
            j.add(weight, cue)
            if cue == "bound":
                bounded = True
            else:
                future = True
    if not (future or bounded) and _WEAK_FUTURE.search(clause):
        j.add(0.5, "bound")
    if not future and _SENTENCE_FUTURE.search(sentence_before):
        j.add(1.5, "sentence-will")
    elif not future and _SENTENCE_PAST.search(sentence_before):
        j.add(-1.0, "sentence-done")
    for pattern, weight, cue in _PAST_CLAUSE:
        if pattern.search(clause):
            j.add(-weight, cue)
    if words and _perfective(words):
        j.add(-2.0, "verb-了")
    return j


def _perfective(words: list[tuple[str, str]]) -> bool:
    """A verb followed by the aspect particle 了 (jieba tags it "ul"): something that happened."""
    return any(flag.startswith("v") and nxt == ("了", "ul") for (_, flag), nxt in zip(words, words[1:]))
