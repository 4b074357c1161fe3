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


def test_screenshot_with_the_original_beside_the_text_exits_cleanly(tmp_path, library):
    # with one issue in the library it used to abort at exit, after writing the PNG (exit status 134,
    # "free(): invalid pointer")
    from main_fixtures import import_seeds

    import_seeds(["000_a9af73bd6b6a1bb2.txt"])
    out = tmp_path / "original.png"
    done = _reader("screenshot", "--source", "000_a9af73bd6b6a1bb2.txt", "--original", str(out), db=Path(library.database))
    assert done.returncode == 0, done.stderr
    assert QImage(str(out)).width() == 1400 and "invalid pointer" not in done.stderr


def test_screenshot_refuses_an_unknown_issue(tmp_path, populated, library):
    done = _reader("screenshot", "--source", "nope.txt", str(tmp_path / "x.png"), db=Path(library.database))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == "reader: error: no issue 'nope.txt' in the library (see `reader issues`)"
    assert not (tmp_path / "x.png").exists()


def test_screenshot_opens_the_article_with_the_most_highlights(populated, library):
    from reader.annotations.ops import create_annotation
    from reader.cli.screenshot_cmd import choose_article
    from reader.library.queries import issue_articles

    first_issue, second_issue = populated["000_a9af73bd6b6a1bb2.txt"], populated["001_7ec454db7f91fd16.txt"]
    assert choose_article(None) == issue_articles(first_issue)[0].id  # no highlights yet: the first article
    annotated = issue_articles(second_issue)[-1]
    for start in (0, 10):
        create_annotation(article_id=annotated.id, start=start, end=start + 4)
    assert choose_article(None) == annotated.id
    assert choose_article("000_a9af73bd6b6a1bb2") == issue_articles(first_issue)[0].id


def test_screenshot_scrolls_the_first_highlight_into_view(window, qtbot):
    from PySide6.QtGui import QTextCursor

    from reader.annotations.ops import create_annotation
    from reader.cli.screenshot_cmd import show_first_highlight
    from reader.library.queries import get_article, issue_articles, list_issues

    longest = max((a for i in list_issues() for a in issue_articles(i.id)),
                  key=lambda a: len(get_article(a.id).text))
    text = get_article(longest.id).text
    at = len(text) - 20
    made = create_annotation(article_id=longest.id, start=at, end=at + 6)
    window.resize(900, 500)
    window.open_article(longest.id)
    qtbot.wait(10)
    show_first_highlight(window)
    view = window.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.doc_position(at))
    assert view.viewport().rect().contains(view.cursorRect(cursor).center())
    assert window.panel.current_id() == made.id
