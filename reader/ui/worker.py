"""Running core calls off the GUI thread, adapting the core's plain progress callback to signals."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.errors import ReaderError


class Job(QObject):
    """One background call: ``progress(done, total, name)``, then ``finished(result)`` or ``failed(message)``."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, call: Callable[[Job], Any], *, label: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.call, self.label = call, label
        self._cancel = threading.Event()
        self.running = False
        self.finished.connect(self._stop)
        self.failed.connect(self._stop)

    def start(self, pool: QThreadPool | None = None) -> Job:
        """Run in the pool; connect to the signals before calling this so no result is missed."""
        self.running = True
        (pool or QThreadPool.globalInstance()).start(_Runnable(self, self.call))
        return self

    def cancel(self) -> None:
        """Ask the core to stop at its next check (between issues for an import)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, name: str) -> None:
        """The plain callback handed to the core; safe from any thread (signals are queued)."""
        self.progress.emit(done, total, name)

    def _stop(self, _value: object) -> None:
        self.running = False


class _Runnable(QRunnable):
    def __init__(self, job: Job, call: Callable[[Job], Any]) -> None:
        super().__init__()
        self.job, self.call = job, call
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.call(self.job)
        except ReaderError as exc:
            self.job.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 — a background fault must reach the user, not vanish
            traceback.print_exc()
            self.job.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.job.finished.emit(result)
        finally:
            _close_thread_connection()


def _close_thread_connection() -> None:
    """peewee keeps one connection per thread; pool threads must not leak theirs."""
    from reader.library.models import database

    if database.obj is not None and not database.is_closed():
        database.close()


def import_job(paths: list[str], *, replace: bool = False, parent: QObject | None = None) -> Job:
    """A job importing ``paths`` (one issue each); ``finished`` carries the ImportReport. Call ``start()``."""

    def call(job: Job) -> Any:
        from reader.library.importer import import_paths

        return import_paths(paths, replace=replace, progress=job.report, cancelled=job.is_cancelled)

    return Job(call, label="import", parent=parent)
