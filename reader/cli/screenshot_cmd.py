"""``reader screenshot``: render the main window offscreen with an issue open and save it as a PNG."""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
import tempfile
from pathlib import Path

from reader.errors import ReaderError

_SIZE = re.compile(r"(\d{2,5})[xX×](\d{2,5})")


def _size(text: str) -> tuple[int, int]:
    match = _SIZE.fullmatch(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"size {text!r} is not WIDTHxHEIGHT (e.g. 1400x900)")
    width, height = int(match.group(1)), int(match.group(2))
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"size {text!r} is outside 320x240 … 8000x8000")
    return width, height


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "screenshot",
        help="save a PNG of the app with an issue open",
        description="Render the main window offscreen with an issue open (its highlights visible) and save a PNG.",
    )
    parser.add_argument("out", metavar="OUT.png", help="where to write the PNG")
    parser.add_argument("--source", metavar="NAME",
                        help="issue to open, by source name (default: the issue with the most highlights, else the first)")
    parser.add_argument("--article", metavar="ID", type=int,
                        help="article to open (default: the issue's article with the most highlights, else its first)")
    parser.add_argument("--size", metavar="WxH", type=_size, default=(1400, 900), help="window size (default 1400x900)")
    parser.add_argument("--theme", choices=("light", "dark"), default="light", help="colour theme (default light)")
    parser.add_argument("--lang", choices=("en", "zh_CN"), default="en", help="interface language (default en)")
    parser.add_argument("--original", action="store_true", help="show the original beside the repaired text")
    parser.add_argument("--panel", choices=("search", "annotations", "commitments"),
                        help="also open this panel (search: with the article's title as the query)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Offscreen before Qt is imported anywhere: the command must work without a display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    out = Path(args.out)
    if out.suffix.lower() != ".png":
        raise ReaderError(f"{out}: the screenshot is a PNG; name the file *.png")
    if not out.parent.exists():
        raise ReaderError(f"{out.parent}: no such folder")

    from reader.annotations.tags import ensure_builtin_tags
    from reader.library.db import connect
    from reader.library.queries import get_article, list_issues

    connect(args.db)
    ensure_builtin_tags()
    if not list_issues():
        from reader.library.importer import import_paths
        from reader.ui.app import bundled_seeds

        print("reader: the library is empty; importing the bundled sample issues first", file=sys.stderr)
        import_paths(bundled_seeds())
    article_id = get_article(args.article).id if args.article is not None else choose_article(args.source)
    return _render(out, article_id=article_id, size=args.size, theme=args.theme, lang=args.lang,
                   original=args.original, panel=args.panel)


def choose_article(source: str | None) -> int:
    """The article to show: the one with the most highlights in the issue ``source`` (or, without one, in the
    issue with the most highlights), else that issue's first article."""
    from reader.library.queries import issue_articles, list_issues

    issues = list_issues()
    if source:
        issue_id = _issue_named(source)
    else:  # max() keeps the first on ties, so a library without highlights shows its first issue
        issue_id = max(issues, key=lambda i: i.annotation_count).id if issues else None
    if issue_id is None:
        raise ReaderError(f"no issue {source!r} in the library (see `reader issues`)")
    articles = issue_articles(issue_id)
    if not articles:
        raise ReaderError(f"issue {issue_id} has no articles to show")
    return max(articles, key=lambda a: a.annotation_count).id


def _issue_named(name: str) -> int | None:
    """An issue by its source name, with or without the file extension."""
    from reader.annotations.ops import issues_named
    from reader.library.queries import find_issue_by_source

    found = find_issue_by_source(name)
    if found is None:
        named = issues_named(name)
        found = named[0].id if named else None
    return found


def _render(out: Path, *, article_id: int, size: tuple[int, int], theme: str, lang: str, original: bool = False,
            panel: str | None = None) -> int:
    from PySide6.QtCore import QSettings

    from reader.ui.app import create_application
    from reader.ui.i18n import install_translator
    from reader.ui.main_window import MainWindow
    from reader.ui.preferences import KEY_LANGUAGE, KEY_THEME

    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def quiet(mode, context, message):  # the offscreen plugin warns about window hints it ignores
        if "propagateSizeHints" not in message and previous is not None:
            previous(mode, context, message)
        elif "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(quiet)
    app = create_application(["reader"])
    with tempfile.TemporaryDirectory() as tmp:
        # A throwaway settings file: a screenshot must not change the user's window state.
        settings = QSettings(str(Path(tmp) / "screenshot.ini"), QSettings.Format.IniFormat)
        settings.setValue(KEY_THEME, theme)
        settings.setValue(KEY_LANGUAGE, lang)
        install_translator(app, lang)
        window = MainWindow(settings=settings, restore=False)
        window.resize(*size)
        window.show()
        window.tree.reload()
        window.update_stats()
        window.open_article(article_id)
        if original:
            window.menus["show_original"].trigger()
        if panel:
            _open_panel(window, panel)
        app.processEvents()
        window.resize(*size)  # offscreen windows may adopt their size hint on show
        for _ in range(3):
            app.processEvents()
        show_first_highlight(window)
        for _ in range(3):
            app.processEvents()
        image = window.grab().toImage()
        if image.width() != size[0] or image.height() != size[1]:
            from PySide6.QtCore import Qt

            image = image.scaled(size[0], size[1], Qt.AspectRatioMode.IgnoreAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        if not image.save(str(out), "PNG"):
            raise ReaderError(f"{out}: cannot write the PNG")
        window.close()
        # Collect the Python garbage now, while the application exists. Left to the interpreter's last
        # collection, with the original view shown, a wrapper is freed after the Qt object it points at
        # and the process aborts once the PNG is written (status 134, "free(): invalid pointer").
        gc.collect()
    print(f"{out}: {size[0]}x{size[1]} PNG, article {article_id}")
    return 0


def show_first_highlight(window) -> None:
    """Scroll the article so its first highlight sits in view, and select it in the highlights panel."""
    placed = [a for a in window.view.annotations if a.start is not None and not a.orphan]
    if not placed:
        return
    first = min(placed, key=lambda a: a.start)
    window.view.scroll_to(first.start)
    window.panel.select(first.id)


def _open_panel(window, panel: str) -> None:
    """Show a dock as the user would from the Tools menu; wait for a search to finish."""
    name = {"search": "search", "annotations": "annotation_browser", "commitments": "commitments"}[panel]
    action = window.menus[name]
    if not action.isEnabled():
        raise ReaderError(f"the {panel} panel is not available in this installation")
    action.trigger()
    widget = window.dock_widget({"search": window.search_dock, "annotations": window.browser_dock,
                                 "commitments": window.commitments_dock}[panel])
    if panel == "search" and widget is not None and window.article is not None:
        widget.set_query(window.article.title[:6])
        widget.run_search()
        if hasattr(widget, "wait_idle"):
            widget.wait_idle(20000)
