"""The main window: library | reading view (or Show original) | highlights, with docks for search and more."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reader.changes import Changes
from reader.errors import ReaderError
from reader.ui import main_menus, panels
from reader.ui.annotate_controller import AnnotateController
from reader.ui.annotations_panel import AnnotationsPanel
from reader.ui.find_bar import FindBar
from reader.ui.hub import Hub
from reader.ui.import_controller import ImportController, dropped_paths
from reader.ui.library_tree import LibraryTree
from reader.ui.preferences import KEY_FONT_FAMILY, KEY_FONT_SIZE, KEY_THEME, read_preferences
from reader.ui.reading_view import ReadingView
from reader.ui.suggestion_marks import SuggestionMarks
from reader.ui.theme import apply_theme

KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_SPLITTER = "window/splitter"
KEY_LAST_ARTICLE = "reader/last_article"
KEY_SHOW_ORIGINAL = "view/show_original"


class MainWindow(QMainWindow):
    """Owns the hub, the undo stack and the panels; every panel redraws from ``hub.changed``."""

    def __init__(self, *, settings: QSettings, hub: Hub | None = None, restore: bool = True) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("reader")
        self.setAcceptDrops(True)
        self.settings = settings
        self.hub = hub or Hub(self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self.article: Any = None  # the ArticleView shown
        self._dock_factories: dict[str, Any] = {}
        self.first_run = False
        self.first_run_done = False  # the sample issues of a first run are in
        self.library_ready = False  # set once the database is open and the tree filled  # set while the sample issues of a first run are imported
        self.history: list[int] = []  # articles left by following a jump link (Alt+Left goes back)

        self.tree = LibraryTree()
        self.view = ReadingView()
        self.find_bar = FindBar(self.view)
        self.original = panels.original_view()
        self.panel = AnnotationsPanel()
        reading = QWidget()
        column = QVBoxLayout(reading)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view, 1)
        column.addWidget(self.find_bar)
        self.centre = QStackedWidget()
        self.centre.addWidget(reading)
        if self.original is not None:
            self.centre.addWidget(self.original)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for widget in (self.tree, self.centre, self.panel):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 760, 320])
        self.splitter.setChildrenCollapsible(True)
        self.setCentralWidget(self.splitter)

        self.stats = QLabel()
        self.stats.setObjectName("libraryStats")
        self.statusBar().addPermanentWidget(self.stats)
        self.imports = ImportController(self, self.hub, self.statusBar())
        self.annotate = AnnotateController(self, self.hub, self.undo_stack, self.view, self.panel)
        self.marks = SuggestionMarks(self)
        # Docks build their contents on first show: the commitments panel runs word segmentation and
        # the annotation browser reads every annotation, neither of which start-up should wait for.
        self.search_dock = self._dock("search_panel", self.tr("Search library"), "searchDock",
                                      Qt.DockWidgetArea.LeftDockWidgetArea, lambda: panels.search_panel(self.hub))
        self.browser_dock = self._dock("annotation_browser", self.tr("All annotations"), "browserDock",
                                       Qt.DockWidgetArea.BottomDockWidgetArea, lambda: panels.annotation_browser(self.hub))
        self.commitments_dock = self._dock("commitments_panel", self.tr("Commitments"), "commitmentsDock",
                                           Qt.DockWidgetArea.BottomDockWidgetArea,
                                           lambda: panels.commitments_panel(self.hub, self))
        if self.commitments_dock is not None:
            self.commitments_dock.visibilityChanged.connect(lambda _visible: self.marks.refresh())
        self.menus = main_menus.build(self)

        self.tree.articleActivated.connect(self.open_article)
        self.view.articleLinkActivated.connect(self.follow_link)
        self.view.annotationClicked.connect(self.panel.select)
        self.view.fontSizeChanged.connect(lambda size: self.settings.setValue(KEY_FONT_SIZE, size))
        self.panel.activated.connect(self.view.show_annotation)
        self.hub.changed.connect(self.on_changed)
        self.imports.done.connect(self._import_done)
        self.hub.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        if self.original is not None:
            self.original.overrideRequested.connect(self.annotate.manual_fix)
            self.original.articleChanged.connect(lambda article_id: self.open_article(article_id, sync_original=False))
        self.apply_preferences()
        self.view.show_message(self.tr("Opening the library…"))
        if restore:
            self.restore_state()

    def _dock(self, module: str, title: str, name: str, area: Qt.DockWidgetArea, factory) -> QDockWidget | None:
        """A dock whose widget ``factory()`` makes the first time it is shown (None when ``module`` is absent)."""
        if not panels.available(module):
            return None
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setProperty("built", False)
        dock.visibilityChanged.connect(lambda visible, d=dock, f=factory: visible and self._build_dock(d, f))
        self._dock_factories[name] = factory
        self.addDockWidget(area, dock)
        dock.hide()
        return dock

    def _build_dock(self, dock: QDockWidget, factory) -> None:
        if dock.property("built"):
            return
        dock.setProperty("built", True)
        widget = factory()
        if widget is None:
            return
        dock.setWidget(widget)
        panels.connect_open_signals(self, widget)
        if hasattr(widget, "suggestionsChanged"):
            widget.suggestionsChanged.connect(self.marks.from_panel)
        if self.article is not None and hasattr(widget, "set_issue"):
            widget.set_issue(self.article.issue_id)

    def set_show_suggestions(self, on: bool) -> None:
        """View → Show suggested commitments."""
        self.marks.set_enabled(on)

    def dock_widget(self, dock: QDockWidget | None) -> QWidget | None:
        """The dock's panel, built now if it was not yet."""
        if dock is None:
            return None
        self._build_dock(dock, self._dock_factories[dock.objectName()])
        return dock.widget()

    # -- preferences and state ------------------------------------------------------------------
    def apply_preferences(self) -> None:
        """Theme and reading font from QSettings (after Preferences or on start)."""
        values = read_preferences(self.settings)
        app = QApplication.instance()
        theme = apply_theme(app, str(values[KEY_THEME])) if app is not None else None
        if theme is not None:
            self.view.set_theme(theme)
        self.view.set_font(size=int(values[KEY_FONT_SIZE]), family=str(values[KEY_FONT_FAMILY]))
        if hasattr(self, "menus"):
            main_menus.sync_checks(self)

    def preferences_changed(self) -> None:
        """Preferences were applied: theme, font and (for new windows and menus) the language."""
        from reader.ui.i18n import install_translator
        from reader.ui.preferences import KEY_LANGUAGE

        app = QApplication.instance()
        if app is not None:
            install_translator(app, str(read_preferences(self.settings)[KEY_LANGUAGE]))
        self.apply_preferences()

    def set_theme(self, name: str) -> None:
        self.settings.setValue(KEY_THEME, name)
        self.apply_preferences()

    def zoom(self, step: int) -> None:
        self.view.zoom(step)

    def restore_state(self) -> None:
        geometry = self.settings.value(KEY_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)
        state = self.settings.value(KEY_STATE)
        if state is not None:
            self.restoreState(state)
        sizes = self.settings.value(KEY_SPLITTER)
        if sizes:
            self.splitter.setSizes([int(s) for s in sizes])

    def save_state(self) -> None:
        self.settings.setValue(KEY_GEOMETRY, self.saveGeometry())
        self.settings.setValue(KEY_STATE, self.saveState())
        self.settings.setValue(KEY_SPLITTER, self.splitter.sizes())
        if self.article is not None:
            self.settings.setValue(KEY_LAST_ARTICLE, self.article.id)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.imports.busy():
            self.imports.cancel()
        self.save_state()
        super().closeEvent(event)

    # -- library ---------------------------------------------------------------------------------
    def update_stats(self) -> None:
        issues = self.tree.issues
        self.stats.setText(self.tr("%1 issues · %2 articles · %3 highlights")
                           .replace("%1", str(len(issues))).replace("%2", str(sum(i.article_count for i in issues)))
                           .replace("%3", str(sum(i.annotation_count for i in issues))))

    def load_library(self) -> int:
        """Fill the library tree; reopen the last article (or the first one). Returns the issue count."""
        self.tree.reload()
        self.update_stats()
        last = self.settings.value(KEY_LAST_ARTICLE)
        for candidate in (last, self.tree.first_article()):
            if candidate in (None, ""):
                continue
            try:
                self.open_article(int(candidate))
                if _truthy(self.settings.value(KEY_SHOW_ORIGINAL)):
                    self.set_show_original(True)
                    main_menus.sync_checks(self)
                return len(self.tree.issues)
            except (ReaderError, ValueError, TypeError):
                continue  # the last article may have been re-repaired away
        return len(self.tree.issues)

    def open_article(self, article_id: int, *, select: tuple[int, int] | None = None, sync_original: bool = True) -> None:
        """Show an article, its highlights in the panel, and mark it in the tree."""
        from reader.library.queries import get_article

        article = get_article(article_id)
        self.article = article
        self.view.show_article(article, self._annotations(article.id))
        self.panel.set_annotations(self.view.annotations)
        self.tree.select_article(article.id, issue_id=article.issue_id)
        self.find_bar.refresh()
        self.setWindowTitle(f"{article.title} — {article.source} — reader")
        self.settings.setValue(KEY_LAST_ARTICLE, article.id)
        main_menus.sync_navigation(self)
        panel = self.commitments_dock.widget() if self.commitments_dock is not None else None
        if panel is not None and hasattr(panel, "set_issue") and getattr(panel, "issue_id", None) != article.issue_id:
            panel.set_issue(article.issue_id)
        if sync_original and self.original is not None and self.centre.currentWidget() is self.original:
            self.original.show_issue(article.issue_id, article.id)
        if select is not None:
            self.view.select_span(*select)
        self.marks.article_opened(article)

    def open_span(self, article_id: int, start: int, end: int) -> None:
        """From search or the annotation browser: open an article with ``start:end`` selected."""
        self.open_article(article_id, select=(start, end) if end > start else None)
        self.view.setFocus()

    def _annotations(self, article_id: int) -> list[Any]:
        from reader.annotations.ops import list_annotations

        return list_annotations(article_id=article_id)

    def next_article(self) -> None:
        if self.article is not None and self.article.next_id is not None:
            self.open_article(self.article.next_id)

    def previous_article(self) -> None:
        if self.article is not None and self.article.prev_id is not None:
            self.open_article(self.article.prev_id)

    def follow_link(self, article_id: int) -> None:
        if self.article is not None:
            self.history.append(self.article.id)
        self.open_article(article_id)

    def go_back(self) -> None:
        if self.history:
            self.open_article(self.history.pop())

    def on_changed(self, changes: Changes) -> None:
        """Redraw what ``changes`` says changed."""
        keep = self.article.id if self.article is not None else None
        if changes.issues or changes.annotations or changes.tags:
            self.tree.reload(keep_article=keep)
            self.update_stats()
        if keep is None:
            if changes.issues and self.tree.issues:
                first = self.tree.first_article()
                if first is not None:
                    self.open_article(first)
            return
        # An import or re-repair touching this article (or a manual fix) may have changed its text.
        if (changes.issues or changes.overrides) and (changes.overrides or keep in changes.articles
                                                       or not self._still_there(keep)):
            try:
                self.open_article(keep)
            except ReaderError:  # a re-repair took the article away: show its issue's first article
                self.article = None
                first = self.tree.first_article()
                if first is not None:
                    self.open_article(first)
                else:
                    self.view.clear_article()
                    self.panel.set_annotations([])
            return
        if changes.annotations or changes.tags:
            views = self._annotations(keep)
            self.view.set_annotations(views)
            self.panel.set_annotations(views)
        if (changes.commitments or changes.annotations) and self.marks.shown():
            self.marks.refresh()

    def _import_done(self, report: Any) -> None:
        """After the first run's import, say where the issues came from and how to add one's own."""
        if not self.first_run or not report.added:
            return
        self.first_run_done = True
        self.statusBar().showMessage(
            self.tr("Imported the %1 sample issues that come with reader. Add your own with File → Import… "
                    "or by dropping text files on the window.").replace("%1", str(len(report.added))), 30000)

    def _still_there(self, article_id: int) -> bool:
        from reader.library.queries import get_article

        try:
            get_article(article_id)
        except ReaderError:
            return False
        return True

    # -- show original --------------------------------------------------------------------------
    def set_show_original(self, on: bool) -> None:
        if self.original is None:
            return
        if on and self.article is not None:
            self.original.show_issue(self.article.issue_id, self.article.id)
        self.centre.setCurrentWidget(self.original if on else self.centre.widget(0))
        self.settings.setValue(KEY_SHOW_ORIGINAL, on)

    # -- drag and drop --------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.imports.import_paths(paths)


def _truthy(value: Any) -> bool:
    """QSettings hands booleans back as "true"/"false" from INI files."""
    return value is True or str(value).lower() in ("true", "1")
