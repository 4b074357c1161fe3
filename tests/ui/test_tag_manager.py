"""Tag manager: nested tree with counts and colours; rename, merge, delete, recolour — all undoable."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QUndoStack

from panel_fixtures import hub, seeded  # noqa: F401 (fixtures)
from reader.ui.tag_manager import NAME_ROLE, TagManagerDialog


@pytest.fixture
def stack():
    return QUndoStack()


@pytest.fixture
def dialog(qtbot, seeded, hub, stack):  # noqa: F811
    widget = TagManagerDialog(hub, stack)
    qtbot.addWidget(widget)
    widget.errors = []
    widget.show_error = widget.errors.append
    return widget


def _tags():
    from reader.annotations.tags import list_tags

    return {t.name: (t.label, t.count, t.color) for t in list_tags()}


def _annotation_tags(seeded):  # noqa: F811
    from reader.annotations.ops import get_annotation

    return {name: sorted(get_annotation(i).tags) for name, i in seeded.annotation_ids.items()}


def test_tree_nests_and_counts(dialog):
    top = {dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())}
    assert set(top) == {"承诺", "会议"}
    assert top["会议"].text(1) == "2"
    assert top["承诺"].text(1) == "1"
    child = top["承诺"].child(0)
    assert child.text(0) == "经济" and child.text(1) == "1" and child.data(0, NAME_ROLE) == "承诺/经济"
    assert not top["承诺"].icon(0).isNull()  # the built-in tag has a colour


def test_builtin_tag_cannot_be_renamed_or_deleted(dialog):
    assert dialog.select("承诺")
    assert not dialog.rename_button.isEnabled() and not dialog.delete_button.isEnabled()
    assert dialog.color_button.isEnabled()


def test_rename_emits_change_and_undoes(qtbot, dialog, hub, stack, seeded):  # noqa: F811
    dialog.select("会议")
    dialog.ask_text = lambda title, label, text: "例会"
    with qtbot.waitSignal(hub.changed, timeout=1000) as changed:
        assert dialog.rename()
    assert changed.args[0].tags
    assert "例会" in _tags() and "会议" not in _tags()
    assert dialog.current_name() == "例会"
    assert "会议" not in stack.undoText() or "例会" in stack.undoText()
    with qtbot.waitSignal(hub.changed, timeout=1000):
        stack.undo()
    assert _tags()["会议"][1] == 2 and "例会" not in _tags()
    stack.redo()
    assert _tags()["例会"][1] == 2


def test_rename_onto_an_existing_tag_is_refused(dialog, stack):
    dialog.select("会议")
    dialog.ask_text = lambda title, label, text: "承诺"
    assert not dialog.rename()
    assert dialog.errors and stack.count() == 0


def test_merge_and_undo_restores_each_annotation(qtbot, dialog, stack, seeded):  # noqa: F811
    before = _annotation_tags(seeded)
    dialog.select("会议")
    dialog.ask_item = lambda title, label, items: "承诺/经济"
    assert dialog.merge()
    assert "会议" not in _tags() and _tags()["承诺/经济"][1] == 2
    assert _annotation_tags(seeded)["women"] == ["承诺/经济"]
    stack.undo()
    assert _annotation_tags(seeded) == before
    assert _tags()["会议"][1] == 2
    stack.redo()
    assert "会议" not in _tags()


def test_merge_into_a_new_tag_and_undo_leaves_no_trace(dialog, stack, seeded):  # noqa: F811
    names = set(_tags())
    dialog.select("会议")
    dialog.ask_item = lambda title, label, items: "例会"
    assert dialog.merge()
    assert "例会" in _tags()
    stack.undo()
    assert set(_tags()) == names


def test_delete_needs_confirmation_and_undoes(dialog, stack, seeded):  # noqa: F811
    before = _annotation_tags(seeded)
    dialog.select("会议")
    dialog.confirm = lambda title, text: False
    assert not dialog.delete()
    assert "会议" in _tags()
    dialog.confirm = lambda title, text: True
    assert dialog.delete()
    assert "会议" not in _tags() and _annotation_tags(seeded)["women"] == []
    stack.undo()
    assert _annotation_tags(seeded) == before


def test_recolour_and_clear_colour(dialog, stack):
    dialog.select("会议")
    dialog.ask_color = lambda initial: QColor("#123456")
    assert dialog.recolour()
    assert _tags()["会议"][2] == "#123456"
    assert not dialog.current_tag() is None and dialog.current_tag().color == "#123456"
    assert dialog.clear_colour()
    assert _tags()["会议"][2] == ""
    stack.undo()
    assert _tags()["会议"][2] == "#123456"
    stack.undo()
    assert _tags()["会议"][2] == ""


def test_filter_keeps_parents_of_matches(dialog):
    dialog.filter.setText("经济")
    top = {dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())}
    assert top["会议"].isHidden() and not top["承诺"].isHidden() and not top["承诺"].child(0).isHidden()
