"""Quantities in Chinese text: Arabic and Chinese numerals, ranges and the units that follow them."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}

# Counted things and measures; longest first so "人次" wins over "人".
_BASE_UNITS = [
    "个百分点", "元/平方米", "平方公里", "平方米", "人次", "场次", "户次", "标准箱", "公里", "千米", "万方",
    "亿元", "万元", "美元", "元", "%", "‰", "家", "个", "名", "人", "位", "户", "所", "座", "栋", "幢", "套",
    "项", "件", "场", "条", "处", "批", "亩", "吨", "辆", "台", "架", "艘", "间", "张", "份", "床", "倍", "支",
    "只", "类", "款", "部", "期", "次", "天", "方", "米", "岁", "届", "年", "月", "日", "号", "版", "小时", "分钟",
    "公顷", "千瓦", "兆瓦", "千瓦时", "度", "片", "棵", "株", "斤", "公斤", "千克", "箱", "单",
]
_MAGNITUDES = ["万亿", "千万", "百万", "十万", "万", "亿", "千", "百"]
UNITS = sorted(
    {m + u for m in _MAGNITUDES for u in _BASE_UNITS if u not in ("%", "‰", "个百分点", "岁", "届", "年", "月", "日", "号", "版")}
    | set(_BASE_UNITS),
    key=len,
    reverse=True,
)

# Units that never measure a target (calendar, ages, editions, ordinals).
NON_TARGET_UNITS = frozenset({"岁", "届", "年", "月", "日", "号", "版", "次", "期", "小时", "分钟", "米", "度"})

_ARABIC = r"\d+(?:[,，]\d{3})*(?:\.\d+)?"
_CHINESE = r"[零〇一二两三四五六七八九十百千万亿]+"
_NUMBER = rf"(?:{_ARABIC}(?:[万亿]+(?=[^\d]))?|{_CHINESE})"
_RANGE_SEP = r"(?:—|–|-|－|~|～|至|到)"
_UNIT_RE = "|".join(re.escape(u) for u in UNITS)

QUANTITY_RE = re.compile(
    rf"(?P<low>{_NUMBER})(?:(?P<lowunit>%)?{_RANGE_SEP}(?P<high>{_NUMBER}))?(?P<unit>{_UNIT_RE})?"
)


@dataclass(frozen=True)
class Quantity:
    """A number (or range) with its unit as written, e.g. 1.5 万亿元 or [5, 8] 家."""

    start: int
    end: int
    value: float | list[float]
    unit: str
    chinese: bool  # written in Chinese numerals ("三个", "千亿元")
    text: str


def chinese_to_number(text: str) -> float | None:
    """Value of a Chinese numeral ("三千五百", "十二", "两万"); None when it is not one."""
    if not text or any(c not in _DIGITS and c not in _SMALL and c not in _BIG for c in text):
        return None
    total, section, digit = 0, 0, None
    for char in text:
        if char in _DIGITS:
            if digit is not None:  # "二〇二五": read digit by digit
                return float("".join(str(_DIGITS[c]) for c in text)) if all(c in _DIGITS for c in text) else None
            digit = _DIGITS[char]
        elif char in _SMALL:
            section += (1 if digit is None else digit) * _SMALL[char]
            digit = None
        else:
            section += digit or 0
            total = (total + section) * _BIG[char] if total < _BIG[char] else total + section * _BIG[char]
            section, digit = 0, None
    return float(total + section + (digit or 0))


def parse_number(text: str) -> tuple[float, str] | None:
    """(value, magnitude) of an Arabic or Chinese numeral; magnitude ("万", "亿", "万亿") stays with the unit."""
    text = text.replace(",", "").replace("，", "")
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([万亿]*)", text)
    if match:
        return float(match.group(1)), match.group(2)
    # "千亿" → 1000 亿: keep the trailing big magnitude with the unit, as the Arabic form does.
    magnitude = ""
    while text and text[-1] in _BIG and len(text) > 1:
        magnitude = text[-1] + magnitude
        text = text[:-1]
    value = chinese_to_number(text)
    if value is None:
        return None
    return value, magnitude


def tidy(value: float) -> float | int:
    """3000.0 → 3000, 1.50 → 1.5 (for display and JSON)."""
    return int(value) if float(value).is_integer() else round(value, 6)


def find_quantities(text: str) -> list[Quantity]:
    """Every number in ``text`` with its unit (unit "" when none follows)."""
    found: list[Quantity] = []
    for match in QUANTITY_RE.finditer(text):
        low = parse_number(match.group("low"))
        if low is None:
            continue
        unit = match.group("unit") or ""
        value: float | list[float] = tidy(low[0])
        magnitude = low[1]
        if match.group("high"):
            high = parse_number(match.group("high"))
            if high is None:
                continue
            value = [tidy(low[0]), tidy(high[0])]
            magnitude = high[1] or magnitude
        chinese = not re.match(r"\d", match.group("low"))
        if chinese and not unit and not magnitude:
            continue  # "一是", "五大": a word, not a quantity
        found.append(
            Quantity(
                start=match.start(),
                end=match.end(),
                value=value,
                unit=magnitude + unit if not unit.startswith(magnitude) or not magnitude else unit,
                chinese=chinese,
                text=match.group(0),
            )
        )
    return found
