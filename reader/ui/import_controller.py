"""Importing from the window: file/folder choosers, drag and drop, a background job with progress and Cancel."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QObject, QUrl, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from reader.ui.worker import Job, import_job


def dropped_paths(mime: QMimeData) -> list[str]:
    """Local files and folders among dropped URLs (web links and other data are ignored)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if isinstance(url, QUrl) and url.isLocalFile()]


def import_summary(report: Any, *, tr=lambda s: s) -> str:
    """One status-bar line for an ImportReport."""
    parts = [tr("%1 imported").replace("%1", str(len(report.added)))]
    skipped = [r for r in report.skipped if r.reason != "cancelled"]
    cancelled = len(report.skipped) - len(skipped)
    if skipped:
        parts.append(tr("%1 already in the library").replace("%1", str(len(skipped))))
    if cancelled:
        parts.append(tr("%1 cancelled").replace("%1", str(cancelled)))
    if report.failed:
        parts.append(tr("%1 failed: %2").replace("%1", str(len(report.failed))).replace("%2", report.failed[0].reason))
    return ", ".join(parts)


class ImportProgress(QWidget):
    """The status bar's progress bar and Cancel button while an import runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("cancelImport")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.hide()


class ImportController(QObject):
    """Runs one import at a time; further requests queue behind it. ``done(report)`` after each."""

    done = Signal(object)  # ImportReport

    def __init__(self, window: QWidget, hub: Any, status: QStatusBar) -> None:
        super().__init__(window)
        self.window, self.hub, self.status = window, hub, status
        self.progress = ImportProgress()
        self.progress.cancel.clicked.connect(self.cancel)
        status.addPermanentWidget(self.progress)
        self.job: Job | None = None
        self.queue: list[list[str]] = []
        self.last_report: Any = None

    def busy(self) -> bool:
        return self.job is not None

    def import_paths(self, paths: Sequence[str | Path], *, label: str = "") -> None:
        """Import ``paths`` (each one issue) in the background."""
        items = [str(p) for p in paths]
        if not items:
            return
        if self.job is not None:
            self.queue.append(items)
            self.status.showMessage(self.tr("Import queued (%1 items)").replace("%1", str(len(items))), 4000)
            return
        self.job = import_job(items, parent=self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.progress.label.setText(label or self.tr("Importing…"))
        self.progress.bar.setRange(0, len(items))
        self.progress.bar.setValue(0)
        self.progress.cancel.setEnabled(True)
        self.progress.show()
        self.job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.progress.cancel.setEnabled(False)
            self.progress.label.setText(self.tr("Cancelling after this issue…"))

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import newspaper text files"), "", self.tr("Text files (*.txt *.md);;All files (*)")
        )
        self.import_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import a folder (one issue, its files are pages)"))
        if folder:
            self.import_paths([folder])

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.bar.setRange(0, max(total, 1))
        self.progress.bar.setValue(done)
        if name:
            self.progress.bar.setFormat(f"{done}/{total}")
            self.progress.label.setText(self.tr("Importing %1").replace("%1", name))

    def _finished(self, report: Any) -> None:
        self.last_report = report
        self.hub.publish(report.changes)
        self.status.showMessage(import_summary(report, tr=self.tr), 15000)
        self._next()
        self.done.emit(report)

    def _failed(self, message: str) -> None:
        self.status.showMessage(self.tr("Import failed: %1").replace("%1", message), 15000)
        self._next()

    def _next(self) -> None:
        self.job = None
        self.progress.hide()
        if self.queue:
            self.import_paths(self.queue.pop(0))
