"""Start-up of the desktop app against a bare PySide6 window, as whole processes.

    uv run python benchmarks/bench_startup.py [--runs 7] [--db FILE]

Each run launches a fresh Python process and measures, from launch, the first paint of its main
window. For reader it also measures when the last-read article is on screen. Without ``--db`` a
library holding the bundled sample issues is made in a temporary folder first (not timed).
Goal: reader's first paint within 3× the bare window's.
Runs offscreen unless a display is set (``QT_QPA_PLATFORM`` is honoured). Both kinds of process
cache their bytecode in a temporary folder, as Python does on a user's machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL = 3.0

_PAINT_PROBE = """
from PySide6.QtCore import QEvent, QObject, QTimer
class _Probe(QObject):
    def __init__(self, on_paint):
        super().__init__()
        self.on_paint, self.done = on_paint, False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.on_paint)
        return False
"""

BARE = _PAINT_PROBE + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 800)
def painted():
    print("PAINT", flush=True)
    app.quit()
probe = _Probe(painted)
window.installEventFilter(probe)
window.show()
app.exec()
"""

READER = _PAINT_PROBE + """
import sys
from PySide6.QtCore import QSettings, QTimer
from reader.ui.app import create_application, start
app = create_application()
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = start(db=sys.argv[1], settings=settings, show=False)
def ready():
    if window.article is not None:
        print("ARTICLE", flush=True)
        app.quit()
    else:
        QTimer.singleShot(5, ready)
def painted():
    print("PAINT", flush=True)
    ready()
probe = _Probe(painted)
window.installEventFilter(probe)
window.resize(1200, 800)
window.show()
app.exec()
"""


def run_once(code: str, *args: str, cache: str) -> dict[str, float]:
    """Launch ``python -c code args`` and time each marker line from the launch."""
    env = dict(os.environ)
    # Bytecode is cached (in a private folder) as on a user's machine; compiling every module on
    # every start would measure the compiler, not the app.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = cache
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    began = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=env, cwd=ROOT)
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        marks[line.strip()] = (time.perf_counter() - began) * 1000
    proc.wait(timeout=120)
    if proc.returncode != 0 or "PAINT" not in marks:
        raise SystemExit(f"bench_startup: a run failed (status {proc.returncode}, marks {marks})")
    return marks


def make_library(path: Path) -> None:
    from reader.bundled import seed_paths
    from reader.library.db import connect
    from reader.library.importer import import_paths

    db = connect(path)
    report = import_paths(seed_paths())
    db.close()
    if report.failed:
        raise SystemExit(f"bench_startup: cannot build the library: {report.failed[0].reason}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="library to open (default: the sample issues in a temp folder)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "library.sqlite3"
        if args.db is None:
            make_library(db)
        settings = str(Path(tmp) / "settings.ini")
        cache = str(Path(tmp) / "pycache")
        run_once(BARE, cache=cache)  # warm the file and bytecode caches for both
        run_once(READER, str(db), settings, cache=cache)
        bare, paint, article = [], [], []
        for _ in range(args.runs):
            bare.append(run_once(BARE, cache=cache)["PAINT"])
            marks = run_once(READER, str(db), settings, cache=cache)
            paint.append(marks["PAINT"])
            article.append(marks.get("ARTICLE", float("nan")))
    b, p, a = statistics.median(bare), statistics.median(paint), statistics.median(article)
    print(f"runs: {args.runs} each, platform: {os.environ.get('QT_QPA_PLATFORM') or 'default'}")
    print(f"bare PySide6 window, first paint: median {b:7.1f} ms  (min {min(bare):.1f})")
    print(f"reader, first paint:              median {p:7.1f} ms  (min {min(paint):.1f})  = {p / b:.2f}x bare")
    print(f"reader, last article on screen:   median {a:7.1f} ms  (min {min(article):.1f})  = {a / b:.2f}x bare")
    verdict = "meets" if p / b <= GOAL else "MISSES"
    print(f"goal: first paint <= {GOAL:.0f}x bare -> {verdict}")
    return 0 if p / b <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
