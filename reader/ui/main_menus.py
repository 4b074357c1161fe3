"""The main window's menus and shortcuts (File, Edit, View, Go, Tools, Help)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from reader.ui import panels


@dataclass
class Actions:
    """The actions tests and other code reach for by name."""

    by_name: dict[str, QAction] = field(default_factory=dict)

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]


def _action(window: Any, actions: Actions, name: str, text: str, slot, *, keys: Any = None,
            checkable: bool = False, tip: str = "") -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if keys is not None:
        if isinstance(keys, (list, tuple)):
            action.setShortcuts([QKeySequence(k) for k in keys])
        else:
            action.setShortcut(QKeySequence(keys))
    action.setCheckable(checkable)
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work even while the menu bar is hidden
    actions.by_name[name] = action
    return action


def build(window: Any) -> Actions:
    """Create every menu of ``window``; returns its actions by name."""
    tr = window.tr
    acts = Actions()
    bar = window.menuBar()
    Key = QKeySequence.StandardKey

    file = bar.addMenu(tr("&File"))
    file.addAction(_action(window, acts, "import_file", tr("&Import file…"), window.imports.choose_files, keys=Key.Open,
                           tip=tr("Import text files, one issue each (or drop them on the window)")))
    file.addAction(_action(window, acts, "import_folder", tr("Import &folder…"), window.imports.choose_folder,
                           keys="Ctrl+Shift+O", tip=tr("Import a folder whose text files are the pages of one issue")))
    file.addSeparator()
    export = _action(window, acts, "export", tr("&Export annotations…"), lambda: panels.open_export(window), keys="Ctrl+E")
    export.setEnabled(panels.available("export_dialog"))
    file.addAction(export)
    file.addSeparator()
    file.addAction(_action(window, acts, "quit", tr("&Quit"), window.close, keys=Key.Quit))

    edit = bar.addMenu(tr("&Edit"))
    undo = window.undo_stack.createUndoAction(window, tr("&Undo"))
    undo.setObjectName("undo")
    undo.setShortcut(Key.Undo)
    redo = window.undo_stack.createRedoAction(window, tr("&Redo"))
    redo.setObjectName("redo")
    redo.setShortcuts([QKeySequence(Key.Redo), QKeySequence("Ctrl+Shift+Z")])
    for action in (undo, redo):
        window.addAction(action)
        edit.addAction(action)
        acts.by_name[action.objectName()] = action
    edit.addSeparator()
    edit.addAction(_action(window, acts, "find", tr("&Find in article…"), window.find_bar.open_bar, keys=Key.Find))
    edit.addSeparator()
    prefs = _action(window, acts, "preferences", tr("&Preferences…"), lambda: panels.open_preferences(window),
                    keys=Key.Preferences if not QKeySequence(Key.Preferences).isEmpty() else "Ctrl+,")
    prefs.setEnabled(panels.available("preferences"))
    edit.addAction(prefs)

    view = bar.addMenu(tr("&View"))
    theme_menu = view.addMenu(tr("&Theme"))
    group = QActionGroup(window)
    for name, label in (("light", tr("&Light")), ("dark", tr("&Dark"))):
        action = _action(window, acts, f"theme_{name}", label, lambda _=False, n=name: window.set_theme(n), checkable=True)
        group.addAction(action)
        theme_menu.addAction(action)
    view.addAction(_action(window, acts, "zoom_in", tr("&Larger text"), lambda: window.zoom(1),
                           keys=["Ctrl+=", "Ctrl++", QKeySequence(Key.ZoomIn).toString()]))
    view.addAction(_action(window, acts, "zoom_out", tr("&Smaller text"), lambda: window.zoom(-1),
                           keys=["Ctrl+-", QKeySequence(Key.ZoomOut).toString()]))
    view.addSeparator()
    original = _action(window, acts, "show_original", tr("Show &original"), window.set_show_original,
                       keys="Ctrl+Shift+R", checkable=True, tip=tr("The text as imported beside the repaired article"))
    original.setEnabled(window.original is not None)
    view.addAction(original)
    suggestions = _action(window, acts, "show_suggestions", tr("Show suggested &commitments"),
                          window.set_show_suggestions, checkable=True,
                          tip=tr("Underline the targets the article commits to; right-click one to accept or reject it"))
    suggestions.setEnabled(panels.available("commitments_panel"))
    view.addAction(suggestions)
    view.addSeparator()
    library = _action(window, acts, "show_library", tr("&Library panel"), window.tree.setVisible, keys="Ctrl+1", checkable=True)
    library.setChecked(True)
    view.addAction(library)
    highlights = _action(window, acts, "show_highlights", tr("&Highlights panel"), window.panel.setVisible, keys="Ctrl+2",
                         checkable=True)
    highlights.setChecked(True)
    view.addAction(highlights)

    go = bar.addMenu(tr("&Go"))
    go.addAction(_action(window, acts, "next_article", tr("&Next article"), window.next_article,
                         keys=["Ctrl+PgDown", "Alt+Down", "]"]))
    go.addAction(_action(window, acts, "previous_article", tr("&Previous article"), window.previous_article,
                         keys=["Ctrl+PgUp", "Alt+Up", "["]))
    go.addAction(_action(window, acts, "back", tr("&Back"), window.go_back, keys=["Alt+Left"]))
    go.addSeparator()
    go.addAction(_action(window, acts, "focus_library", tr("Go to &library"), window.tree.setFocus, keys="Alt+L"))
    go.addAction(_action(window, acts, "focus_reader", tr("Go to &article text"), window.view.setFocus, keys="Alt+A"))
    go.addAction(_action(window, acts, "focus_highlights", tr("Go to &highlights"), window.panel.list.setFocus, keys="Alt+H"))

    tools = bar.addMenu(tr("&Tools"))
    tags = _action(window, acts, "tag_manager", tr("&Tag manager…"), lambda: panels.open_tag_manager(window), keys="Ctrl+T")
    tags.setEnabled(panels.available("tag_manager"))
    tools.addAction(tags)
    for name, dock, text, keys in (
        ("annotation_browser", window.browser_dock, tr("&Annotation browser"), "Ctrl+Shift+A"),
        ("search", window.search_dock, tr("&Search library"), "Ctrl+Shift+F"),
        ("commitments", window.commitments_dock, tr("&Commitments"), "Ctrl+Shift+C"),
    ):
        action = _action(window, acts, name, text, lambda _=False, d=dock: _raise_dock(window, d), keys=keys)
        action.setEnabled(dock is not None)
        tools.addAction(action)

    help_menu = bar.addMenu(tr("&Help"))
    shortcuts = _action(window, acts, "shortcuts", tr("&Keyboard shortcuts"), lambda: panels.open_help(window),
                        keys=Key.HelpContents)
    shortcuts.setEnabled(panels.available("help_dialog"))
    help_menu.addAction(shortcuts)
    help_menu.addAction(_action(window, acts, "about", tr("&About reader"), lambda: panels.show_about(window)))
    _toolbar(window, acts, view)
    window.menus = acts
    sync_checks(window)
    sync_navigation(window)
    return acts


def _toolbar(window: Any, acts: Actions, view_menu: Any) -> None:
    """The main toolbar: the actions a reader reaches for while reading, each with its shortcut in the tooltip."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtWidgets import QStyle, QToolBar

    bar = QToolBar(window.tr("Main toolbar"), window)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setIconSize(QSize(16, 16))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    style = window.style()
    icons = {
        "import_file": QStyle.StandardPixmap.SP_DialogOpenButton, "back": QStyle.StandardPixmap.SP_ArrowBack,
        "previous_article": QStyle.StandardPixmap.SP_ArrowUp, "next_article": QStyle.StandardPixmap.SP_ArrowDown,
    }  # fmt: skip
    short = {
        "import_file": window.tr("Import"), "back": window.tr("Back"), "previous_article": window.tr("Previous"),
        "next_article": window.tr("Next"), "zoom_out": "A−", "zoom_in": "A+", "show_original": window.tr("Original"),
        "search": window.tr("Search"), "annotation_browser": window.tr("Annotations"),
        "commitments": window.tr("Commitments"),
    }  # fmt: skip
    groups = (("import_file",), ("back", "previous_article", "next_article"), ("zoom_out", "zoom_in", "show_original"),
              ("search", "annotation_browser", "commitments"))
    for group in groups:
        if bar.actions():
            bar.addSeparator()
        for name in group:
            action = acts[name]
            if name in icons:
                action.setIcon(style.standardIcon(icons[name]))
            action.setIconText(short[name])
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text().replace('&', '')} ({keys})" if keys else action.text().replace("&", ""))
            bar.addAction(action)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    view_menu.addAction(bar.toggleViewAction())


def _raise_dock(window: Any, dock: Any) -> None:
    if dock is None:
        return
    dock.show()
    dock.raise_()
    widget = window.dock_widget(dock)
    if widget is None:
        return
    focus = getattr(widget, "focus_query", None)
    (focus or widget.setFocus)()


def sync_checks(window: Any) -> None:
    """Tick the current theme and Show original."""
    from reader.ui.preferences import KEY_THEME, read_preferences

    acts = getattr(window, "menus", None)
    if acts is None:
        return
    theme = str(read_preferences(window.settings)[KEY_THEME])
    acts[f"theme_{theme}"].setChecked(True)
    shown = window.original is not None and window.centre.currentWidget() is window.original
    acts["show_original"].setChecked(shown)
    acts["show_suggestions"].setChecked(window.marks.enabled())


def sync_navigation(window: Any) -> None:
    """Enable Next/Previous only where there is an article to go to."""
    acts = getattr(window, "menus", None)
    if acts is None:
        return
    article = window.article
    acts["next_article"].setEnabled(article is not None and article.next_id is not None)
    acts["previous_article"].setEnabled(article is not None and article.prev_id is not None)
    acts["back"].setEnabled(bool(window.history))
