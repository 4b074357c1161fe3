"""Numbers and units as they are written in Chinese reports."""

from __future__ import annotations

import pytest

from reader.commitments.numbers import chinese_to_number, find_quantities


def _first(text):
    found = find_quantities(text)
    assert found, text
    return found[-1].value, found[-1].unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("地区生产总值增长6%左右", 6, "%"),
        ("本外币存贷款余额突破1.5万亿元", 1.5, "万亿元"),
        ("市场主体达12.02万户", 12.02, "万户"),
        ("吸引5—8家总部型金融机构", [5, 8], "家"),
        ("培育1-2家企业", [1, 2], "家"),
        ("保持在千亿元以上", 1000, "亿元"),
        ("新增中高端人才3000名", 3000, "名"),
        ("接待游客1.2亿人次", 1.2, "亿人次"),
        ("提高1.2个百分点", 1.2, "个百分点"),
        ("完成投资1,200万元", 1200, "万元"),
        ("新增学位三千个", 3000, "个"),
    ],
)
def test_quantities(text, value, unit):
    assert _first(text) == (value, unit)


def test_chinese_numerals():
    assert chinese_to_number("十二") == 12
    assert chinese_to_number("三千五百") == 3500
    assert chinese_to_number("两万") == 20000
    assert chinese_to_number("二〇二五") == 2025
    assert chinese_to_number("独活") is None


def test_words_that_hold_numerals_are_not_quantities():
    assert find_quantities("一是深耕精耕本地第一空间") == []
