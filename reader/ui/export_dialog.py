"""Export dialog: annotations to Markdown, CSV, XLSX, HTML or W3C JSON-LD, for a chosen scope."""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QDir, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.errors import ReaderError

# (format code for reader.export, file suffix); labels are translated in the dialog.
FORMATS: list[tuple[str, str]] = [("md", ".md"), ("csv", ".csv"), ("xlsx", ".xlsx"), ("html", ".html"), ("jsonld", ".jsonld")]

# chooser(parent, caption, suggested path, name filter) -> chosen path or "" when cancelled.
FileChooser = Callable[[QWidget, str, str, str], str]


def native_file_chooser(parent: QWidget, caption: str, suggested: str, name_filter: str) -> str:
    """The platform's save dialog."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, name_filter)
    return path


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` so that a failure never leaves a half-written file at ``path``."""
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ReaderError(f"{path}: cannot write the export ({exc.strerror or exc})") from exc


class ExportDialog(QDialog):
    """Pick format, scope and file; ``exported(path)`` is emitted once the file is written."""

    exported = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        tag: str | None = None,
        issue_source: str | None = None,
        ids: Sequence[int] | None = None,
        file_chooser: FileChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export annotations"))
        self.ids = list(ids) if ids else []
        self.file_chooser: FileChooser = file_chooser or native_file_chooser
        self.last_path: Path | None = None

        labels = {
            "md": self.tr("Markdown (.md)"),
            "csv": self.tr("CSV for Excel (.csv)"),
            "xlsx": self.tr("Excel workbook (.xlsx)"),
            "html": self.tr("Printable HTML (.html)"),
            "jsonld": self.tr("W3C Web Annotation JSON-LD (.jsonld)"),
        }
        self.format = QComboBox()
        for code, _suffix in FORMATS:
            self.format.addItem(labels[code], code)
        self.format.currentIndexChanged.connect(self._format_changed)

        self.scope_all = QRadioButton(self.tr("&All annotations"))
        self.scope_tag = QRadioButton(self.tr("With &tag:"))
        self.scope_issue = QRadioButton(self.tr("From &issue:"))
        self.scope_selection = QRadioButton(self.tr("&Selected annotations (%n)", "", len(self.ids)))
        self.scopes = QButtonGroup(self)
        for button in (self.scope_all, self.scope_tag, self.scope_issue, self.scope_selection):
            self.scopes.addButton(button)
        self.tag = QComboBox()
        self.issue = QComboBox()
        self._fill_choices()

        scope_box = QGroupBox(self.tr("Scope"))
        grid = QGridLayout(scope_box)
        grid.addWidget(self.scope_all, 0, 0, 1, 2)
        grid.addWidget(self.scope_tag, 1, 0)
        grid.addWidget(self.tag, 1, 1)
        grid.addWidget(self.scope_issue, 2, 0)
        grid.addWidget(self.issue, 2, 1)
        grid.addWidget(self.scope_selection, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.count = QLabel()
        grid.addWidget(self.count, 4, 0, 1, 2)

        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Where to save the file"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.clicked.connect(self.choose_path)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        file_label = QLabel(self.tr("F&ile:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_folder = self.buttons.addButton(self.tr("Show in &folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder.setVisible(False)
        self.open_folder.clicked.connect(self._show_folder)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scope_box)
        self.setMinimumWidth(520)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        # The caller's scope wins: selection, then issue, then tag, else everything.
        if self.ids:
            self.scope_selection.setChecked(True)
        elif issue_source and self._select(self.issue, issue_source):
            self.scope_issue.setChecked(True)
        elif tag and self._select(self.tag, tag):
            self.scope_tag.setChecked(True)
        else:
            self.scope_all.setChecked(True)
        self.scope_selection.setEnabled(bool(self.ids))
        self.scope_tag.setEnabled(self.tag.count() > 0)
        self.scope_issue.setEnabled(self.issue.count() > 0)
        self.scopes.buttonToggled.connect(self._scope_changed)
        self.tag.currentIndexChanged.connect(self._scope_changed)
        self.issue.currentIndexChanged.connect(self._scope_changed)
        self.path.textChanged.connect(self._update_buttons)
        self._scope_changed()
        self.path.setText(str(self._suggested_path()))

    # -- choices ---------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        from reader.annotations.tags import list_tags
        from reader.library.queries import list_issues

        for tag in list_tags():
            self.tag.addItem(f"{tag.label} ({tag.count})", tag.name)
        for issue in list_issues():
            when = " · ".join(x for x in (issue.date, issue.number and f"#{issue.number}") if x)
            label = f"{issue.source} — {when}" if when else issue.source
            self.issue.addItem(label, issue.source)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> bool:
        index = combo.findData(value)
        if index < 0:
            from reader.annotations.tags import normalise_tag

            index = combo.findData(normalise_tag(value))
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    def scope(self) -> dict[str, object]:
        """Keyword arguments for reader.export.export_annotations for the chosen scope."""
        if self.scope_selection.isChecked():
            return {"ids": list(self.ids)}
        if self.scope_issue.isChecked() and self.issue.currentData():
            return {"source": self.issue.currentData()}
        if self.scope_tag.isChecked() and self.tag.currentData():
            return {"tag": self.tag.currentData()}
        return {}

    def format_code(self) -> str:
        return str(self.format.currentData())

    def _scope_changed(self, *_args: object) -> None:
        self.tag.setEnabled(self.scope_tag.isChecked())
        self.issue.setEnabled(self.scope_issue.isChecked())
        scope = self.scope()
        if "ids" in scope:
            n = len(self.ids)
        else:
            from reader.annotations.ops import list_annotations

            n = len(list_annotations(tag=scope.get("tag"), source=scope.get("source")))  # type: ignore[arg-type]
        self.annotation_count = n
        self.count.setText(self.tr("Annotations to export: %n", "", n))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        self.export_button.setEnabled(bool(self.path.text().strip()) and self.annotation_count > 0)

    # -- file --------------------------------------------------------------------------------
    def _suffix(self) -> str:
        return dict(FORMATS)[self.format_code()]

    def _suggested_path(self) -> Path:
        current = self.path.text().strip()
        folder = Path(current).expanduser().parent if current else Path(QDir.homePath())
        stem = Path(current).stem if current else f"reader-annotations-{_dt.date.today():%Y%m%d}"
        return folder / f"{stem}{self._suffix()}"

    def _format_changed(self) -> None:
        if self.path.text().strip():
            self.path.setText(str(self._suggested_path()))  # keep the suffix in step with the format

    def choose_path(self) -> None:
        name_filter = f"{self.format.currentText()} (*{self._suffix()})"
        chosen = self.file_chooser(self, self.tr("Export annotations to"), str(self._suggested_path()), name_filter)
        if chosen:
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(self._suffix())
            self.path.setText(str(path))

    # -- export ------------------------------------------------------------------------------
    def export(self) -> Path | None:
        """Write the file; report success (with the path) or the error in the dialog."""
        from reader.export import export_annotations

        text = self.path.text().strip()
        if not text:
            self.choose_path()
            text = self.path.text().strip()
            if not text:
                return None
        path = Path(text).expanduser()
        try:
            if path.is_dir():
                raise ReaderError(f"{path}: is a folder; choose a file name")
            data = export_annotations(self.format_code(), **self.scope())  # type: ignore[arg-type]
            write_atomically(path, data)
        except ReaderError as exc:
            self.status.setStyleSheet("color: #b3261e;")
            self.status.setText(self.tr("Export failed: %1").replace("%1", str(exc)))
            return None
        self.last_path = path
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Exported %n annotations to %1", "", self.annotation_count).replace("%1", str(path))
        )
        self.open_folder.setVisible(True)
        self.exported.emit(str(path))
        return path

    def _show_folder(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path.parent)))
