"""UI test isolation: settings in a temporary folder, no background work outliving its test."""

from __future__ import annotations

import pytest


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
