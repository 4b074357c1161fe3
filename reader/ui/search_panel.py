"""Library search panel: query box, tag filter, results with marked snippets; runs off the UI thread."""

from __future__ import annotations

import html
import re
from typing import Any, Callable

from PySide6.QtCore import QModelIndex, QObject, QRunnable, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.errors import ReaderError
from reader.library.search import MARK_END, MARK_START

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit behind a result row
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's rich text
DEBOUNCE_MS = 250
RESULT_LIMIT = 200

# The core puts these around the match in a snippet; they become a highlight.
_MARKS = re.compile(f"{re.escape(MARK_START)}(.*?){re.escape(MARK_END)}", re.S)


def snippet_html(snippet: str, *, mark_color: str = "#ffe066") -> str:
    """The snippet escaped for rich text, with the core's match markers shown as a highlight."""
    out: list[str] = []
    pos = 0
    for match in _MARKS.finditer(snippet):
        out.append(html.escape(snippet[pos : match.start()]))
        inner = match.group(1)
        out.append(f'<span style="background-color:{mark_color}; color:#000;">{html.escape(inner)}</span>')
        pos = match.end()
    out.append(html.escape(snippet[pos:]))
    return "".join(out)


class _Relay(QObject):
    """Lives in the UI thread; the worker emits through it so results arrive as a queued call."""

    done = Signal(int, object, object)  # generation, SearchResult or None, error message or None


