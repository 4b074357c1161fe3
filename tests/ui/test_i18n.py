"""Translations: the shipped .qm loads and turns the interface Chinese; English is the source language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from reader.ui.i18n import I18N_DIR, install_translator, resolve_language, translation_file


@pytest.fixture
def app(qapp):
    yield qapp
    install_translator(qapp, "en")  # leave the other tests in English


def test_qm_translates_known_strings(app):
    assert translation_file("zh_CN").is_file()
    assert install_translator(app, "zh_CN") == "zh_CN"
    assert QCoreApplication.translate("SearchPanel", "Searching…") == "正在搜索…"
    assert QCoreApplication.translate("TagManagerDialog", "Tags: %n", "", 3) == "共 3 个标签"
    assert QCoreApplication.translate("HelpDialog", "About reader") == "关于 reader"


def test_widgets_built_after_switching_speak_chinese(qtbot, app, tmp_path):
    from reader.ui.preferences import PreferencesDialog

    install_translator(app, "zh")
    dialog = PreferencesDialog(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "首选项"
    assert dialog.theme.itemText(1) == "深色"


def test_english_removes_the_translation(app):
    install_translator(app, "zh_CN")
    assert install_translator(app, "en") == "en"
    assert QCoreApplication.translate("SearchPanel", "Searching…") == "Searching…"


def test_language_choice():
    assert resolve_language("zh_CN") == "zh_CN"
    assert resolve_language("zh-Hans") == "zh_CN"
    assert resolve_language("en") == "en"
    assert resolve_language(None) in ("zh_CN", "en")  # follows the system locale
    assert resolve_language("system") == resolve_language(None)


def test_ts_has_no_unfinished_entries():
    ts = (I18N_DIR / "reader_zh_CN.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    assert len(re.findall(r"<message", ts)) > 100
