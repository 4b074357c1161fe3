"""Fixtures of the commitment tests: a library holding a made-up report and, when asked, a seed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_path = Path(__file__).resolve().parents[1] / "annotations" / "issue_factory.py"
_spec = importlib.util.spec_from_file_location("commitments_issue_factory", _path)
_factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_factory)
write_issue = _factory.write_issue

REPORT = [
    (
        "政府工作报告",
        [
            "一、2024年工作回顾",
            "一年来，新建口袋公园12个，城镇新增就业5.07万人。",
            "二、2025年工作安排",
            "今年主要预期目标是：地区生产总值增长6%左右，社会消费品零售总额突破1500亿元。",
            "新增规模以上金融机构7家，公路运输周转量、邮政业务总量分别增长5%、20%。",
        ],
    ),
    ("民营经济亮出答卷", ["“十四五”以来，民营经济增加值从2020年524.3亿元增至2024年634亿元。"]),
]


@pytest.fixture
def make_report(library):
    """Write an issue with articles (title, paragraphs) straight into the library; returns the Issue."""

    def make(source="2025_report.txt", articles=REPORT, date="2025-01-20"):
        return write_issue(source, articles, date=date)

    return make


@pytest.fixture
def report(make_report):
    return make_report()
