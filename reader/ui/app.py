"""Starting the desktop app: QApplication, icon, translations, theme, the window, and the first run."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.bundled import resources_dir, seed_paths
from reader.errors import ReaderError

ORGANISATION = APPLICATION = "reader"
RESOURCES = resources_dir()


def bundled_seeds() -> list[Path]:
    """The sample issues shipped with reader (``reader/_seeds`` when installed, ``seeds/`` in a checkout)."""
    return seed_paths()


def app_icon() -> QIcon:
    """The icon from resources/, or the same design painted when resources are not installed."""
    icon = QIcon()
    for name in ("icon.svg", "icon-256.png", "icon-64.png"):
        path = RESOURCES / name
        if path.exists():
            icon.addFile(str(path))
    if not icon.isNull():
        return icon
    pixmap = QPixmap(128, 128)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#b22222"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(8, 8, 112, 112, 20, 20)
    painter.setPen(QColor("#ffffff"))
    font = QFont()
    font.setPixelSize(72)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "读")
    painter.end()
    return QIcon(pixmap)


def make_settings() -> QSettings:
    """The user's settings (organisation and application "reader")."""
    return QSettings(ORGANISATION, APPLICATION)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists), named so QSettings finds the user's settings."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(list(sys.argv if argv is None else argv))
    app.setApplicationDisplayName("reader")
    app.setDesktopFileName("reader")
    app.setWindowIcon(app_icon())
    return app


def start(*, db: str | None = None, settings: QSettings | None = None, show: bool = True):
    """Open the library, install the translation, build and show the main window; loading follows the first paint."""
    from reader.library.db import connect
    from reader.ui.i18n import install_translator
    from reader.ui.main_window import MainWindow
    from reader.ui.preferences import KEY_LANGUAGE, read_preferences

    app = create_application()
    settings = settings or make_settings()
    connect(db)
    install_translator(app, str(read_preferences(settings)[KEY_LANGUAGE]))
    window = MainWindow(settings=settings)
    if show:
        window.show()
    # The library is read after the window is on screen, so start-up never waits on the database.
    QTimer.singleShot(0, lambda: first_load(window))
    return window


def first_load(window) -> None:
    """Fill the library; on a first run (empty library) import the bundled sample issues in the background."""
    from reader.annotations.tags import ensure_builtin_tags

    ensure_builtin_tags()
    if window.load_library():
        return
    seeds = bundled_seeds()
    if not seeds:
        window.view.show_message(window.tr("The library is empty. Use File → Import… or drop newspaper text files here."))
        return
    text = window.tr("First run: importing the %1 sample issues that come with reader…").replace("%1", str(len(seeds)))
    window.view.show_message(text)
    window.statusBar().showMessage(text)
    window.first_run = True
    window.imports.import_paths(seeds, label=window.tr("Importing sample issues"))


def run_app(db: str | None = None) -> int:
    """``reader`` with no command: run the desktop app until its window closes."""
    app = create_application()
    try:
        start(db=db)
    except ReaderError as exc:
        print(f"reader: error: {exc}", file=sys.stderr)
        QMessageBox.critical(None, "reader", str(exc))
        return 2
    return app.exec()
