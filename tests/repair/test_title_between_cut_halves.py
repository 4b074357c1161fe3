"""A title printed between a cut's two halves, after the first lines of its own article."""

from __future__ import annotations

from reader.repair import repair_pages
from reader.repair.loading import page_from_text

PAGE = """# 夜间经济点亮消费新场景

华灯初上，观音桥商圈的步行街上人流如织。露天音乐会、街头表演轮番登场，烤串、冰粉、小面等特色小吃香气四溢。

区商务委表示，将继续培育夜间经济集聚区，支持商圈举办特色夜间活动，让市民游客逛得舒心、吃得放心。

随着人口老龄化程度不断加深，如何让老年人在家门口享受到便捷、专业、有温度的养老服务，成为群众关心的热点问题。

答：明年，我们将以“15分钟养老服务圈”为目标，新建街道养老服务中心3个、社区养老服务站

# 怎样让“家门口”的养老服务更贴心？

15个，改造提升老年助餐点20个，实现街道养老服务中心全覆盖，让老人“一站式”享受生活照料服务。
"""


def test_the_text_before_a_displaced_title_goes_with_it_into_its_own_article():
    issue = repair_pages([page_from_text(PAGE)])
    by_title = {a.title: [p.text for p in a.paragraphs] for a in issue.articles}
    night, care = by_title["夜间经济点亮消费新场景"], by_title["怎样让“家门口”的养老服务更贴心？"]
    assert [p[:4] for p in night] == ["华灯初上", "区商务委"]
    assert [p[:4] for p in care] == ["随着人口", "答：明年"]
    assert "社区养老服务站15个" in care[1]
    moves = [r for r in issue.repairs if r.kind == "move-heading"]
    assert len(moves) == 1 and "cut's two halves" in moves[0].detail


def test_a_running_header_between_a_cut_splits_nothing():
    page = PAGE.replace("# 怎样让“家门口”的养老服务更贴心？", "# 渝中报·综合新闻")
    issue = repair_pages([page_from_text(page)])
    assert [a.title for a in issue.articles] == ["夜间经济点亮消费新场景"]
    assert any(r.detail.startswith("running header") for r in issue.repairs)


def test_a_displaced_title_with_its_credit_line_takes_its_article_too():
    page = PAGE.replace("# 怎样让“家门口”的养老服务更贴心？", "# 怎样让“家门口”的养老服务更贴心？\n\n首席记者 张 涛")
    issue = repair_pages([page_from_text(page)])
    by_title = {a.title: a for a in issue.articles}
    assert set(by_title) == {"夜间经济点亮消费新场景", "怎样让“家门口”的养老服务更贴心？"}
    care = by_title["怎样让“家门口”的养老服务更贴心？"]
    assert care.byline == "首席记者 张 涛"
    assert [p.text[:4] for p in care.paragraphs] == ["随着人口", "答：明年"]
    assert "社区养老服务站15个" in care.paragraphs[1].text
