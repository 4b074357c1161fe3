"""The hand-weighed clues that a tail → head pairing is a column-break cut, summed into one score.

The join model takes the score and the pairing these clues alone would choose as its strongest
features (``score``, ``hand_choice``), and where their word evidence is overwhelming it lets them
overrule its own doubts (see ``decide`` in :mod:`reader.repair.join`).
"""

from __future__ import annotations

import re

from reader.repair.classify import SCENE_OPENER, SOFT_LEAD
from reader.repair.lexicon import FINALS, boundary_word, ends_mid_word, starts_mid_word
from reader.repair.model import Block

THRESHOLD = 2.75
SURE = 5.0  # a join this strong is taken as a fact about the page's layout
LAYOUT_EVIDENCE = 3  # sure joins needed before a page's layout is judged (see layout_bonus)
LAYOUT_BONUS = 2.0  # for a cut followed directly by text, on pages whose sure joins are all adjacent
INTERLEAVED_PENALTY = 0.5  # ... and against it on pages whose sure joins jump over other articles
QUOTE_OPENING = 3.0  # against a head opening on a quotation with nothing across the cut
FOREIGN_TOPIC = 0.015  # below this similarity two neighbouring blocks are about different things ...
FOREIGN_PENALTY = 3.0  # ... and their adjacency says little about a cut between them
PUNCT_HEAD = 3.5  # for a head opening on "，" or "、" after a tail that does not end on a comma
WORD_RIVAL = 2.0  # against a plain pairing when the head (or number) has a cut that completes it
SPEECH_CUT = 1.5  # for "…表示|，": a speech verb awaits its comma

ENUM_START = re.compile(r"^([一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|问\s*[:：]|答\s*[:：])")
# A speaker introduced at the start ("区商务委副主任朱玲艳表示，") is how a paragraph opens, not a cut.
SPEAKER_OPENER = re.compile(r"^[^，。；！？,;!?]{2,30}(表示|指出|强调|介绍|认为|说|称|透露|坦言|提出|要求|提醒|建议|呼吁)[，,:：]")
SPEECH_END = re.compile(r"(表示|指出|强调|介绍|认为|透露|坦言|提出|要求|说)$")
_NUMBER_GOES_ON = ".．%％万亿千百元岁年月日时分秒个位家项所座台辆条件户名人次倍吨米公亩"  # a digit and its unit
PUNCT_START = "，、。；：,;:”’」』）)"  # marks a sentence never starts on


def opens_on_a_cut(text: str) -> bool:
    """The text starts the way no paragraph does: on such a mark or on the second half of a word."""
    return text[:1] in PUNCT_START or starts_mid_word(text)


def open_quote(text: str, opens: str = "“", closes: str = "”") -> bool:
    """A quotation (or any pair of ``opens``/``closes`` marks) opened and not closed: the text goes on
    in another block."""
    return sum(map(text.count, opens)) > sum(map(text.count, closes))


def _first(text: str, marks: str) -> int:
    return min((i for i in map(text.find, marks) if i >= 0), default=-1)


def closes_first(text: str, opens: str = "“", closes: str = "”") -> bool:
    """The text closes a quotation before opening one: it goes on from something before it."""
    close, opening = _first(text, closes), _first(text, opens)
    return close >= 0 and (opening < 0 or close < opening)


def opens_first(text: str, opens: str = "“", closes: str = "”") -> bool:
    """The text opens a quotation before closing any."""
    close, opening = _first(text, closes), _first(text, opens)
    return opening >= 0 and (close < 0 or opening < close)


def speech_cut(tail: str, head: str) -> bool:
    """A speech verb cut from its comma or colon ("…负责人表示" | "，…")."""
    return head[:1] in "，,：:" and bool(SPEECH_END.search(tail))


def pair_score(tail: Block, head: Block, *, between: list[Block], similarity: float) -> tuple[float, str]:
    """Evidence that ``head`` continues ``tail`` (log-odds-like, higher is surer) and the word cut."""
    t, h = tail.text, head.text
    comma = t[-1] in "，、,；;"
    word, score = ("", 0.0) if comma else boundary_word(t, h)
    if open_quote(t) and closes_first(h):
        score += 3.0
    elif closes_first(h):
        score -= 3.0
    if h[0] in PUNCT_START:
        score += -3.0 if comma else PUNCT_HEAD  # a block opening on "，" or "、" continues something
        if speech_cut(t, h):
            score += SPEECH_CUT  # "负责人表示|，…": a speech verb is followed by its comma or colon
    elif number_cut(t, h):
        score += 3.0  # a number cut in two ("2|.3万户", "21|00余个")
    elif not word and starts_mid_word(h):
        if ends_mid_word(t):
            score -= 2.5  # two broken words that do not make one: different cuts
        elif t[-1] == "、":
            score -= 1.5  # after an enumeration comma comes another whole item
        else:
            score += 1.5
    if h[0] == "“" and not word and t[-1] not in "：:，,":
        score -= QUOTE_OPENING  # a quotation opening a block is how a paragraph of speech begins
    if ENUM_START.match(h) or SPEAKER_OPENER.match(h):
        score -= 3.0
    elif SOFT_LEAD.match(h) or SCENE_OPENER.match(h):
        score -= 2.0  # "12月18日，…", "据介绍，…", "今年以来，…", "华灯初上，…" open paragraphs
    if comma:
        score -= 0.5
    paragraphs_between = [b for b in between if b.kind in ("paragraph", "other")]
    lexical = bool(word) or h[0] in PUNCT_START or starts_mid_word(h) or (open_quote(t) and closes_first(h))
    if not between:
        score += 3.5 if lexical else 3.0  # plain adjacency needs the topic to agree
        if not word and similarity < FOREIGN_TOPIC and t[-1] not in FINALS and not ends_mid_word(t):
            score -= FOREIGN_PENALTY  # next to each other, but about different things: two articles meet here
    elif not paragraphs_between:
        score += 1.0
    score -= 0.04 * len(between)
    score += 12.0 * (similarity - 0.03)
    return score, word


def stray_unit(tail: str, head: str) -> bool:
    """A head opening on "%" continues a number, so never a tail that does not end in one."""
    return head[:1] in "%％‰" and not (tail[-1:].isdigit() or tail[-1:] in ".．")


def number_cut(tail: str, head: str) -> bool:
    """A number cut in two ("2|.3万户") or from its unit ("突破500|亿元")."""
    return tail[-1].isdigit() and (head[0].isdigit() or head[0] in _NUMBER_GOES_ON)


def running_text(text: str) -> bool:
    """A cut piece of prose (not a short label or the end of an enumeration that goes on elsewhere)."""
    return text[-1] not in "、,，" and bool(re.search(r"[，,。；;]", text[:-1]))


def layout_bonus(raw: dict[tuple[int, int], tuple[float, bool]]) -> float:
    """How much to trust "the next text is the continuation" on this page, learnt from its sure joins.

    Some pages run each article's columns one after another, others interleave several articles; the
    cuts whose word evidence leaves no doubt show which kind of page this is.
    """
    best: dict[int, tuple[float, bool]] = {}
    for (ti, _), value in raw.items():
        if ti not in best or value[0] > best[ti][0]:
            best[ti] = value
    sure = [adjacent for score, adjacent in best.values() if score >= SURE]
    if len(sure) < LAYOUT_EVIDENCE:
        return 0.0
    share = sum(sure) / len(sure)
    if share >= 0.85:
        return LAYOUT_BONUS
    return -INTERLEAVED_PENALTY if share <= 0.34 else 0.0
