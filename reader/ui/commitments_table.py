"""The commitments of the whole library: filter, sort, open in context, set status and evidence, export, chart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.changes import Changes
from reader.errors import ReaderError
from reader.ui.commitments_chart import MetricChart
from reader.ui.filtering import change_filter
from reader.ui.undo import CoreCommand, push

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the CommitmentRecord of the row (first column)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # numbers sort as numbers
COLUMNS = ("metric", "value", "unit", "qualifier", "period", "actor", "status", "source", "issue_date", "quote", "evidence")


def _tr(text: str) -> str:
    return QCoreApplication.translate("commitments", text)


class SetCommitmentStatus(CoreCommand):
    """Change the status (and evidence link) of commitments; undo puts the old ones back."""

    def __init__(self, hub: Any, records: list[Any], status: str, *, evidence: int | None = None) -> None:
        super().__init__(hub, _tr("Set status to “%1”").replace("%1", status))
        self.old = [(r.annotation_id, r.status, r.evidence_id) for r in records]
        self.status, self.evidence = status, evidence

    def apply(self) -> Changes:
        from reader.commitments.tracking import set_status

        for annotation_id, _, old_evidence in self.old:
            evidence = self.evidence if self.evidence is not None else old_evidence
            set_status(annotation_id, self.status, evidence=evidence, clear_evidence=evidence is None)
        return Changes(commitments=True, annotations=True)

    def revert(self) -> Changes:
        from reader.commitments.tracking import set_status

        for annotation_id, status, evidence in self.old:
            set_status(annotation_id, status, evidence=evidence, clear_evidence=evidence is None)
        return Changes(commitments=True, annotations=True)


class EditCommitmentFields(CoreCommand):
    """Correct structured fields of an accepted commitment; undo restores the old values."""

    def __init__(self, hub: Any, annotation_id: int, old: dict[str, Any], new: dict[str, Any]) -> None:
        super().__init__(hub, _tr("Edit commitment fields"))
        self.annotation_id, self.old, self.new = annotation_id, old, new

    def apply(self) -> Changes:
        from reader.commitments.tracking import update_fields

        update_fields(self.annotation_id, **self.new)
        return Changes(commitments=True, annotations=True)

    def revert(self) -> Changes:
        from reader.commitments.tracking import update_fields

        update_fields(self.annotation_id, **self.old)
        return Changes(commitments=True, annotations=True)


EDITABLE = ("metric", "value", "unit", "qualifier", "period", "actor")


class _Filter(QSortFilterProxyModel):
    """Rows matching the text box (any column) and the status and issue choosers."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.text = ""
        self.status = ""
        self.source = ""
        self.setSortRole(SORT_ROLE)

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:  # noqa: N802
        record = self.sourceModel().item(row, 0).data(RECORD_ROLE)
        if self.status and record.status != self.status:
            return False
        if self.source and record.source != self.source:
            return False
        if self.text:
            haystack = " ".join(str(v) for v in (record.metric, record.quote, record.note, record.period,
                                                 record.actor, record.source, record.qualifier))
            return self.text.casefold() in haystack.casefold()
        return True


