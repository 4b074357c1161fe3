"""Export dialog: format, scope and file; the file is written and the path reported."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from panel_fixtures import seeded  # noqa: F401 (fixture)
from reader.ui.export_dialog import ExportDialog


class FakeChooser:
    """Stands in for the native save dialog: answers with a fixed path and records what it was asked."""

    def __init__(self, path):
        self.path = path
        self.calls = []

    def __call__(self, parent, caption, suggested, name_filter):
        self.calls.append((suggested, name_filter))
        return str(self.path) if self.path else ""


def _dialog(qtbot, chooser, **kwargs) -> ExportDialog:
    dialog = ExportDialog(file_chooser=chooser, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def _export(qtbot, dialog):
    with qtbot.waitSignal(dialog.exported, timeout=5000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_markdown_of_everything_is_written(qtbot, seeded, tmp_path):  # noqa: F811
    chooser = FakeChooser(tmp_path / "notes")
    dialog = _dialog(qtbot, chooser)
    assert dialog.scope_all.isChecked() and dialog.annotation_count == 3
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert chooser.calls and "*.md" in chooser.calls[0][1]
    written = _export(qtbot, dialog)
    assert written == str(tmp_path / "notes.md")  # the format's suffix is added
    text = (tmp_path / "notes.md").read_text(encoding="utf-8")
    for quote in ("物理空间", "研究部署", "妇女力量"):
        assert quote in text
    assert str(tmp_path / "notes.md") in dialog.status.text()
    assert dialog.open_folder.isVisibleTo(dialog)


def test_selection_scope_exports_only_those(qtbot, seeded, tmp_path):  # noqa: F811
    dialog = _dialog(qtbot, FakeChooser(None), ids=[seeded.annotation_ids["women"]])
    assert dialog.scope_selection.isChecked() and dialog.annotation_count == 1
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.path.setText(str(tmp_path / "sel.csv"))
    _export(qtbot, dialog)
    text = (tmp_path / "sel.csv").read_bytes().decode("utf-8-sig")
    assert "妇女力量" in text and "物理空间" not in text


def test_tag_scope_to_xlsx_includes_nested_tags(qtbot, seeded, tmp_path):  # noqa: F811
    from openpyxl import load_workbook

    dialog = _dialog(qtbot, FakeChooser(None), tag="承诺")
    assert dialog.scope_tag.isChecked() and dialog.annotation_count == 2
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    dialog.path.setText(str(tmp_path / "tagged.xlsx"))
    _export(qtbot, dialog)
    sheet = load_workbook(tmp_path / "tagged.xlsx").active
    values = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None)
    assert "物理空间" in values and "研究部署" in values and "妇女力量" not in values


def test_issue_scope_to_jsonld(qtbot, seeded, tmp_path):  # noqa: F811
    dialog = _dialog(qtbot, FakeChooser(None), issue_source="002_405a22e14fca248f.txt")
    assert dialog.scope_issue.isChecked() and dialog.annotation_count == 1
    dialog.format.setCurrentIndex(dialog.format.findData("jsonld"))
    assert dialog.path.text().endswith(".jsonld")  # the suffix follows the format
    dialog.path.setText(str(tmp_path / "issue.jsonld"))
    _export(qtbot, dialog)
    data = json.loads((tmp_path / "issue.jsonld").read_text(encoding="utf-8"))
    assert "妇女力量" in json.dumps(data, ensure_ascii=False)
    assert "物理空间" not in json.dumps(data, ensure_ascii=False)


def test_switching_scope_by_hand_updates_the_count(qtbot, seeded, tmp_path):  # noqa: F811
    dialog = _dialog(qtbot, FakeChooser(None))
    dialog.scope_tag.setChecked(True)
    dialog.tag.setCurrentIndex(dialog.tag.findData("会议"))
    assert dialog.annotation_count == 2
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    dialog.path.setText(str(tmp_path / "meeting.html"))
    _export(qtbot, dialog)
    text = (tmp_path / "meeting.html").read_text(encoding="utf-8")
    assert "研究部署" in text and "妇女力量" in text and "物理空间" not in text


def test_a_folder_as_target_is_an_error_not_a_crash(qtbot, seeded, tmp_path):  # noqa: F811
    dialog = _dialog(qtbot, FakeChooser(None))
    dialog.path.setText(str(tmp_path))
    with qtbot.assertNotEmitted(dialog.exported):
        assert dialog.export() is None
    assert str(tmp_path) in dialog.status.text()


def test_cancelled_chooser_writes_nothing(qtbot, seeded, tmp_path):  # noqa: F811
    chooser = FakeChooser(None)
    dialog = _dialog(qtbot, chooser)
    dialog.path.clear()
    assert not dialog.export_button.isEnabled()
    assert dialog.export() is None  # with no path it asks; cancelling the chooser writes nothing
    assert chooser.calls
    assert not [p for p in tmp_path.rglob("*") if p.suffix in (".md", ".part")]
