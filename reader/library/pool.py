"""Repairing a long batch of issues in worker processes while this process writes them in order.

Repair and segmentation are pure CPU work on plain values, so they move to other processes;
the database is touched only by the importing process. Workers are forked (no re-import of the
program), and only where forking is safe: not on platforms without ``fork`` and not inside the Qt
app (forking a process with running threads can deadlock), where the batch runs in-process.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

MIN_BATCH = 12  # below this, starting workers costs more than it saves
MAX_WORKERS = 3  # each worker holds jieba's dictionary and the repair engine (~120 MB)


def worker_count(batch: int) -> int:
    """How many worker processes suit a batch of ``batch`` issues here ($READER_IMPORT_WORKERS wins)."""
    forced = os.environ.get("READER_IMPORT_WORKERS", "").strip()
    if forced.isdigit():
        return int(forced)
    if batch < MIN_BATCH or "PySide6" in sys.modules or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(MAX_WORKERS, (os.cpu_count() or 1)))


def _follow_parent(parent: int) -> None:
    """Exit when the importing process is gone (killed mid-import), instead of lingering."""
    while os.getppid() == parent:
        time.sleep(0.2)
    os._exit(1)


def _warm(parent: int) -> None:
    from reader.library import segment

    threading.Thread(target=_follow_parent, args=(parent,), daemon=True).start()
    segment.jieba_module()


def _work(pages: list, overrides: list) -> tuple[Any, str]:
    from reader.library.importer import prepare_plan

    return prepare_plan(pages, overrides)


class RepairPool:
    """``submit`` work, then ``result`` it in submission order; in-process when ``workers`` <= 1."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor: ProcessPoolExecutor | None = None
        if workers > 1:
            context = multiprocessing.get_context("fork")
            self.executor = ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=_warm, initargs=(os.getpid(),)
            )

    @property
    def depth(self) -> int:
        """How many issues may be in flight before the oldest is written."""
        return 2 * self.workers if self.executor else 0

    def submit(self, pages: list, overrides: list) -> Any:
        if self.executor is None:
            return (pages, overrides)
        return self.executor.submit(_work, pages, overrides)

    def result(self, pending: Any) -> tuple[Any, str]:
        if isinstance(pending, Future):
            return pending.result()
        return _work(*pending)

    def cancel(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

    def __enter__(self) -> RepairPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()
