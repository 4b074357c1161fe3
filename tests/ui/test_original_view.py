"""Show original: the raw pages beside the repaired article, repairs explained, manual fixes requested."""

from __future__ import annotations

import pytest

from panel_fixtures import seeded  # noqa: F401 (fixture)
from reader.ui.original_map import as_ref
from reader.ui.original_view import OriginalView

SOURCE = "003_e4feb845366e9c79.txt"


@pytest.fixture
def view(qtbot, seeded):  # noqa: F811
    widget = OriginalView()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.show_issue(seeded.issue_ids[SOURCE])
    return widget


def _article_with(issue_id: int, words: str):
    from reader.library.queries import get_article, issue_articles

    for summary in issue_articles(issue_id):
        article = get_article(summary.id)
        if words in article.text:
            return article
    raise AssertionError(f"no article with {words}")


def test_shows_the_original_text_of_every_page(view, seeded):  # noqa: F811
    from reader.library.queries import issue_pages

    shown = view.original.toPlainText()
    for page in issue_pages(seeded.issue_ids[SOURCE]):
        assert page.text in shown
    assert "物理空间" not in shown  # the dump split the word at a column break…
    assert view.articles.count() > 1
    view.show_article(_article_with(seeded.issue_ids[SOURCE], "物理空间").id)
    assert "物理空间" in view.repaired.toPlainText()  # …the repaired side has it whole


def test_current_article_is_emphasised_and_shown_repaired(view, seeded):  # noqa: F811
    article = _article_with(seeded.issue_ids[SOURCE], "物理空间")
    with_signal = []
    view.articleChanged.connect(with_signal.append)
    view.show_article(article.id)
    assert with_signal == [article.id]
    assert article.title in view.repaired.toPlainText()
    assert article.paragraphs[0].text in view.repaired.toPlainText()
    emphasised = view.emphasised_text()
    first = article.paragraphs[0].text[:8]
    assert first in emphasised.replace("\n", "").replace(" ", "")


def test_show_issue_with_an_article(qtbot, seeded):  # noqa: F811
    article = _article_with(seeded.issue_ids[SOURCE], "研究部署")
    widget = OriginalView()
    qtbot.addWidget(widget)
    widget.show_issue(seeded.issue_ids[SOURCE], article.id)
    assert widget.articles.currentData() == article.id
    assert "研究部署" in widget.repaired.toPlainText()


def test_each_repair_is_marked_and_explained(view):
    assert view.repairs, "the seed needs repairs"
    marked = {s.cursor.selectionStart() for s in view.original.extraSelections()}
    repair = next(r for r in view.repairs if r["source"] and r["source"][0]["end"] > r["source"][0]["start"])
    start, _end = view.map.to_doc(as_ref(repair["source"][0]))
    assert start in marked
    tip = view.tooltip_at(start)
    assert repair["kind"] in tip and f"{repair['confidence']:.0%}" in tip
    assert view.tooltip_at(len(view.map.pages[0].name)) == ""  # the page heading has no repair


def test_split_in_the_repaired_text_requests_an_override_that_works(qtbot, view, seeded):  # noqa: F811
    from reader.library.overrides import add_override
    from reader.library.queries import get_article

    article = _article_with(seeded.issue_ids[SOURCE], "研究部署")
    view.show_article(article.id)
    paragraph = next(p for p in article.paragraphs if "研究部署" in p.text)
    index = article.paragraphs.index(paragraph)
    at = paragraph.text.index("研究部署")
    pos = view._para_pos[index] + at
    with qtbot.waitSignal(view.overrideRequested, timeout=1000) as requested:
        override = view.request_split(view.repaired, pos)
    issue_id, emitted = requested.args
    assert issue_id == seeded.issue_ids[SOURCE] and emitted == override and override.op == "split"
    add_override(issue_id, override)
    after = _article_with(issue_id, "研究部署")
    assert any(p.text.startswith("研究部署") for p in get_article(after.id).paragraphs)


def test_merge_and_move_requests(qtbot, view, seeded):  # noqa: F811
    article = _article_with(seeded.issue_ids[SOURCE], "物理空间")
    view.show_article(article.id)
    if len(article.paragraphs) > 1:
        with qtbot.waitSignal(view.overrideRequested, timeout=1000) as requested:
            view.request_merge(view.repaired, view._para_pos[0])
        assert requested.args[1].op == "join" and requested.args[1].b
    targets = []
    view.choose_article = lambda choices: targets.append(choices) or choices[0][0]
    with qtbot.waitSignal(view.overrideRequested, timeout=1000) as requested:
        view.request_move(view.repaired, view._para_pos[-1])
    move = requested.args[1]
    assert move.op == "move" and move.b == view.article_blocks[targets[0][0][0]][-1]
    assert article.id not in [c[0] for c in targets[0]]


def test_unjoin_where_the_engine_joined(qtbot, view):
    join = next((r for r in view.repairs if r["kind"] == "join" and len(r["source"]) >= 2), None)
    if join is None:
        pytest.skip("no join in this seed")
    start, _ = view.map.to_doc(as_ref(join["source"][0]))
    with qtbot.waitSignal(view.overrideRequested, timeout=1000) as requested:
        view.request_unjoin(view.original, start)
    override = requested.args[1]
    assert override.op == "unjoin"
    assert {override.a, override.b} <= {as_ref(s).block_id for s in join["source"]}


def test_context_menu_offers_the_fixes(view):
    point = view.original.cursorRect(view.original.textCursor()).center()
    menu = view.context_menu(view.original, point)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert {"Split paragraph here", "Merge with next", "Undo this join", "Move fragment to article…"} <= set(actions)
    assert actions["Move fragment to article…"].isEnabled()  # the cursor sits in the article's first block
    menu.deleteLater()


def test_moving_in_the_repaired_text_shows_its_source(view, seeded):  # noqa: F811
    from PySide6.QtGui import QTextCursor

    article = _article_with(seeded.issue_ids[SOURCE], "物理空间")
    view.show_article(article.id)
    index = next(i for i, p in enumerate(article.paragraphs) if "物理空间" in p.text)
    at = article.paragraphs[index].text.index("物理空间")

    def source_of(offset: int) -> str:
        cursor = view.repaired.textCursor()
        cursor.setPosition(view._para_pos[index] + offset)
        view.repaired.setTextCursor(cursor)
        selections = view.original.extraSelections()
        marked = QTextCursor(selections[-1].cursor)
        assert view.original.textCursor().position() == marked.selectionStart()  # scrolled there
        return marked.selectedText().replace("\u2029", "\n")

    # The dump cut the word at a column break ("物|理空间"): each half shows the fragment it came from.
    before, after = source_of(at), source_of(at + 2)
    assert before.rstrip().endswith("物") and after.lstrip().startswith("理空间")
