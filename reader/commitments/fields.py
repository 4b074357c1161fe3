"""The structured fields of a target: metric, qualifier, period and actor, read from its clause."""

from __future__ import annotations

import re
from functools import lru_cache

QUALIFIERS = ["不少于", "不低于", "不超过", "以上", "左右", "以内", "超过", "突破", "达到", "争取", "力争", "确保", "逾", "超", "达"]
_AIM_RE = re.compile(r"全力争取|力争|争取|确保|力求|计划|努力")
_BOUNDS_BEFORE = ["不少于", "不低于", "不超过", "超过", "突破", "达到", "达", "超", "逾", "近", "约"]
_BOUNDS_AFTER = ["以上", "左右", "以内", "以下"]
_FILLER = re.compile(
    r"^(?:[，,、\s]|并|同时|其中|和|及|以及|全力|大力|积极|加快|持续|进一步|深入|推动|力争|全力争取|争取|确保|力求|计划|努力|预计|"
    r"实现|全年|今年|明年|年内|年均|全区|全市|全县|我区|本区|到20\d\d年底?|至20\d\d年底?|将)+"
)
_TRAILING = re.compile(r"(?:的|为|在|至|到|全力争取|争取|力争|确保|力求|保持在|控制在|稳定在|不少于|不低于|不超过|超过|突破|达到|达|超|逾|近|约|实现|年均|分别|总数|规模达|提高到|提升到)+$")

_PERIOD_PATTERNS = [
    re.compile(r"(?:到|至)20\d\d年(?:底|末)?"),
    re.compile(r"20\d\d(?:—|-|–|至)20\d\d年"),
    re.compile(r"[“\"]十[四五六]五[”\"](?:时期|期间|末)?|十[四五六]五(?:时期|期间|末)"),
    re.compile(r"未来[一二三四五六七八九十\d]+年|[一二三四五六七八九十\d]+年内"),
    re.compile(r"年均"),
    re.compile(r"今年|明年|全年|年内"),
    re.compile(r"20\d\d年(?!\d*月)"),
]
_ACTOR = re.compile(
    r"((?:区|市|县|街道)?[\u4e00-\u9fff]{2,10}?(?:局|委员会|委|办公室|中心|政府|街道|集团|公司|学院|法院|联合会|侨联|青联|妇联)"
    r"|渝中区?|我区|全区|全县|全市|[\u4e00-\u9fff]{2,3}[区县])(?:将|要|计划|力争|争取)"
)


@lru_cache(maxsize=1)
def _posseg():
    import warnings

    import jieba

    with warnings.catch_warnings():  # jieba.posseg's old regex literals warn when first compiled
        warnings.simplefilter("ignore", DeprecationWarning)
        import jieba.posseg

    jieba.setLogLevel(60)  # keep the dictionary-loading chatter off stderr
    return jieba.posseg


def pos_tags(text: str) -> list[tuple[str, str]]:
    """jieba's words and part-of-speech tags (loaded on first use: it takes about a second)."""
    return [(p.word, p.flag) for p in _posseg().cut(text)]


def qualifiers(clause: str, before_value: str, after_value: str) -> list[str]:
    """Qualifiers in the order a reader meets them: aims ("力争"), bounds before and after the value."""
    found: list[str] = []
    for match in _AIM_RE.finditer(clause):
        aim = "争取" if match.group(0) == "全力争取" else match.group(0)
        if aim not in found:
            found.append(aim)
    tail = before_value[-4:]
    for bound in _BOUNDS_BEFORE:
        if tail.endswith(bound) or tail.endswith(bound + "到"):
            found.append(bound)
            break
    for bound in _BOUNDS_AFTER:
        if after_value.startswith(bound):
            found.append(bound)
            break
    return found


def period(*texts: str) -> str:
    """The first period named in the clause, then the sentence, the paragraph, the heading."""
    for text in texts:
        for pattern in _PERIOD_PATTERNS:
            match = pattern.search(text)
            if match:
                return match.group(0)
    return ""


def resolve_period(period: str, *, year: int | None, context_year: str) -> str:
    """"今年"/"全年" become the year of the plan ("二、2025年工作安排") or of the issue; "明年" the next one."""
    if period in ("今年", "全年", "年内"):
        if re.fullmatch(r"20\d\d年", context_year):
            return context_year
        if year is not None:
            return f"{year}年"
    if period == "明年" and year is not None:
        return f"{year + 1}年"
    return period


def actor(*texts: str) -> str:
    """Who commits ("区科技局将…", "渝中将…"), when stated."""
    for text in texts:
        matches = list(_ACTOR.finditer(text))
        if matches:
            return matches[-1].group(1)
    return ""


def metric(before_value: str, after_value: str) -> str:
    """What is measured: the words before the value, or the noun after it ("新开工126个重点项目")."""
    head = before_value
    if "等" in head:  # "引进天使投资、VC/PE等耐心资本机构": the class, with the leading verb
        verb = _leading_verb(head)
        head = verb + head.rsplit("等", 1)[1]
    head = re.sub(r"^.*?(?<![即])(?:将|要)(?!近)(?=.)", "", head)  # "区商务委将力争…": the actor is not the metric
    head = _FILLER.sub("", head)
    head = _TRAILING.sub("", head).strip("，,、 ")
    head = _trim_tail_words(head)
    noun = re.match(r"^的?([\u4e00-\u9fffA-Za-z“”]{1,12})", after_value)
    noun_text = noun.group(1) if noun else ""
    for stop in ("以上", "左右", "以内", "以下", "入驻", "落户"):
        noun_text = noun_text.split(stop, 1)[0]
    if len(head) > 16:
        head = _tail_phrase(head)
    if noun_text and (len(head) <= 4 or after_value.startswith("的")):  # "新开工"+"重点项目", "组建50亿元的基金"
        return (head + noun_text)[:24]
    return head[-24:] or noun_text


def _trim_tail_words(text: str) -> str:
    """Drop adverbs, particles and prepositions left at the end ("投资总额动态" → "投资总额")."""
    if not text:
        return text
    words = pos_tags(text)
    while len(words) > 1 and (words[-1][1] in {"d", "ad", "p", "u", "uj", "ul", "c", "f"} or words[-1][0] in {"动态", "稳步"}):
        words.pop()
    return "".join(w for w, _ in words)


def _leading_verb(text: str) -> str:
    words = pos_tags(text)
    return words[0][0] if words and words[0][1].startswith("v") else ""


def _tail_phrase(text: str) -> str:
    """The phrase after the last verb of a long lead-in ("联动…机构开展合作项目" → "开展合作项目")."""
    words = pos_tags(text)
    for i in range(len(words) - 1, 0, -1):
        if words[i][1].startswith("v") and i < len(words) - 1:
            return "".join(w for w, _ in words[i:])
    return text[-16:]


def split_subjects(subject: str, count: int) -> list[str] | None:
    """"公路运输周转量、邮政业务总量" → two metrics; a shared head noun is given to each."""
    parts = [p for p in re.split(r"[、]|与|和|及", subject) if p]
    if len(parts) != count:
        return None
    last = parts[-1]
    measures = ("量", "额", "值", "率", "入", "模", "数", "收", "费", "价", "度")
    for head in ("融资规模", "贷款余额", "余额", "规模", "总额", "总量", "收入", "营收", "增加值", "产值"):
        if last.endswith(head):
            parts = [p if p == last or p.endswith(measures) else p + head for p in parts]
            break
    return parts
