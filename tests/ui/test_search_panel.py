"""Search panel: type, see marked snippets with count and time, open a hit at the match."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from panel_fixtures import hub, seeded  # noqa: F401 (fixtures)
from reader.ui.search_panel import HIT_ROLE, HTML_ROLE, SearchPanel, snippet_html


@pytest.fixture
def panel(qtbot, seeded, hub):  # noqa: F811
    widget = SearchPanel(hub)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.wait_idle()


def _search(qtbot, panel, text, *, tag=None):
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000) as blocker:
        panel.set_query(text, tag=tag)
    return blocker.args[0]


def test_click_opens_the_article_at_the_match(qtbot, panel):
    from reader.library.queries import get_article

    result = _search(qtbot, panel, "物理空间")
    assert result.total >= 1 and panel.results.count() == len(result.hits)
    item = panel.results.item(0)
    hit = item.data(HIT_ROLE)
    rect = panel.results.visualItemRect(item)
    with qtbot.waitSignal(panel.openArticle, timeout=1000) as opened:
        qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [hit.article_id, hit.start, hit.end]
    article_id, start, end = opened.args
    assert get_article(article_id).text[start:end] == "物理空间"  # the words the raw dump split in two


def test_enter_on_a_result_opens_it_and_status_shows_count_and_time(qtbot, panel):
    result = _search(qtbot, panel, "妇女力量")
    assert str(result.total) in panel.status.text() and "ms" in panel.status.text()
    panel.results.setFocus()
    panel.results.setCurrentRow(0)
    hit = panel.results.currentItem().data(HIT_ROLE)
    with qtbot.waitSignal(panel.openArticle, timeout=1000) as opened:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert opened.args == [hit.article_id, hit.start, hit.end]


def test_snippet_marks_the_match(qtbot, panel):
    _search(qtbot, panel, "研究部署")
    rich = panel.results.item(0).data(HTML_ROLE)
    assert "background-color" in rich and "研究部署" in rich


def test_typing_searches_after_a_pause(qtbot, panel):
    panel.focus_query()
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000) as blocker:
        for ch in "取得胜利":  # QTest cannot type non-Latin keys; insert as an input method would
            panel.query.insert(ch)
    assert blocker.args[0] is not None and blocker.args[0].query == "取得胜利"
    assert panel.results.count() >= 1


def test_tag_filter_matches_the_core_search(qtbot, panel):
    from reader.library.search import search

    everything = _search(qtbot, panel, "物理空间")
    assert panel.tag.findData("承诺") > 0 and panel.tag.findData("会议") > 0
    within = _search(qtbot, panel, "物理空间", tag="会议")
    expected = search("物理空间", limit=200, tag="会议")
    assert [(h.article_id, h.start) for h in within.hits] == [(h.article_id, h.start) for h in expected.hits]
    assert within.total <= everything.total


def test_nothing_found_and_empty_query(qtbot, panel):
    result = _search(qtbot, panel, "完全不存在的词语组合")
    assert result.total == 0 and panel.results.count() == 0
    assert "完全不存在的词语组合" in panel.status.text()
    assert _search(qtbot, panel, "   ") is None
    assert panel.results.count() == 0


def test_fts_syntax_is_safe(qtbot, panel):
    result = _search(qtbot, panel, '"物理 AND (NEAR* -')
    assert result is not None and result.total == panel.results.count() == 0


def test_a_query_the_core_refuses_is_explained(qtbot, panel):
    assert _search(qtbot, panel, "*") is None  # nothing searchable: the core says why
    assert panel.status.text().startswith("Search failed:") and "*" in panel.status.text()
    assert panel.results.count() == 0


def test_new_tags_reach_the_filter(qtbot, panel, hub):  # noqa: F811
    from reader.annotations.ops import annotate
    from reader.changes import Changes

    annotate(source="002_405a22e14fca248f.txt", quote="取得胜利", tags=["新标签"])
    assert panel.tag.findData("新标签") < 0
    hub.changed.emit(Changes(tags=True, annotations=True))
    assert panel.tag.findData("新标签") > 0


def test_snippet_html_escapes_and_marks():
    html = snippet_html("…a«物理空间»&<script>【要闻】")
    assert "<script>" not in html and "&amp;" in html
    assert ">物理空间</span>" in html and "【要闻】" in html and "«" not in html


def test_only_the_latest_search_is_shown(qtbot, panel):
    shown = []
    panel.searchFinished.connect(lambda result: shown.append(result.query if result else None))
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000, check_params_cb=lambda r: r and r.query == "妇女力量"):
        panel.set_query("物理空间")
        panel.set_query("妇女力量")  # typed on before the first search came back
    assert shown == ["妇女力量"]
    assert all("妇女力量" in panel.results.item(i).data(HIT_ROLE).snippet for i in range(panel.results.count()))
