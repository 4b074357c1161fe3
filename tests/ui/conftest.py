"""UI test isolation: settings in a temporary folder, no background work outliving its test."""

from __future__ import annotations

import pytest
from main_fixtures import TWO_SEEDS, import_seeds, make_window


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    """Every QSettings a test makes (even ``QSettings("reader", "reader")``) lands in ``tmp_path``."""
    from PySide6.QtCore import QSettings, QThreadPool

    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(folder / "system"))
    yield folder
    # A background import still running would write into the next test's database.
    QThreadPool.globalInstance().waitForDone(30000)


@pytest.fixture
def populated(library) -> dict[str, int]:
    """Two seed issues in the library: source name -> issue id."""
    return import_seeds(TWO_SEEDS)


@pytest.fixture
def window(qtbot, tmp_path, populated):
    """The main window over the two-issue library, first article open."""
    win = make_window(qtbot, tmp_path)
    win.load_library()
    assert win.article is not None
    yield win
    win.close()