class CommitmentsTable(QWidget):
    """Every accepted commitment in the library, with its tracking, in a sortable table and a chart."""

    openAnnotation = Signal(int, int, int)  # article id, start, end: open the commitment in context

    def __init__(self, hub: Any = None, *, undo_stack: QUndoStack | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentsTable")
        self.hub = hub
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.records: list[Any] = []
        self._filling = False

        from reader.commitments.store import STATUSES

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter: metric, clause, note…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), "")
        for status in STATUSES:
            self.status_filter.addItem(status, status)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.source_filter = QComboBox()
        self.source_filter.addItem(self.tr("All issues"), "")
        self.source_filter.currentIndexChanged.connect(self._filter_changed)

        self.new_status = QComboBox()
        for status in STATUSES:
            self.new_status.addItem(status, status)
        self.set_status_button = QPushButton(self.tr("Set status"))
        self.set_status_button.clicked.connect(lambda: self.set_status(self.new_status.currentData()))
        self.evidence_button = QPushButton(self.tr("Link evidence…"))
        self.evidence_button.clicked.connect(self._ask_evidence)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self._ask_export)
        self.status = QLabel()

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([
            self.tr("Metric"), self.tr("Value"), self.tr("Unit"), self.tr("Qualifier"), self.tr("Period"),
            self.tr("Actor"), self.tr("Status"), self.tr("Issue"), self.tr("Date"), self.tr("Clause"),
            self.tr("Evidence"),
        ])
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("commitmentsView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.model.itemChanged.connect(self._item_edited)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for name, width in (("metric", 170), ("value", 60), ("unit", 56), ("qualifier", 80), ("period", 90),
                            ("actor", 80), ("status", 80), ("source", 130), ("issue_date", 86), ("quote", 280),
                            ("evidence", 140)):
            header.resizeSection(COLUMNS.index(name), width)
        self.view.doubleClicked.connect(self._open)
        self.chart = MetricChart()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.source_filter)
        actions = QHBoxLayout()
        actions.addWidget(self.new_status)
        actions.addWidget(self.set_status_button)
        actions.addWidget(self.evidence_button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        table_page = QWidget()
        column = QVBoxLayout(table_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.view, 1)
        column.addLayout(actions)
        self.tabs = QTabWidget()
        self.tabs.addTab(table_page, self.tr("Table"))
        self.tabs.addTab(self.chart, self.tr("Chart per metric"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        if hub is not None:
            hub.changed.connect(self._on_changed)
        QTimer.singleShot(0, self.refresh)

    # -- data ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the accepted commitments again and redraw table and chart."""
        from reader.commitments.tracking import format_value, list_commitments, metric_series
        from reader.library.models import database

        if database.obj is None:
            return
        self.records = list_commitments()
        sort_column = self.view.horizontalHeader().sortIndicatorSection()
        order = self.view.horizontalHeader().sortIndicatorOrder()
        self._filling = True
        self.model.removeRows(0, self.model.rowCount())
        for record in self.records:
            cells = {
                "metric": record.metric, "value": format_value(record.value), "unit": record.unit,
                "qualifier": record.qualifier, "period": record.period, "actor": record.actor,
                "status": record.status, "source": record.source, "issue_date": record.issue_date,
                "quote": record.quote, "evidence": f"#{record.evidence_id} {record.evidence_quote}" if record.evidence_id else "",
            }
            row = []
            for name in COLUMNS:
                item = QStandardItem(cells[name])
                item.setData(_sort_key(name, record, cells[name]), SORT_ROLE)
                item.setEditable(name in EDITABLE)
                if name == "quote":
                    item.setToolTip(record.quote)
                row.append(item)
            row[0].setData(record, RECORD_ROLE)
            self.model.appendRow(row)
        self._filling = False
        self._fill_sources()
        if sort_column >= 0:
            self.proxy.sort(sort_column, order)
        self.chart.set_series(metric_series(self.records))
        self._count()

    def _fill_sources(self) -> None:
        keep = self.source_filter.currentData()
        self.source_filter.blockSignals(True)
        self.source_filter.clear()
        self.source_filter.addItem(self.tr("All issues"), "")
        for source in sorted({r.source for r in self.records}):
            self.source_filter.addItem(source, source)
        index = self.source_filter.findData(keep)
        self.source_filter.setCurrentIndex(max(index, 0))
        self.source_filter.blockSignals(False)

    def _filter_changed(self, *_: Any) -> None:
        def apply() -> None:
            self.proxy.text = self.search.text().strip()
            self.proxy.status = self.status_filter.currentData() or ""
            self.proxy.source = self.source_filter.currentData() or ""

        change_filter(self.proxy, apply)
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), len(self.records)
        self.status.setText(self.tr("%1 of %2 commitments").replace("%1", str(shown)).replace("%2", str(total)))

    def visible_records(self) -> list[Any]:
        """The records in the table as shown: filtered and sorted."""
        return [self.proxy.index(row, 0).data(RECORD_ROLE) for row in range(self.proxy.rowCount())]

    def selected_records(self) -> list[Any]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.proxy.index(row, 0).data(RECORD_ROLE) for row in rows]

    def _on_changed(self, changes: Changes) -> None:
        if changes.commitments or changes.annotations or changes.issues or changes.tags:
            self.refresh()

    # -- actions -------------------------------------------------------------------------------
    def set_status(self, status: str, *, evidence: int | None = None) -> bool:
        records = self.selected_records()
        if not records:
            self.status.setText(self.tr("Select commitments first"))
            return False
        return self._push(SetCommitmentStatus(self.hub, records, status, evidence=evidence))

    def link_evidence(self, evidence_id: int) -> bool:
        """Link the selected commitment(s) to the annotation that shows the outcome, keeping their status."""
        records = self.selected_records()
        if not records:
            return False
        return self._push(SetCommitmentStatus(self.hub, records, records[0].status, evidence=evidence_id))

    def _ask_evidence(self) -> None:
        if not self.selected_records():
            self.status.setText(self.tr("Select commitments first"))
            return
        value, ok = QInputDialog.getInt(self, self.tr("Link evidence"), self.tr("Annotation id of the evidence:"), 1, 1)
        if ok:
            self.link_evidence(value)

    def _push(self, command: CoreCommand) -> bool:
        done = push(self.undo_stack, command)
        if not done:
            self.status.setText(command.error or "")
        if self.hub is None:
            self.refresh()
        return done

    def export_to(self, path: str | Path) -> Path:
        """Write the shown rows to ``path`` (.xlsx, otherwise CSV) with one column per structured field."""
        from reader.commitments.export import export_commitments

        target = Path(path)
        fmt = "xlsx" if target.suffix.lower() == ".xlsx" else "csv"
        try:
            target.write_bytes(export_commitments(fmt, self.visible_records()))
        except OSError as exc:
            raise ReaderError(f"{target}: cannot write ({exc.strerror})") from exc
        self.status.setText(self.tr("Exported to %1").replace("%1", str(target)))
        return target

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export commitments"), "commitments.xlsx",
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path:
            try:
                self.export_to(path)
            except ReaderError as exc:
                self.status.setText(str(exc))

    def _item_edited(self, item: QStandardItem) -> None:
        """A field cell was edited in place: store it (undoably), or put the old text back."""
        if self._filling:
            return
        from reader.commitments.tracking import format_value, parse_value

        name = COLUMNS[item.column()]
        record = self.model.item(item.row(), 0).data(RECORD_ROLE)
        if name not in EDITABLE or record is None:
            return
        text = item.text().strip()
        old = getattr(record, name)
        try:
            new = parse_value(text) if name == "value" else text
        except ReaderError as exc:
            self.status.setText(str(exc))
            self._filling = True
            item.setText(format_value(old) if name == "value" else str(old))
            self._filling = False
            return
        if new == old:
            return
        QTimer.singleShot(0, lambda: self._push(EditCommitmentFields(self.hub, record.annotation_id, {name: old}, {name: new})))

    def _open(self, index: Any) -> None:
        if COLUMNS[index.column()] in EDITABLE:
            return  # a double click there edits the cell
        record = self.proxy.index(index.row(), 0).data(RECORD_ROLE)
        if record is not None and record.article_id is not None and record.start is not None:
            self.openAnnotation.emit(record.article_id, record.start, record.end)


def _sort_key(name: str, record: Any, text: str) -> Any:
    if name == "value":
        value = record.value
        if isinstance(value, list):
            value = value[-1]
        try:
            return float(value)
        except (TypeError, ValueError):
            return 0.0
    return text
