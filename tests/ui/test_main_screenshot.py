"""``reader screenshot`` renders the main window offscreen and writes a PNG of the requested size."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _reader(*args: str, db: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # the command sets it itself
    return subprocess.run([sys.executable, "-m", "reader", "--db", str(db), *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


def test_screenshot_writes_a_png_of_the_requested_size(tmp_path, populated, library):
    from reader.annotations.ops import create_annotation
    from reader.library.queries import issue_articles

    source = "001_7ec454db7f91fd16.txt"
    first = issue_articles(populated[source])[0]
    create_annotation(article_id=first.id, start=0, end=6, tags=["承诺"])
    out = tmp_path / "shot.png"
    done = _reader("screenshot", "--source", source, "--size", "900x600", "--theme", "dark", str(out),
                   db=Path(library.database))
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    # Not a blank image: the dark theme's page and text make many distinct colours.
    colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, 600, 7)}
    assert len(colours) > 20
    assert str(out) in done.stdout


def test_screenshot_refuses_an_unknown_issue(tmp_path, populated, library):
    done = _reader("screenshot", "--source", "nope.txt", str(tmp_path / "x.png"), db=Path(library.database))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == "reader: error: no issue 'nope.txt' in the library (see `reader issues`)"
    assert not (tmp_path / "x.png").exists()
