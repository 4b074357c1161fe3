"""Test issues written straight into the library (no importer needed); shared with tests/export and
tests/commitments."""

from __future__ import annotations

import hashlib

import pytest

ARTICLES = [
    (
        "区委全会精神在各部门引起热烈反响",
        [
            "区民政局召开专题学习会，传达学习贯彻区委十三届八次全会精神。",
            "聚焦“一老”提品质，整合升级养老机构设施资源，支持康养、旅居等“飞地养老”。",
        ],
    ),
    (
        "政府工作报告",
        [
            "今年的主要预期目标是：地区生产总值增长5.5%左右，社会消费品零售总额增长5%左右。",
            "腾挪出物理空间，研究部署城市更新。社会消费品零售总额增长5%左右是底线。",
        ],
    ),
]


def write_issue(source: str, articles, *, sha: str | None = None, **fields):
    """An issue row with its articles ((title, paragraphs) pairs), written straight into the bound library."""
    from reader.library.models import Article, Issue

    body = "\n\n".join("\n".join(p) for _, p in articles)
    issue = Issue.create(source=source, sha256=sha or hashlib.sha256((source + body).encode()).hexdigest(), **fields)
    for order, (title, paragraphs) in enumerate(articles):
        Article.create(issue=issue, order=order, title=title, text="\n".join(paragraphs), page=1)
    return issue


@pytest.fixture
def make_issue(library):
    """Create an issue row with articles (title, paragraphs) and return the Issue."""

    def make(source="003_test.txt", articles=ARTICLES, sha=None):
        return write_issue(source, articles, sha=sha, paper="渝中报")

    return make


@pytest.fixture
def issue(make_issue):
    return make_issue()
