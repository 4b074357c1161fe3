"""Preferences dialog: shows what QSettings holds, writes the four keys, announces the change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from reader.ui.preferences import (
    KEY_FONT_FAMILY,
    KEY_FONT_SIZE,
    KEY_LANGUAGE,
    KEY_THEME,
    PreferencesDialog,
    read_preferences,
)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "reader.ini"), QSettings.Format.IniFormat)


def test_defaults_on_first_run(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.values() == {KEY_LANGUAGE: "system", KEY_THEME: "light", KEY_FONT_SIZE: 18, KEY_FONT_FAMILY: ""}


def test_ok_writes_every_key_and_emits_changed(qtbot, settings, tmp_path):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_size.setValue(24)
    family = dialog.font_family.itemData(dialog.font_family.count() - 1)
    dialog.font_family.setCurrentIndex(dialog.font_family.count() - 1)
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    reread = QSettings(str(tmp_path / "reader.ini"), QSettings.Format.IniFormat)
    assert read_preferences(reread) == {KEY_LANGUAGE: "zh_CN", KEY_THEME: "dark", KEY_FONT_SIZE: 24, KEY_FONT_FAMILY: family}
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted


def test_cancel_leaves_settings_alone(qtbot, settings):
    settings.setValue(KEY_THEME, "dark")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.theme.currentData() == "dark"
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    with qtbot.assertNotEmitted(dialog.changed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert settings.value(KEY_THEME) == "dark"


def test_stored_values_are_shown_and_bad_ones_repaired(qtbot, settings):
    settings.setValue(KEY_LANGUAGE, "en")
    settings.setValue(KEY_FONT_SIZE, "999")  # hand-edited ini files come back as strings
    settings.setValue(KEY_FONT_FAMILY, "A Font Not Installed")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "en"
    assert dialog.font_size.value() == 40
    assert dialog.font_family.currentData() == "A Font Not Installed"


def test_restore_defaults_then_apply(qtbot, settings):
    settings.setValue(KEY_THEME, "dark")
    settings.setValue(KEY_FONT_SIZE, 30)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert settings.value(KEY_THEME) == "light"
    assert int(settings.value(KEY_FONT_SIZE)) == 18
