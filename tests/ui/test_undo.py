"""Undo commands: each keeps ids and values, redo calls the core, undo its inverse (no window needed)."""

from __future__ import annotations

import pytest
from main_fixtures import import_seeds
from PySide6.QtGui import QUndoStack

from reader.changes import Changes
from reader.ui import undo
from reader.ui.hub import Hub


@pytest.fixture
def article(library):
    from reader.library.queries import get_article, issue_articles

    ids = import_seeds(["000_a9af73bd6b6a1bb2.txt"])
    return get_article(issue_articles(next(iter(ids.values())))[0].id)


@pytest.fixture
def hub():
    return Hub()


def _live(article_id):
    from reader.annotations.ops import list_annotations

    return list_annotations(article_id=article_id)


def _create(hub, stack, article, *, color="yellow", tags=()):
    start = article.paragraphs[0].start + 2
    command = undo.CreateAnnotation(hub, article_id=article.id, start=start, end=start + 6, color=color, tags=tags,
                                    quote=article.text[start : start + 6])
    assert undo.push(stack, command)
    return command


def test_create_undo_redo_keeps_the_same_annotation(hub, article, qtbot):
    stack = QUndoStack()
    with qtbot.waitSignal(hub.changed) as published:
        command = _create(hub, stack, article, tags=["承诺"])
    assert isinstance(published.args[0], Changes) and published.args[0].annotations
    [view] = _live(article.id)
    assert (view.id, view.tags, view.quote) == (command.annotation_id, ["承诺"], article.text[view.start : view.end])
    assert stack.undoText().startswith("Highlight")
    stack.undo()
    assert _live(article.id) == []
    stack.redo()
    assert [v.id for v in _live(article.id)] == [command.annotation_id]


def test_delete_and_recolour_round_trip(hub, article):
    stack = QUndoStack()
    created = _create(hub, stack, article)
    assert undo.push(stack, undo.RecolourAnnotation(hub, created.annotation_id, old="yellow", new="pink"))
    assert _live(article.id)[0].color == "pink"
    assert undo.push(stack, undo.DeleteAnnotation(hub, created.annotation_id, quote="x"))
    assert _live(article.id) == []
    stack.undo()
    assert _live(article.id)[0].color == "pink"
    stack.undo()
    assert _live(article.id)[0].color == "yellow"
    stack.redo()
    stack.redo()
    assert _live(article.id) == []


def test_retag_and_note_edits_undo(hub, article):
    stack = QUndoStack()
    created = _create(hub, stack, article, tags=["会议"])
    aid = created.annotation_id
    assert undo.push(stack, undo.RetagAnnotation(hub, aid, old=["会议"], new=["会议", "承诺", "新标签"]))
    assert sorted(_live(article.id)[0].tags) == sorted(["会议", "承诺", "新标签"])
    assert undo.push(stack, undo.EditNote(hub, aid, old="", new="第一稿"))
    assert undo.push(stack, undo.EditNote(hub, aid, old="第一稿", new="第二稿"))
    assert stack.count() == 3  # the two note edits merged into one step
    stack.undo()
    assert _live(article.id)[0].note == ""
    stack.undo()
    assert _live(article.id)[0].tags == ["会议"]


def test_refused_operation_never_reaches_the_stack(hub, article, qtbot):
    stack = QUndoStack()
    empty = undo.CreateAnnotation(hub, article_id=article.id, start=5, end=5)
    with qtbot.waitSignal(hub.message) as said:
        assert not undo.push(stack, empty)
    assert "span" in said.args[0]
    assert stack.count() == 0 and _live(article.id) == []


def test_manual_fix_is_stored_and_undone(hub, article):
    from reader.library.overrides import list_overrides
    from reader.repair.model import Override

    stack = QUndoStack()
    block = article.paragraphs[0].segments[0].source
    override = Override(op="split", a=f"p{block.page}b{block.block}", offset=4)
    assert undo.push(stack, undo.ManualFix(hub, article.issue_id, override))
    assert [o.op for o in list_overrides(article.issue_id)] == ["split"]
    stack.undo()
    assert list_overrides(article.issue_id) == []
    stack.redo()
    assert [o.op for o in list_overrides(article.issue_id)] == ["split"]
