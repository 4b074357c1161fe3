"""Annotation browser: every annotation in the library in a sortable, filterable table."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.ui.filtering import change_filter
from reader.ui.selection_toolbar import color_label
from reader.ui.tag_manager import swatch

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1  # the AnnotationView of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts the column sensibly

COLUMNS = ("color", "quote", "note", "tags", "source", "article", "modified")


class AnnotationTableModel(QAbstractTableModel):
    """A read-only table over a list of AnnotationView records."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.headers = [
            self.tr("Colour"), self.tr("Quote"), self.tr("Note"), self.tr("Tags"),
            self.tr("Issue"), self.tr("Article"), self.tr("Modified"),
        ]  # fmt: skip

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        view = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == VIEW_ROLE:
            return view
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(view, column)
        if role == SORT_ROLE:
            if column == "color":
                from reader.annotations.colors import COLORS

                return list(COLORS).index(view.color) if view.color in COLORS else len(COLORS)
            if column == "source":  # issue, then reading position within it
                return f"{view.source}\x00{view.article_id or 0:09d}\x00{view.start or 0:09d}"
            return self._display(view, column).casefold()
        if role == Qt.ItemDataRole.DecorationRole and column == "color":
            return swatch(view.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in ("quote", "note"):
                return getattr(view, column) or None
            if column == "source" and view.orphan:
                return self.tr("Orphan: its text was not found after the issue was repaired again")
        if role == Qt.ItemDataRole.ForegroundRole and view.orphan:
            return QColor("#9a6700")
        return None

    def _display(self, view: Any, column: str) -> str:
        if column == "color":
            return color_label(view.color)
        if column == "quote":
            return " ".join(view.quote.split())
        if column == "note":
            return " ".join(view.note.split())
        if column == "tags":
            return ", ".join(view.tags)
        if column == "source":
            return view.source + (self.tr(" (orphan)") if view.orphan else "")
        if column == "article":
            return view.article_title
        return (view.modified or view.created or "").replace("T", " ").rstrip("Z")


class AnnotationFilter(QSortFilterProxyModel):
    """Filters by tag (nested tags included), colour, issue and free text over quote, note, tags and title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag: str | None = None  # normalised name
        self.color: str | None = None
        self.source: str | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filters(self, *, tag: str | None, color: str | None, source: str | None, text: str) -> None:
        def apply() -> None:
            self.tag, self.color, self.source, self.text = tag, color, source, text.strip().casefold()

        change_filter(self, apply)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        from reader.annotations.tags import normalise_tag

        view = self.sourceModel().rows[source_row]
        if self.color and view.color != self.color:
            return False
        if self.source and view.source != self.source:
            return False
        if self.tag:
            names = [normalise_tag(t) for t in view.tags]
            if not any(n == self.tag or n.startswith(self.tag + "/") for n in names):
                return False
        if self.text:
            haystack = " ".join((view.quote, view.note, view.article_title, " ".join(view.tags))).casefold()
            return all(word in haystack for word in self.text.split())
        return True


class _Table(QTableView):
    """Enter opens the current annotation, like a double-click."""

    enter_pressed = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter_pressed.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class AnnotationBrowser(QWidget):
    """``openAnnotation(article_id, start, end)`` on double-click or Enter; exports the selection."""

    openAnnotation = Signal(int, int, int)

    def __init__(self, hub: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationBrowser")
        self.setWindowTitle(self.tr("All annotations"))
        self.hub = hub
        # Builds the export dialog; replaceable so the dialog can be driven without a window.
        self.export_dialog_factory: Callable[..., Any] | None = None

        self.model = AnnotationTableModel(self)
        self.proxy = AnnotationFilter(self)
        self.proxy.setSourceModel(self.model)

        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Filter by quote, note, tag or title…"))
        self.text.setClearButtonEnabled(True)
        self.tag = QComboBox()
        self.color = QComboBox()
        self.issue = QComboBox()
        self.text.textChanged.connect(self._filters_changed)
        for combo in (self.tag, self.color, self.issue):
            combo.currentIndexChanged.connect(self._filters_changed)

        self.table = _Table()
        self.table.setObjectName("annotationTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("source"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("quote"), QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COLUMNS.index("color"), 80)
        self.table.doubleClicked.connect(self._open)
        self.table.enter_pressed.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(self._update_status)

        self.count = QLabel()
        self.export_button = QPushButton(self.tr("&Export selection…"))
        self.export_button.clicked.connect(self.export_selection)

        filters = QHBoxLayout()
        filters.addWidget(self.text, 2)
        filters.addWidget(self.tag, 1)
        filters.addWidget(self.color)
        filters.addWidget(self.issue, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        if hub is not None and hasattr(hub, "changed"):
            hub.changed.connect(self._on_changed)
        self.reload()

    # -- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read every annotation (not in the trash) and refill the filter choices."""
        from reader.annotations.colors import COLORS
        from reader.annotations.ops import list_annotations
        from reader.annotations.tags import list_tags
        from reader.library.queries import list_issues

        rows = list_annotations()
        self.model.set_rows(rows)
        _refill(self.tag, self.tr("All tags"), [(t.label, t.name) for t in list_tags()])
        _refill(self.color, self.tr("All colours"), [(color_label(c), c) for c in COLORS], icons=True)
        sources = [(i.source, i.source) for i in list_issues()]
        known = {s for s, _ in sources}
        sources += sorted({(r.source, r.source) for r in rows if r.source and r.source not in known})
        _refill(self.issue, self.tr("All issues"), sources)
        self._filters_changed()

    def set_filters(self, *, tag: str | None = None, color: str | None = None, source: str | None = None, text: str = "") -> None:
        """Show only the matching annotations (what the filter widgets do)."""
        for combo, value in ((self.tag, tag), (self.color, color), (self.issue, source)):
            combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)
        self.text.setText(text)
        self._filters_changed()

    def visible_views(self) -> list[Any]:
        """The annotations shown, in the table's current order."""
        return [self.proxy.index(r, 0).data(VIEW_ROLE) for r in range(self.proxy.rowCount())]

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(VIEW_ROLE).id for r in rows]

    def _filters_changed(self, *_args: object) -> None:
        self.proxy.set_filters(
            tag=self.tag.currentData(), color=self.color.currentData(), source=self.issue.currentData(), text=self.text.text()
        )
        self._update_status()

    def _update_status(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        selected = len(self.table.selectionModel().selectedRows())
        text = self.tr("Showing %1 of %2 annotations").replace("%1", str(shown)).replace("%2", str(total))
        if selected:
            text += self.tr(" · %n selected", "", selected)
        self.count.setText(text)
        self.export_button.setEnabled(selected > 0)

    def _on_changed(self, changes: Any) -> None:
        if any(getattr(changes, name, False) for name in ("annotations", "tags", "issues", "articles")):
            self.reload()

    # -- actions -----------------------------------------------------------------------------
    def _open(self, index: QModelIndex) -> None:
        view = index.data(VIEW_ROLE) if index.isValid() else None
        if view is None:
            return
        if view.article_id is None or view.start is None or view.end is None:
            self.count.setText(self.tr("This annotation is an orphan: its passage is no longer in the repaired text."))
            return
        self.openAnnotation.emit(int(view.article_id), int(view.start), int(view.end))

    def export_selection(self) -> Any:
        """Open the export dialog limited to the selected annotations; returns the dialog."""
        ids = self.selected_ids()
        if not ids:
            return None
        if self.export_dialog_factory is not None:
            return self.export_dialog_factory(self, ids=ids)
        from reader.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self, ids=ids)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def _refill(combo: QComboBox, all_label: str, items: list[tuple[str, str]], *, icons: bool = False) -> None:
    """Replace a filter combo's entries, keeping the current choice when it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_label, None)
    for label, value in items:
        if icons:
            combo.addItem(swatch(value), label, value)
        else:
            combo.addItem(label, value)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
    combo.blockSignals(False)
