"""Manual fixes are re-applied by repair_pages, so they survive repairing the issue again."""

from __future__ import annotations

from reader.repair import Override, repair_pages
from reader.repair.accounting import unaccounted
from reader.repair.loading import page_from_text

PAGE = page_from_text(
    "## 标题一\n\n本报讯 面对时代命题，唯有创新才能赢得未来。在有限的物\n\n理空间里，一场变革正在发生。\n\n"
    "## 标题二\n\n本报讯 第二篇报道的第一段。\n\n第二篇报道的第二段。"
)


def _texts(issue):
    return {a.title: [p.text for p in a.paragraphs] for a in issue.articles}


def test_without_overrides_the_cut_is_joined():
    assert _texts(repair_pages([PAGE]))["标题一"][-1].endswith("在有限的物理空间里，一场变革正在发生。")


def test_unjoin_keeps_the_parts_apart():
    issue = repair_pages([PAGE], overrides=[Override("unjoin", "p1b1", "p1b2")])
    assert _texts(issue)["标题一"][-1] != _texts(repair_pages([PAGE]))["标题一"][-1]
    assert all(r.id != "join:p1b1+p1b2" for r in issue.repairs)
    assert unaccounted(issue) == ""


def test_join_split_and_move():
    issue = repair_pages([PAGE], overrides=[Override("join", "p1b4", "p1b5")])
    assert _texts(issue)["标题二"] == ["本报讯 第二篇报道的第一段。第二篇报道的第二段。"]
    issue = repair_pages([PAGE], overrides=[Override("split", "p1b5", offset=3)])
    assert _texts(issue)["标题二"][-2:] == ["第二篇", "报道的第二段。"]
    issue = repair_pages([PAGE], overrides=[Override("move", "p1b5", "p1b1")])
    texts = _texts(issue)
    assert texts["标题一"][-1] == "第二篇报道的第二段。" and texts["标题二"] == ["本报讯 第二篇报道的第一段。"]
    assert any(r.kind == "move" for r in issue.repairs)
