"""jieba, loaded only when a repair needs it, and the word evidence the join stage asks of it."""

from __future__ import annotations

import logging
import math
import re
from functools import lru_cache

_jieba = None

# Single characters that often open a sentence (区/市/县… open "区住房城乡建委…", an office the dictionary
# does not know); any other lone first character hints at a cut word.
OPENERS = set("区市县镇乡省在从据今为对近该要我他她它这那随经自由当以将把被让和与但而并且又也还更再既如若虽因所其此每各凡另全本该一二三四五六七八九十两第某有是请")


def jieba():
    """The jieba module, initialised quietly on first use (importing reader.repair must stay cheap)."""
    global _jieba
    if _jieba is None:
        import warnings

        with warnings.catch_warnings():  # jieba's old regex literals warn on import under Python 3.12+
            warnings.simplefilter("ignore")
            import jieba as module

        module.setLogLevel(logging.WARNING)
        logging.getLogger("jieba").setLevel(logging.WARNING)
        module.initialize()
        _jieba = module
    return _jieba


def frequency(word: str) -> int:
    return jieba().dt.FREQ.get(word, 0) or 0


@lru_cache(maxsize=65536)
def _cut(window: str) -> tuple[str, ...]:
    return tuple(jieba().lcut(window, HMM=False))


def boundary_word(tail: str, head: str) -> tuple[str, float]:
    """The dictionary word the cut went through ("物|理空间" → "物理") and its evidence (0 when none)."""
    left, right = tail[-5:], head[:5]
    if not left or not right:
        return "", 0.0
    pos = 0
    for token in _cut(left + right):
        end = pos + len(token)
        if pos < len(left) < end and any("\u4e00" <= c <= "\u9fff" for c in token):
            freq = frequency(token)
            if freq <= 0:
                return "", 0.0
            evidence = 4.0 + min(2.0, math.log10(freq + 1) / 2)
            took_head, took_tail = end - len(left), len(left) - pos
            if took_tail == 1 and len(tail) >= 2 and tail[-2].isdigit():
                return token, 0.0  # a count ("站15个|体…") keeps its measure word: "个体" is a coincidence
            if took_tail == 1 and tail[-1] in FINALS and len(_cut(tail[-6:])[-1]) == 1:
                return token, 0.0  # the tail ends on a function word ("…，让|步道" is not "让步")
            if _SPEAKER.match(head) or (not starts_mid_word(head) and not ends_mid_word(tail)):
                return token, 0.0  # both sides read as whole words: the span is a coincidence
            # a span that breaks a whole word on the other side ("骑手|下一步" → "手下") is weak evidence
            if len(_cut(head[:8])[0]) > took_head and not ends_mid_word(tail):
                return token, 0.0
            if len(_cut(tail[-8:])[-1]) > took_tail and not ends_mid_word(tail):
                return token, 0.0  # it would break the tail's last whole word ("当地|步道" is not "地步")
            if took_tail >= 2 and len(_cut(tail[-8:])[-1]) == took_tail:
                return token, 2.0  # a whole word plus a suffix ("投入|量") is a weaker sign of a cut
            return token, evidence
        pos = end
    return "", 0.0


@lru_cache(maxsize=65536)
def starts_mid_word(head: str) -> bool:
    """Whether a block opens with a lone character no sentence usually starts with ("理空间…", "量拧紧…")."""
    if not head or _SPEAKER.match(head):
        return False
    first = _cut(head[:8])[0]
    if not (len(first) == 1 and "\u4e00" <= first <= "\u9fff" and first not in OPENERS):
        return False
    return len(_cut_hmm(head[:8])[0]) == 1  # the HMM groups unknown names ("黄茂军") a dictionary cut splits


@lru_cache(maxsize=65536)
def _cut_hmm(window: str) -> tuple[str, ...]:
    return tuple(jieba().lcut(window, HMM=True))


_SPEAKER = re.compile(r"^[\u4e00-\u9fff]{2,4}(表示|指出|说|介绍|强调|认为|在)|^(下一步|下一阶段|下阶段|另一方面|一方面)")


def jieba_first_is_word(text: str) -> bool:
    """Whether the text opens with a dictionary word of two or more characters ("加强前瞻…")."""
    return bool(text) and len(_cut(text[:8])[0]) >= 2


def opens_with_word(text: str) -> bool:
    """Whether a clause may start here: the first characters form a dictionary word, even one the
    best cut splits ("定能形成…" opens on 定能), unlike the second half of a cut word ("目投资…")."""
    if jieba_first_is_word(text):
        return True
    # only a verb, adverb, conjunction or preposition: a noun ("城口地处…") opens a paragraph of its own
    return any(
        frequency(text[:k]) > 0 and word_tag(text[:k])[:1] in ("v", "d", "c", "p")
        for k in (2, 3)
        if len(text) >= k and all("\u4e00" <= c <= "\u9fff" for c in text[:k])
    )


_dictionary: bytes | None = None


@lru_cache(maxsize=16384)
def word_tag(word: str) -> str:
    """The part-of-speech tag jieba's dictionary gives a word ("" when absent); read without jieba.posseg,
    whose tag table takes seconds to build (and memory an import's workers cannot spare)."""
    global _dictionary
    if _dictionary is None:
        with jieba().dt.get_dict_file() as handle:
            _dictionary = b"\n" + handle.read()
    at = _dictionary.find(b"\n" + word.encode("utf-8") + b" ")
    if at < 0:
        return ""
    end = _dictionary.find(b"\n", at + 1)
    line = _dictionary[at + 1 : end if end >= 0 else None].decode("utf-8", "replace").split()
    return line[2] if len(line) > 2 else ""


# Characters that commonly close a phrase on their own, so a block ending in one is not a broken word.
FINALS = set("的了和与及等在是为对把被将向从以于并而或之其也都就还又再很更最所着过地得中上下里内外后前时让使给令由")


@lru_cache(maxsize=65536)
def ends_mid_word(tail: str) -> bool:
    """Whether a block closes on a lone character that is not a word by itself here ("…稳定环")."""
    if not tail:
        return False
    last = _cut(tail[-6:])[-1]
    if not (len(last) == 1 and "\u4e00" <= last <= "\u9fff" and last not in FINALS):
        return False
    return len(_cut_hmm(tail[-6:])[-1]) == 1


def first_word(text: str) -> str:
    """The first word of ``text`` as jieba's dictionary cuts it."""
    return _cut(text[:8])[0] if text else ""


def last_word(text: str) -> str:
    """The last word of ``text`` as jieba's dictionary cuts it."""
    return _cut(text[-8:])[-1] if text else ""
