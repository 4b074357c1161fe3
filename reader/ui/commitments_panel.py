"""The Commitments panel of one issue: suggested targets to accept (→ 承诺 annotations) or reject, undoably."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.changes import Changes
from reader.errors import ReaderError
from reader.ui.undo import CoreCommand, push

SUGGESTION_COLOR = "#e8590c"  # suggestions: a dashed orange underline, never a highlight colour
COLUMNS = ("confidence", "text", "metric", "value", "unit", "qualifier", "period", "actor")
EDITABLE = {"metric", "value", "unit", "qualifier", "period", "actor"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("commitments", text)


def suggestion_format() -> QTextCharFormat:
    """How a reading view marks a suggested commitment (distinct from every highlight colour)."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    fmt.setUnderlineColor(QColor(SUGGESTION_COLOR))
    return fmt


def suggestion_selections(view: Any, suggestions: list[Any]) -> list[QTextEdit.ExtraSelection]:
    """Extra selections marking the suggestions of the article shown in a reading view.

    ``view`` needs ``article`` (with ``id``), ``document()`` and ``doc_position(offset)`` (text offset → document
    position), as reader.ui.reading_view.ReadingView has; add the result to its own extra selections.
    """
    article = getattr(view, "article", None)
    if article is None:
        return []
    selections = []
    for s in suggestions:
        if s.article_id != article.id:
            continue
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.doc_position(s.start))
        cursor.setPosition(view.doc_position(s.end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = suggestion_format()
        selection.format.setToolTip(f"{s.metric} {s.value}{s.unit} · {s.confidence:.2f}")
        selections.append(selection)
    return selections


def _short(text: str, limit: int = 16) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class AcceptSuggestions(CoreCommand):
    """Accept suggestions as 承诺 annotations; undo moves them to the trash, redo restores the same ones."""

    def __init__(self, hub: Any, items: list[tuple[Any, dict[str, Any]]]) -> None:
        text = (_tr("Accept commitment “%1”").replace("%1", _short(items[0][0].text)) if len(items) == 1
                else _tr("Accept %1 commitments").replace("%1", str(len(items))))
        super().__init__(hub, text)
        self.items = items  # (Suggestion, field edits)
        self.annotation_ids: list[int] = []

    def apply(self) -> Changes:
        from reader.annotations.ops import restore_annotation
        from reader.commitments.library import accept

        if not self.annotation_ids:
            self.annotation_ids = [accept(s, **edits).id for s, edits in self.items]
        else:
            for annotation_id in self.annotation_ids:
                restore_annotation(annotation_id)
        return self._changes()

    def revert(self) -> Changes:
        from reader.annotations.ops import delete_annotation

        for annotation_id in self.annotation_ids:
            delete_annotation(annotation_id)
        return self._changes()

    def _changes(self) -> Changes:
        articles = frozenset(s.article_id for s, _ in self.items)
        return Changes(annotations=True, tags=True, commitments=True, articles=articles)


class RejectSuggestions(CoreCommand):
    """Reject suggestions (remembered per issue); undo brings them back."""

    def __init__(self, hub: Any, suggestions: list[Any]) -> None:
        super().__init__(hub, _tr("Reject “%1”").replace("%1", _short(suggestions[0].text)) if len(suggestions) == 1
                         else _tr("Reject %1 suggestions").replace("%1", str(len(suggestions))))
        self.suggestions = suggestions

    def apply(self) -> Changes:
        from reader.commitments.library import reject

        for s in self.suggestions:
            reject(s)
        return Changes(commitments=True)

    def revert(self) -> Changes:
        from reader.commitments.library import unreject

        for s in self.suggestions:
            unreject(s)
        return Changes(commitments=True)


class CommitmentsPanel(QWidget):
    """Suggestions for one issue in a table: edit fields, accept, reject, accept all above a confidence."""

    openArticle = Signal(int, int, int)  # article id, start, end: show the clause in the reading view
    openAnnotation = Signal(int, int, int)  # the same, from the "All commitments" table
    suggestionsChanged = Signal(object)  # list[Suggestion] now shown, for the reading view to mark

    def __init__(self, hub: Any = None, *, undo_stack: QUndoStack | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentsPanel")
        self.hub = hub
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.issue_id: int | None = None
        self.suggestions: list[Any] = []
        self._filling = False

        self.issue_box = QComboBox()
        self.issue_box.setObjectName("issueBox")
        self.issue_box.setToolTip(self.tr("The issue whose suggestions are listed"))
        self.issue_box.currentIndexChanged.connect(self._issue_chosen)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.setValue(0.9)
        self.threshold.setToolTip(self.tr("Accept every suggestion at or above this confidence"))
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.accept_all_button = QPushButton(self.tr("Accept all ≥"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.accept_all_button.clicked.connect(lambda: self.accept_all(self.threshold.value()))
        self.status = QLabel()
        self.status.setObjectName("commitmentsStatus")

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("suggestionsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Conf."), self.tr("Clause"), self.tr("Metric"), self.tr("Value"), self.tr("Unit"),
            self.tr("Qualifier"), self.tr("Period"), self.tr("Actor"),
        ])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 48), (2, 180), (3, 70), (4, 60), (5, 90), (6, 100), (7, 90)):
            header.resizeSection(col, width)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Issue:")))
        bar.addWidget(self.issue_box, 1)
        bar.addWidget(self.accept_button)
        bar.addWidget(self.reject_button)
        bar.addWidget(self.accept_all_button)
        bar.addWidget(self.threshold)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        column.addWidget(self.status)
        # The library-wide table sits beside the suggestions so one dock gives both views.
        from reader.ui.commitments_table import CommitmentsTable

        self.library_table = CommitmentsTable(hub, undo_stack=self.undo_stack)
        self.library_table.openAnnotation.connect(self.openAnnotation)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(page, self.tr("Suggestions in this issue"))
        self.tabs.addTab(self.library_table, self.tr("All commitments"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs, 1)
        if hub is not None:
            hub.changed.connect(self._on_changed)
        QTimer.singleShot(0, self.reload_issues)  # detection takes a moment: let the window appear first
        self._selection_changed()

    # -- data ----------------------------------------------------------------------------------
    def reload_issues(self) -> None:
        """Fill the issue chooser from the library, keeping the current issue when it is still there."""
        from reader.library.models import database
        from reader.library.queries import list_issues

        if database.obj is None:
            return
        keep = self.issue_id
        self._filling = True
        self.issue_box.clear()
        for issue in list_issues():
            label = f"{issue.source}" + (f"  ({issue.date})" if issue.date else "")
            self.issue_box.addItem(label, issue.id)
        self._filling = False
        index = self.issue_box.findData(keep) if keep is not None else 0
        self.issue_box.setCurrentIndex(max(index, 0) if self.issue_box.count() else -1)
        self._issue_chosen()

    def set_issue(self, issue_id: int) -> None:
        """Show the suggestions of ``issue_id`` (e.g. the issue of the article being read)."""
        index = self.issue_box.findData(issue_id)
        if index < 0:
            self.reload_issues()
            index = self.issue_box.findData(issue_id)
        if index >= 0 and index != self.issue_box.currentIndex():
            self.issue_box.setCurrentIndex(index)
        elif index >= 0 and self.issue_id != issue_id:
            self._issue_chosen()

    def _issue_chosen(self, *_: Any) -> None:
        if self._filling:
            return
        data = self.issue_box.currentData()
        self.issue_id = int(data) if data is not None else None
        self.refresh()

    def refresh(self) -> None:
        """Detect again (cached per article) and list the open suggestions of the issue."""
        from reader.commitments.library import suggest

        if self.issue_id is None:
            self.suggestions = []
        else:
            try:
                self.suggestions = suggest(issue_id=self.issue_id)
            except ReaderError as exc:
                self.suggestions = []
                self.status.setText(str(exc))
        self._fill()
        self.suggestionsChanged.emit(list(self.suggestions))

    def _fill(self) -> None:
        self._filling = True
        self.table.setRowCount(len(self.suggestions))
        for row, s in enumerate(self.suggestions):
            for col, name in enumerate(COLUMNS):
                value = getattr(s, name)
                if name == "value":
                    from reader.commitments.tracking import format_value

                    value = format_value(value)
                elif name == "confidence":
                    value = f"{value:.2f}"
                item = QTableWidgetItem(str(value))
                flags = item.flags()
                if name not in EDITABLE:
                    flags &= ~Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if name == "text":
                    item.setToolTip(s.text)
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)
        self._filling = False
        count = len(self.suggestions)
        self.status.setText(self.tr("%n open suggestion(s)", "", count))
        self._selection_changed()

    def _on_changed(self, changes: Changes) -> None:
        if changes.issues:
            self.reload_issues()
        elif changes.commitments or changes.annotations:
            self.refresh()

    # -- actions -------------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def edits(self, row: int) -> dict[str, Any]:
        """Fields the user corrected in the table, to store instead of the detected ones."""
        from reader.commitments.tracking import format_value, parse_value

        s = self.suggestions[row]
        edits: dict[str, Any] = {}
        for col, name in enumerate(COLUMNS):
            if name not in EDITABLE:
                continue
            text = self.table.item(row, col).text().strip()
            original = format_value(s.value) if name == "value" else str(getattr(s, name))
            if text != original:
                edits[name] = parse_value(text) if name == "value" else text
        return edits

    def accept_selected(self) -> bool:
        rows = self.selected_rows()
        if not rows:
            return False
        try:
            items = [(self.suggestions[row], self.edits(row)) for row in rows]
        except ReaderError as exc:
            self.status.setText(str(exc))
            return False
        return self._push(AcceptSuggestions(self.hub, items))

    def reject_selected(self) -> bool:
        rows = self.selected_rows()
        if not rows:
            return False
        return self._push(RejectSuggestions(self.hub, [self.suggestions[row] for row in rows]))

    def accept_all(self, threshold: float) -> int:
        """Accept every listed suggestion with confidence ≥ ``threshold``; returns how many."""
        items = [(s, {}) for s in self.suggestions if s.confidence >= threshold]
        if not items:
            self.status.setText(self.tr("No suggestion at or above %1").replace("%1", f"{threshold:.2f}"))
            return 0
        return len(items) if self._push(AcceptSuggestions(self.hub, items)) else 0

    def _push(self, command: CoreCommand) -> bool:
        done = push(self.undo_stack, command)
        if not done:
            self.status.setText(command.error or "")
        if self.hub is None:
            self.refresh()  # without a hub nobody else tells us
        return done

    def _double_clicked(self, row: int, column: int) -> None:
        if COLUMNS[column] in EDITABLE:
            return  # editing the cell
        s = self.suggestions[row]
        self.openArticle.emit(s.article_id, s.start, s.end)

    def _selection_changed(self) -> None:
        has = bool(self.table.selectionModel().selectedRows()) if self.table.selectionModel() else False
        self.accept_button.setEnabled(has)
        self.reject_button.setEnabled(has)
        self.accept_all_button.setEnabled(bool(self.suggestions))
