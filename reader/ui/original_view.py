"""Show original: the raw (normalised) pages beside the repaired article, every repair marked and explained.

Manual fixes start here too: the view turns the user's pointing into a ``reader.repair.model.Override``
and emits ``overrideRequested``; the main window stores it as an undoable command.
"""

from __future__ import annotations

import html
from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from reader.repair.model import Override
from reader.ui import original_fixes, original_marks
from reader.ui.original_map import OriginalMap, Ref, SegmentRef, as_ref, as_segment, segment_at

class OriginalView(QWidget):
    """Left: the pages as imported; right: the repaired article. ``show_issue(issue_id, article_id)``."""

    overrideRequested = Signal(int, object)  # issue id, reader.repair.model.Override
    articleChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("originalView")
        self.issue_id: int | None = None
        self.article: Any = None
        self.map: OriginalMap | None = None
        self.repairs: list[dict[str, Any]] = []
        self.article_blocks: dict[int, list[str]] = {}  # article id -> its block ids in order
        self._para_pos: list[int] = []  # right-pane position of each paragraph
        self._segments: list[list[SegmentRef]] = []
        # Picks the article a fragment moves to: list of (id, title) -> id, or None when cancelled.
        self.choose_article: Callable[[list[tuple[int, str]]], int | None] = self._choose_article

        self.articles = QComboBox()
        self.articles.setObjectName("originalArticles")
        self.articles.currentIndexChanged.connect(self._article_chosen)
        self.summary = QLabel()

        self.original = QPlainTextEdit()
        self.original.setObjectName("originalText")
        self.original.setReadOnly(True)
        self.original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.original.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.repaired = QTextEdit()
        self.repaired.setObjectName("repairedText")
        self.repaired.setReadOnly(True)
        self.repaired.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.repaired.cursorPositionChanged.connect(self._sync_from_repaired)
        for edit in (self.original, self.repaired):
            edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            edit.customContextMenuRequested.connect(lambda pos, e=edit: self._context_menu(e, pos))
        self.original.viewport().installEventFilter(self)
        self.original.viewport().setMouseTracking(True)

        self.split_action = QAction(self.tr("Split paragraph here"), self)
        self.merge_action = QAction(self.tr("Merge with next"), self)
        self.unjoin_action = QAction(self.tr("Undo this join"), self)
        self.move_action = QAction(self.tr("Move fragment to article…"), self)
        self.split_action.triggered.connect(lambda: self.request_split(self._focused_edit()))
        self.merge_action.triggered.connect(lambda: self.request_merge(self._focused_edit()))
        self.unjoin_action.triggered.connect(lambda: self.request_unjoin(self._focused_edit()))
        self.move_action.triggered.connect(lambda: self.request_move(self._focused_edit()))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Article:")))
        bar.addWidget(self.articles, 1)
        for action in (self.split_action, self.merge_action, self.unjoin_action, self.move_action):
            button = QToolButton()
            button.setDefaultAction(action)
            bar.addWidget(button)

        legend = QLabel(original_marks.legend_html())
        legend.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(_titled(self.tr("Original (as imported)"), self.original))
        splitter.addWidget(_titled(self.tr("Repaired"), self.repaired))
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(legend)

    # -- loading -----------------------------------------------------------------------------
    def show_issue(self, issue_id: int, article_id: int | None = None) -> None:
        """Load an issue's pages and repairs; show ``article_id`` (or the issue's first article)."""
        from reader.library.queries import get_article, issue_articles, issue_pages, issue_repairs

        heading = self.tr("Page %1 · %2")
        self.issue_id = issue_id
        self.map = OriginalMap(issue_pages(issue_id), heading=heading.replace("%1", "{number}").replace("%2", "{name}"))
        self.repairs = list(issue_repairs(issue_id))
        summaries = issue_articles(issue_id)
        self.article_blocks.clear()
        for summary in summaries:
            view = get_article(summary.id)
            segments = [as_segment(s) for p in view.paragraphs for s in p.segments]
            self.article_blocks[summary.id] = original_fixes.dedupe(s.ref.block_id for s in segments if s.ref.block >= 0)
        self.original.setPlainText(self.map.text)
        self.articles.blockSignals(True)
        self.articles.clear()
        for summary in summaries:
            self.articles.addItem(f"{summary.order + 1}. {summary.title}", summary.id)
        self.articles.blockSignals(False)
        self.summary.setText(self._summary_text(len(summaries)))
        index = self.articles.findData(article_id) if article_id is not None else 0
        if self.articles.count():
            self.articles.setCurrentIndex(max(index, 0))
            self._article_chosen()
        else:
            self.article = None
            self.repaired.clear()
            self._mark()

    def refresh(self) -> None:
        """Reload after the issue was repaired again (a manual fix); keeps the article's place."""
        if self.issue_id is None:
            return
        order = self.articles.currentIndex()
        self.show_issue(self.issue_id, self.article.id if self.article is not None else None)
        if self.article is None or self.articles.currentData() != getattr(self.article, "id", None):
            self.articles.setCurrentIndex(min(max(order, 0), self.articles.count() - 1))

    def show_article(self, article_id: int) -> None:
        index = self.articles.findData(article_id)
        if index >= 0:
            self.articles.setCurrentIndex(index)

    def _article_chosen(self, *_args: object) -> None:
        from reader.library.queries import get_article

        article_id = self.articles.currentData()
        if article_id is None:
            return
        self.article = get_article(int(article_id))
        self._fill_repaired()
        self._mark()
        self.articleChanged.emit(int(article_id))

    def _fill_repaired(self) -> None:
        article = self.article
        self.repaired.clear()
        cursor = QTextCursor(self.repaired.document())
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(self.repaired.font().pointSizeF() * 1.3)
        for line in (article.kicker, article.title, article.subtitle, article.byline_apart):
            if line:
                cursor.insertText(line, heading if line == article.title else QTextCharFormat())
                cursor.insertBlock()
        self._para_pos, self._segments = [], []
        body = QTextCharFormat()
        spaced = QTextBlockFormat()
        spaced.setBottomMargin(self.repaired.fontMetrics().height() * 0.6)
        for i, paragraph in enumerate(article.paragraphs):
            if i:
                cursor.insertBlock(spaced)
            else:
                cursor.setBlockFormat(spaced)
            self._para_pos.append(cursor.position())
            self._segments.append([as_segment(s) for s in paragraph.segments])
            cursor.insertText(paragraph.text, body)
        self.repaired.moveCursor(QTextCursor.MoveOperation.Start)

    # -- marking -----------------------------------------------------------------------------
    def _mark(self) -> None:
        """Tint every repair, grey out what is not the current article, underline the article's blocks."""
        if self.map is None:
            return
        doc = self.original.document()
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        grey = QTextCharFormat()
        grey.setForeground(QColor("#8a8a8a"))
        grey.setFontWeight(QFont.Weight.Normal)
        cursor.setCharFormat(grey)
        emphasis = QTextCharFormat()
        emphasis.setForeground(self.original.palette().text())
        emphasis.setFontWeight(QFont.Weight.DemiBold)
        first: int | None = None
        for ref in self._article_refs():
            span = self.map.to_doc(ref)
            if span is None:
                continue
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(emphasis)
            first = span[0] if first is None else min(first, span[0])
        selections = []
        for repair in self.repairs:
            tint = QColor(original_marks.tint(repair.get("kind", "")))
            for source in repair.get("source", []):
                span = self.map.to_doc(as_ref(source))
                if span is None or span[0] == span[1]:
                    continue
                selection = QTextEdit.ExtraSelection()
                selection.cursor = QTextCursor(doc)
                selection.cursor.setPosition(span[0])
                selection.cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
                selection.format.setBackground(tint)
                selection.format.setProperty(QTextFormat.Property.UserProperty, repair.get("id", ""))
                selections.append(selection)
        self._repair_selections = selections
        self.original.setExtraSelections(selections)
        if first is not None:
            cursor.setPosition(first)
            self.original.setTextCursor(cursor)
            self.original.centerCursor()

    def _article_refs(self) -> list[Ref]:
        return [seg.ref for segs in self._segments for seg in segs]

    def emphasised_text(self) -> str:
        """The original text of the current article's blocks (what the view shows in full colour)."""
        if self.map is None:
            return ""
        parts = []
        for ref in self._article_refs():
            span = self.map.to_doc(ref)
            if span:
                parts.append(self.map.text[span[0] : span[1]])
        return "\n".join(parts)

    def _sync_from_repaired(self) -> None:
        """Moving in the repaired text highlights where that passage came from in the original."""
        found = self._repaired_position(self.repaired.textCursor().position())
        if found is None or self.map is None:
            return
        para, offset = found
        index = segment_at(self._segments[para], offset)
        if index is None:
            return
        span = self.map.to_doc(self._segments[para][index].ref)
        if span is None:
            return
        selection = QTextEdit.ExtraSelection()
        selection.cursor = QTextCursor(self.original.document())
        selection.cursor.setPosition(span[0])
        selection.cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        selection.format.setBackground(self.palette().highlight().color().lighter(160))
        self.original.setExtraSelections([*getattr(self, "_repair_selections", []), selection])
        cursor = QTextCursor(self.original.document())
        cursor.setPosition(span[0])
        self.original.setTextCursor(cursor)
        self.original.ensureCursorVisible()

    # -- tooltips ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.original.viewport() and event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(self.original.cursorForPosition(event.pos()).position())
            if text:
                QToolTip.showText(event.globalPos(), text, self.original)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def tooltip_at(self, pos: int) -> str:
        """Rich text explaining the repairs at a position of the original (empty when none)."""
        return "" if self.map is None else original_marks.tooltip_html(self.map, self.repairs, pos)

    def _summary_text(self, articles: int) -> str:
        pages = len(self.map.pages) if self.map else 0
        return self.tr("Pages: %1 · articles: %2 · repairs: %3").replace("%1", str(pages)).replace("%2", str(articles)).replace(
            "%3", str(len(self.repairs))
        )

    # -- manual fixes ------------------------------------------------------------------------
    def _focused_edit(self) -> QWidget:
        return self.repaired if self.repaired.hasFocus() else self.original

    def _repaired_position(self, pos: int) -> tuple[int, int] | None:
        """(paragraph index, offset in it) for a position of the repaired pane."""
        for i in range(len(self._para_pos) - 1, -1, -1):
            if pos >= self._para_pos[i]:
                return i, pos - self._para_pos[i]
        return None

    def _emit(self, op: str, a: str, b: str | None = None, offset: int | None = None) -> Override | None:
        if self.issue_id is None:
            return None
        override = Override(op=op, a=a, b=b, offset=offset)  # type: ignore[arg-type]
        self.overrideRequested.emit(self.issue_id, override)
        return override

    def override_for(self, op: str, edit: QWidget, pos: int | None = None) -> Override | None:
        """The Override that ``op`` (split/join/unjoin/move) means at ``pos`` of ``edit``; None if none fits."""
        if self.map is None:
            return None
        if pos is None:
            pos = edit.textCursor().position()  # type: ignore[attr-defined]
        if edit is self.repaired:
            found = self._repaired_position(pos)
            return None if found is None else original_fixes.at_repaired(self.map, self._segments, op, *found)
        return original_fixes.at_original(self.map, self.repairs, op, pos)

    def request_split(self, edit: QWidget, pos: int | None = None) -> Override | None:
        found = self.override_for("split", edit, pos)
        return self._emit(found.op, found.a, offset=found.offset) if found else None

    def request_merge(self, edit: QWidget, pos: int | None = None) -> Override | None:
        found = self.override_for("join", edit, pos)
        return self._emit("join", found.a, found.b) if found else None

    def request_unjoin(self, edit: QWidget, pos: int | None = None) -> Override | None:
        found = self.override_for("unjoin", edit, pos)
        return self._emit("unjoin", found.a, found.b) if found else None

    def request_move(self, edit: QWidget, pos: int | None = None) -> Override | None:
        """Ask which article the fragment under the cursor belongs to; move it after that article's last block."""
        found = self.override_for("move", edit, pos)
        if found is None:
            return None
        current = getattr(self.article, "id", None)
        choices = [
            (self.articles.itemData(i), self.articles.itemText(i))
            for i in range(self.articles.count())
            if self.article_blocks.get(self.articles.itemData(i)) and self.articles.itemData(i) != current
        ]
        target = self.choose_article(choices) if choices else None
        move = original_fixes.move_after(found, self.article_blocks.get(target, [])) if target is not None else None
        return self._emit("move", move.a, move.b) if move else None

    def _choose_article(self, choices: list[tuple[int, str]]) -> int | None:
        labels = [label for _, label in choices]
        label, ok = QInputDialog.getItem(self, self.tr("Move fragment"), self.tr("Move the fragment to the end of:"), labels, 0, False)
        return choices[labels.index(label)][0] if ok and label in labels else None

    def context_menu(self, edit: QWidget, point: QPoint) -> QMenu:
        """The pane's standard menu plus the manual fixes that make sense at ``point``."""
        pos = edit.cursorForPosition(point).position()  # type: ignore[attr-defined]
        menu = edit.createStandardContextMenu(point)  # type: ignore[attr-defined]
        menu.addSeparator()
        entries = (
            (self.tr("Split paragraph here"), "split", lambda: self.request_split(edit, pos)),
            (self.tr("Merge with next"), "join", lambda: self.request_merge(edit, pos)),
            (self.tr("Undo this join"), "unjoin", lambda: self.request_unjoin(edit, pos)),
            (self.tr("Move fragment to article…"), "move", lambda: self.request_move(edit, pos)),
        )
        for text, op, slot in entries:
            action = menu.addAction(text)
            action.setEnabled(self.override_for(op, edit, pos) is not None)
            action.triggered.connect(slot)
        return menu

    def _context_menu(self, edit: QWidget, point: QPoint) -> None:
        menu = self.context_menu(edit, point)
        menu.exec(edit.mapToGlobal(point))  # type: ignore[attr-defined]
        menu.deleteLater()


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(f"<b>{html.escape(title)}</b>")
    label.setBuddy(widget)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box
