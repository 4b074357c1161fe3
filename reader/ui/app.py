"""Starting the desktop app: QApplication, icon, translations, theme, the window, and the first run."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QThreadPool, QTimer
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


class _AfterFirstPaint(QObject):
    """Runs ``action`` once, just after the window's first paint (or after ``fallback_ms`` without one)."""

    def __init__(self, window, action, *, fallback_ms: int = 400) -> None:
        super().__init__(window)
        self.action, self.fired = action, False
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self.fire)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.fired:
            QTimer.singleShot(0, self.fire)
        return False

    def fire(self) -> None:
        if not self.fired:
            self.fired = True
            self.action()


def start(*, db: str | None = None, settings: QSettings | None = None, show: bool = True):
    """Build and show the main window; the database is opened and read just after its first paint."""
    from reader.ui.i18n import install_translator
    from reader.ui.main_window import MainWindow
    from reader.ui.preferences import KEY_LANGUAGE, read_preferences

    app = create_application()
    settings = settings or make_settings()
    install_translator(app, str(read_preferences(settings)[KEY_LANGUAGE]))
    window = MainWindow(settings=settings)
    window.first_paint_hook = _AfterFirstPaint(window, lambda: first_load(window, db=db))
    if show:
        window.show()
    return window


def first_load(window, *, db: str | None = None) -> bool:
    """Open the library and fill the window; on a first run (empty library) import the sample issues."""
    from reader.library.db import connect

    try:
        connect(db)
        from reader.annotations.tags import ensure_builtin_tags

        ensure_builtin_tags()
    except ReaderError as exc:
        print(f"reader: error: {exc}", file=sys.stderr)
        QMessageBox.critical(window, "reader", str(exc))
        QCoreApplication.exit(2)
        return False
    window.library_ready = True
    if window.load_library():
        return True
    seeds = bundled_seeds()
    if not seeds:
        window.view.show_message(window.tr("The library is empty. Use File → Import… or drop newspaper text files here."))
        return True
    text = window.tr("First run: importing the %1 sample issues that come with reader…").replace("%1", str(len(seeds)))
    window.view.show_message(text)
    window.statusBar().showMessage(text)
    window.first_run = True
    window.imports.import_paths(seeds, label=window.tr("Importing sample issues"))
    return True


def run_app(db: str | None = None) -> int:
    """``reader`` with no command: run the desktop app until its window closes."""
    app = create_application()
    window = start(db=db)
    status = app.exec()
    # An import cancelled at quit finishes its current issue (one transaction) before Python exits.
    QThreadPool.globalInstance().waitForDone(60000)
    window.deleteLater()
    return status
