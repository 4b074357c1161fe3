"""Random block soups: the pipeline never crashes and never loses a character."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.repair import repair_pages
from reader.repair.accounting import unaccounted
from reader.repair.loading import page_from_text

PIECES = [
    "在有限的物", "理空间里，一场变革正在发生。", "# 要闻", "## 我区召开专题会议", "(上接1版)", "（下转2版）",
    "扫码关注重庆渝中APP图文报道", "首席记者 刘 侃", "本报讯（记者 徐 潇）日前，会议召开。", "问：如何推进？",
    "会议还研究了其他事项。", "渝中融媒会客厅", "主持人", "杜俊波", "（来源：新华社）", "“十四五”期间，渝中  \n在发展软",
    "要补齐短板，", "加强前瞻谋划，推动行业布局优化。", "营造安全稳定环", "数、载体面积、从业人员“三个翻番”。",
    "度，这套制度既能引导居民参与空间设计、建设、运营和活动策划", "", "  ", "A", "12月16日，区委全会举行。",
]
block = st.one_of(st.sampled_from(PIECES), st.text(alphabet="渝中区报讯记者物理空间。，“”、#()（）上接下转1版 \n", max_size=40))
page = st.lists(block, min_size=1, max_size=25).map(lambda bs: "\n\n".join(bs))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(page, min_size=1, max_size=3))
@example(["理空间里，一场变革正在发生。\n\n# 要闻\n\n首席记者 刘 侃\n\n首席记者 刘 侃"])  # a credit line printed twice
def test_random_block_soups_lose_nothing(texts):
    pages = [page_from_text(t, number=i, name=f"p{i}.txt") for i, t in enumerate(texts, start=1)]
    issue = repair_pages(pages)
    assert unaccounted(issue) == ""
    for article in issue.articles:
        assert article.text == "\n".join(p.text for p in article.paragraphs)
        for para in article.paragraphs:
            assert para.segments and para.segments[0].offset == 0