class _SearchJob(QRunnable):
    def __init__(self, generation: int, run: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.generation, self.run_search, self.relay = generation, run, relay

    def run(self) -> None:
        from reader.library.models import database

        result: Any = None
        error: str | None = None
        try:
            result = self.run_search()
        except ReaderError as exc:
            error = str(exc)
        except Exception as exc:  # noqa: BLE001 - shown to the user instead of killing the thread
            error = f"{type(exc).__name__}: {exc}"
        finally:
            if database.obj is not None and not database.is_closed():
                database.close()  # peewee connections are per thread; don't leave this one open
        self.relay.done.emit(self.generation, result, error)


class _SnippetDelegate(QStyledItemDelegate):
    """Draws a result as rich text: title and place on one line, the snippet below."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(option.rect.width() - 8, 80))
        return doc

    def paint(self, painter, option, index) -> None:  # noqa: ANN001 - Qt signature
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, index)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.left() + 4, opt.rect.top() + 2)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: ANN001 - Qt signature
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = opt.widget.viewport().width() if opt.widget else 300
        opt.rect.setWidth(width)
        doc = self._document(opt, index)
        return QSize(width, int(doc.size().height()) + 6)


class _ResultList(QListWidget):
    """Enter opens the current result, like a click."""

    activated_row = Signal(QListWidgetItem)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.activated_row.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class _QueryEdit(QLineEdit):
    """Down moves to the results so the keyboard alone can search and open."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    """Searches the library while the user types; ``openArticle(article_id, start, end)`` on click/Enter."""

    openArticle = Signal(int, int, int)
    searchFinished = Signal(object)  # SearchResult (or None after an error), once shown

    def __init__(self, hub: QObject | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.hub = hub
        self.result: Any = None
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # searches queue up; stale ones are dropped on arrival
        self._relay = _Relay(self)
        self._relay.done.connect(self._show_result)

        self.query = _QueryEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr("Search the library (Ctrl+Shift+F)"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self._schedule)
        self.query.returnPressed.connect(self.run_search)
        self.query.down.connect(self._focus_results)

        self.tag = QComboBox()
        self.tag.setObjectName("searchTag")
        self.tag.setToolTip(self.tr("Only passages annotated with this tag"))
        self.tag.currentIndexChanged.connect(self._filter_changed)

        self.results = _ResultList()
        self.results.setObjectName("searchResults")
        self.results.setItemDelegate(_SnippetDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.itemClicked.connect(self._open)
        self.results.activated_row.connect(self._open)

        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)

        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.tag)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.setFocusProxy(self.query)

        self.reload_tags()
        if hub is not None and hasattr(hub, "changed"):
            hub.changed.connect(self._on_changed)

    # -- public ------------------------------------------------------------------------------
    def focus_query(self) -> None:
        """Give the query box the keyboard with its text selected (what Ctrl+Shift+F does)."""
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def set_query(self, text: str, *, tag: str | None = None) -> None:
        """Search for ``text`` now (optionally within ``tag``)."""
        if tag is not None:
            index = self.tag.findData(tag)
            self.tag.blockSignals(True)
            self.tag.setCurrentIndex(max(index, 0))
            self.tag.blockSignals(False)
        self.query.blockSignals(True)
        self.query.setText(text)
        self.query.blockSignals(False)
        self.run_search()

    def reload_tags(self) -> None:
        """Refill the tag filter, keeping the chosen tag when it still exists."""
        from reader.annotations.tags import list_tags

        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for tag in list_tags():
            self.tag.addItem(tag.label, tag.name)
        self.tag.setCurrentIndex(max(self.tag.findData(current), 0) if current else 0)
        self.tag.blockSignals(False)

    def run_search(self) -> None:
        """Start a search for the current query and tag in the background."""
        from reader.library.search import search

        self._debounce.stop()
        self._generation += 1
        query = self.query.text().strip()
        tag = self.tag.currentData()
        if not query:
            self.results.clear()
            self.result = None
            self.status.setText(self.tr("Type words to search every issue in the library."))
            self.searchFinished.emit(None)
            return
        self.status.setText(self.tr("Searching…"))
        job = _SearchJob(self._generation, lambda: search(query, limit=RESULT_LIMIT, tag=tag), self._relay)
        self._pool.start(job)

    def wait_idle(self, msecs: int = 5000) -> bool:
        """Wait for queued searches (used when closing, so no thread outlives the database)."""
        return self._pool.waitForDone(msecs)

    # -- internals ---------------------------------------------------------------------------
    def _schedule(self) -> None:
        self._debounce.start()

    def _filter_changed(self) -> None:
        if self.query.text().strip():
            self.run_search()

    def _on_changed(self, changes: Any) -> None:
        if getattr(changes, "tags", False):
            self.reload_tags()
        if getattr(changes, "issues", False) or getattr(changes, "articles", None) or getattr(changes, "annotations", False):
            if self.query.text().strip():
                self._debounce.start()  # offsets may have moved: refresh the visible results

    def _show_result(self, generation: int, result: Any, error: str | None) -> None:
        if generation != self._generation:
            return  # a newer search is under way; this one is stale
        self.results.clear()
        self.result = result
        if error is not None:
            self.status.setText(self.tr("Search failed: %1").replace("%1", error))
            self.searchFinished.emit(None)
            return
        for hit in result.hits:
            item = QListWidgetItem()
            title = html.escape(hit.article_title or self.tr("(untitled)"))
            where = html.escape(hit.source)
            item.setData(HTML_ROLE, f"<b>{title}</b> <small>· {where}</small><br/>{snippet_html(hit.snippet)}")
            item.setData(HIT_ROLE, hit)
            item.setToolTip(f"{hit.article_title}\n{hit.source}")
            self.results.addItem(item)
        shown = len(result.hits)
        if result.total == 0:
            text = self.tr("No results for “%1”.").replace("%1", result.query)
        elif shown < result.total:
            text = self.tr("%1 of %2 results in %3 ms").replace("%1", str(shown)).replace("%2", str(result.total))
            text = text.replace("%3", f"{result.took_ms:.1f}")
        else:
            text = self.tr("Results: %n in %1 ms", "", result.total).replace("%1", f"{result.took_ms:.1f}")
        self.status.setText(text)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.searchFinished.emit(result)

    def _focus_results(self) -> None:
        if self.results.count():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)

    def _open(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is not None:
            self.openArticle.emit(int(hit.article_id), int(hit.start), int(hit.end))
