"""The reading view: one repaired article set for comfortable Chinese reading, with its highlights.

Article offsets map onto document positions as ``body_start + offset`` (see article_document).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit, QToolTip, QWidget

from reader.ui import fonts
from reader.ui.article_document import MEASURE_EM, build_document
from reader.ui.reading_actions import context_menu, install_key_shortcuts, suggestion_tooltip
from reader.ui.selection_toolbar import SelectionToolbar, color_label
from reader.ui.theme import LIGHT, Theme, highlight_color

class ReadingView(QTextBrowser):
    """Shows an ArticleView; asks (by signal) for highlights, notes and tags on the selection."""

    highlightRequested = Signal(str)  # colour name, for the current selection
    noteRequested = Signal()
    tagsRequested = Signal()
    commitmentRequested = Signal()
    recolourRequested = Signal(int, str)  # annotation id, colour
    editNoteRequested = Signal(int)
    editTagsRequested = Signal(int)
    deleteRequested = Signal(int)
    annotationClicked = Signal(int)
    articleLinkActivated = Signal(int)
    fontSizeChanged = Signal(int)
    acceptSuggestionRequested = Signal(object)  # a suggested commitment (reader.commitments Suggestion)
    rejectSuggestionRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._link_clicked)
        flags = Qt.TextInteractionFlag
        self.setTextInteractionFlags(
            flags.TextSelectableByMouse | flags.TextSelectableByKeyboard
            | flags.LinksAccessibleByMouse | flags.LinksAccessibleByKeyboard
        )  # fmt: skip
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.article: Any = None
        self.annotations: list[Any] = []
        self.active_annotation: int | None = None
        self.body_start = 0
        self.body_end = 0
        self.font_size = 18
        self.font_family = ""
        self.theme: Theme = LIGHT
        self.show_original_links = True
        self._find_term = ""
        self._message = ""
        self._find_hits: list[tuple[int, int]] = []
        self.toolbar = SelectionToolbar(self)
        self.toolbar.colorChosen.connect(self._toolbar_color)
        self.toolbar.noteChosen.connect(lambda: self._toolbar_then(self.noteRequested))
        self.toolbar.tagsChosen.connect(lambda: self._toolbar_then(self.tagsRequested))
        self.toolbar.commitmentChosen.connect(lambda: self._toolbar_then(self.commitmentRequested))
        self.selectionChanged.connect(self._selection_changed)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.toolbar.hide())
        self.viewport().setMouseTracking(True)
        self.suggestions: list[tuple[int, int]] = []  # suggested commitments, marked with a dashed underline
        self.suggestion_items: list[Any] = []  # the suggestions behind those spans (for accept/reject)
        self.suggestion_format: QTextCharFormat | None = None
        self.shortcuts = install_key_shortcuts(self)
        self._show_placeholder()

    def colour_key(self, color: str) -> None:
        if self.article is None:
            return
        if self.selection_span() is not None:
            self.highlightRequested.emit(color)
            return
        view = self._annotation_under_cursor()
        if view is not None:
            self.recolourRequested.emit(view.id, color)

    def selection_key(self, signal) -> None:
        if self.article is not None and self.selection_span() is not None:
            signal.emit()

    def delete_key(self) -> None:
        view = self._annotation_under_cursor()
        if view is not None:
            self.deleteRequested.emit(view.id)

    # -- settings ------------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Base, QColor(theme.page))
        pal.setColor(QPalette.ColorRole.Text, QColor(theme.text))
        pal.setColor(QPalette.ColorRole.Link, QColor(theme.link))
        self.setPalette(pal)
        self.rerender()

    def set_font(self, *, size: int | None = None, family: str | None = None) -> None:
        if size is not None:
            self.font_size = max(10, min(40, int(size)))
        if family is not None:
            self.font_family = family
        self.rerender()

    def zoom(self, step: int) -> None:
        self.set_font(size=self.font_size + step)
        self.fontSizeChanged.emit(self.font_size)

    # -- content -------------------------------------------------------------------------------
    def show_article(self, article: Any, annotations: list[Any] | None = None) -> None:
        """Render ``article`` (an ArticleView) with ``annotations`` (AnnotationViews) drawn in their colours."""
        keep = self.verticalScrollBar().value() if self.article is not None and article.id == self.article.id else 0
        self.article = article
        self.annotations = list(annotations or [])
        self._message = ""
        self.toolbar.hide()
        self._render()
        self.verticalScrollBar().setValue(keep)

    def set_annotations(self, annotations: list[Any]) -> None:
        self.annotations = list(annotations)
        self._paint_highlights()

    def clear_article(self) -> None:
        self.article = None
        self.annotations = []
        self._show_placeholder()

    def rerender(self) -> None:
        if self.article is None:
            self._show_placeholder()
            return
        value = self.verticalScrollBar().value()
        self._render()
        self.verticalScrollBar().setValue(value)

    def show_message(self, text: str) -> None:
        """Say something where the article would be (empty library, first run)."""
        self.article = None
        self.annotations = []
        self._message = text
        self._show_placeholder()

    def _show_placeholder(self) -> None:
        import html

        text = self._message or self.tr(
            "Choose an article in the library on the left, or drop newspaper text files here to import them."
        )
        self.document().clear()
        self.setExtraSelections([])
        self.setHtml(
            f"<div style='color:{self.theme.muted}; font-size:{self.font_size}pt; margin-top:96px' align='center'>"
            + html.escape(text) + "</div>"
        )

    def _render(self) -> None:
        self.body_start, self.body_end = build_document(self)
        self._update_margins()
        self._paint_highlights()
    def _update_margins(self) -> None:
        """Centre a column of at most MEASURE_EM characters, with generous margins on small windows too."""
        em = QFontMetricsF(fonts.reading_font(self.font_size, preferred=self.font_family)).horizontalAdvance("中")
        width = self.viewport().width()
        side = max(em * 2, (width - em * MEASURE_EM) / 2)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(em * 2)
        fmt.setBottomMargin(em * 3)
        root.setFrameFormat(fmt)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.article is not None:
            self._update_margins()

    # -- offsets -------------------------------------------------------------------------------
    def doc_position(self, offset: int) -> int:
        return self.body_start + max(0, min(offset, len(self.article.text) if self.article else 0))

    def article_offset(self, position: int) -> int:
        length = len(self.article.text) if self.article else 0
        return max(0, min(position - self.body_start, length))

    def selection_span(self) -> tuple[int, int] | None:
        """The selection as article offsets (clipped to the body), or None when nothing readable is selected."""
        cursor = self.textCursor()
        if self.article is None or not cursor.hasSelection():
            return None
        start, end = self.article_offset(cursor.selectionStart()), self.article_offset(cursor.selectionEnd())
        text = self.article.text[start:end]
        start += len(text) - len(text.lstrip())
        end -= len(text) - len(text.rstrip())
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int) -> None:
        """Select ``article.text[start:end]`` and scroll it into the middle of the view."""
        if self.article is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.doc_position(start))
        cursor.setPosition(self.doc_position(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.scroll_to(start)

    def scroll_to(self, offset: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.doc_position(offset))
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def annotation_at(self, offset: int) -> Any:
        for view in self.annotations:
            if view.start is not None and not view.orphan and view.start <= offset < view.end:
                return view
        return None

    def suggestion_at(self, offset: int) -> Any:
        """The suggested commitment (object given to ``set_suggestions``) covering ``offset``, if any."""
        for item in self.suggestion_items:
            if item.start <= offset < item.end:
                return item
        return None

    def show_annotation(self, annotation_id: int) -> None:
        """Scroll to a highlight and mark it as the active one."""
        self.active_annotation = annotation_id
        for view in self.annotations:
            if view.id == annotation_id and view.start is not None:
                cursor = self.textCursor()
                cursor.setPosition(self.doc_position(view.start))
                self.setTextCursor(cursor)
                self.scroll_to(view.start)
        self._paint_highlights()

    # -- painting ------------------------------------------------------------------------------
    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.doc_position(start))
        cursor.setPosition(self.doc_position(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _paint_highlights(self) -> None:
        """Highlights, then suggested commitments, then find matches (drawn last, so on top)."""
        if self.article is None:
            self.setExtraSelections([])
            return
        selections = []
        for view in self.annotations:
            if view.start is None or view.orphan or view.end is None:
                continue
            fmt = QTextCharFormat()
            fmt.setBackground(highlight_color(view.color, self.theme))
            if self.theme.highlight_mix >= 1.0:
                fmt.setForeground(QColor("#1f1f1f"))
            if view.note:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(QColor(self.theme.muted))
            if view.id == self.active_annotation:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(self.theme.link))
            fmt.setProperty(QTextFormat.Property.UserProperty, view.id)
            selections.append(self._selection(view.start, view.end, fmt))
        for start, end in self.suggestions:
            fmt = QTextCharFormat(self.suggestion_format) if self.suggestion_format else _dashed()
            selections.append(self._selection(start, end, fmt))
        for start, end in self._find_hits:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(self.theme.find))
            fmt.setForeground(QColor("#000000"))
            selections.append(self._selection(start, end, fmt))
        self.setExtraSelections(selections)

    def set_suggestions(self, spans: list[Any], fmt: QTextCharFormat | None = None) -> None:
        """Mark suggested commitments of this article: (start, end) offsets or objects with ``start``/``end``."""
        self.suggestion_items = [s for s in spans if not isinstance(s, tuple)]
        self.suggestions = [s if isinstance(s, tuple) else (s.start, s.end) for s in spans]
        if fmt is not None:
            self.suggestion_format = fmt
        self._paint_highlights()

    # -- find in article -----------------------------------------------------------------------
    def set_find(self, term: str) -> int:
        """Mark every occurrence of ``term`` (case-insensitive); returns how many there are."""
        self._find_term = term
        self._find_hits = []
        if term and self.article is not None:
            haystack, needle = self.article.text.casefold(), term.casefold()
            at = haystack.find(needle)
            while at >= 0:
                self._find_hits.append((at, at + len(needle)))
                at = haystack.find(needle, at + max(1, len(needle)))
        self._paint_highlights()
        return len(self._find_hits)

    def find_step(self, *, backward: bool = False) -> int:
        """Select the next (or previous) match after the cursor; returns its 1-based number, 0 if none."""
        if not self._find_hits:
            return 0
        here = self.article_offset(self.textCursor().selectionStart() if backward else self.textCursor().selectionEnd())
        order = list(enumerate(self._find_hits))
        if backward:
            found = next(((i, h) for i, h in reversed(order) if h[1] <= here and h[0] < here), order[-1])
        else:
            found = next(((i, h) for i, h in order if h[0] >= here), order[0])
        index, (start, end) = found
        self.select_span(start, end)
        return index + 1

    # -- links ---------------------------------------------------------------------------------
    def _link_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("article:") and text[8:].isdigit():
            self.articleLinkActivated.emit(int(text[8:]))

    # -- selection and keys --------------------------------------------------------------------
    def _selection_changed(self) -> None:
        if not self.textCursor().hasSelection():
            self.toolbar.hide()

    def _toolbar_color(self, color: str) -> None:
        self.toolbar.hide()
        self.highlightRequested.emit(color)

    def _toolbar_then(self, signal) -> None:
        self.toolbar.hide()
        signal.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.article is None:
            return
        if self.selection_span() is not None:
            end = QTextCursor(self.document())
            end.setPosition(self.textCursor().selectionEnd())
            rect = self.cursorRect(end)
            start = QTextCursor(self.document())
            start.setPosition(self.textCursor().selectionStart())
            top = min(rect.top(), self.cursorRect(start).top())
            QTimer.singleShot(0, lambda: self.toolbar.show_at(self.viewport().mapTo(self, QPoint(rect.center().x(), top))))
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        view = self.annotation_at(self.article_offset(position)) if position >= self.body_start else None
        if view is not None:
            self.active_annotation = view.id
            self._paint_highlights()
            self.annotationClicked.emit(view.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        # QTextEdit takes the zoom keys for itself and would scale fonts behind our back; zoom our way.
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (ctrl and key in (Qt.Key.Key_Equal, Qt.Key.Key_Plus)):
            self.zoom(1)
            return
        if event.matches(QKeySequence.StandardKey.ZoomOut) or (ctrl and key == Qt.Key.Key_Minus):
            self.zoom(-1)
            return
        if key == Qt.Key.Key_Escape:
            self.toolbar.hide()
        super().keyPressEvent(event)

    def _annotation_under_cursor(self) -> Any:
        if self.article is None:
            return None
        position = self.textCursor().position()
        return self.annotation_at(self.article_offset(position)) if position >= self.body_start else None

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1 if event.angleDelta().y() > 0 else -1)
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and self.article is not None:
            position = self.cursorForPosition(event.pos()).position()
            view = self.annotation_at(self.article_offset(position)) if self.body_start <= position < self.body_end else None
            suggestion = (self.suggestion_at(self.article_offset(position))
                          if view is None and self.body_start <= position < self.body_end else None)
            if view is not None:
                lines = [f"<b>{color_label(view.color)}</b>"]
                if view.tags:
                    lines.append("#" + " #".join(view.tags))
                if view.note:
                    lines.append(view.note.replace("\n", "<br>"))
                QToolTip.showText(event.globalPos(), "<br>".join(lines), self)
            elif suggestion is not None:
                QToolTip.showText(event.globalPos(), suggestion_tooltip(self, suggestion), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """Copy/select plus highlight actions for the selection, or edit actions for the highlight under ``pos``."""
        return context_menu(self, pos)


def _dashed() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    fmt.setUnderlineColor(QColor("#e8590c"))
    return fmt
