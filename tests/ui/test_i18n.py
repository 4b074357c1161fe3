"""Translations: the shipped .qm loads and turns the interface Chinese; English is the source language."""

from __future__ import annotations

import importlib.util
import re
import shutil

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


def test_strings_of_helpers_and_aliased_tr_translate_too(app):
    install_translator(app, "zh_CN")
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"  # main menus call tr = window.tr
    assert QCoreApplication.translate("undo", "Highlight") == "高亮"  # a module-level _tr() helper


def test_every_interface_string_is_translated(tmp_path):
    """Re-extract reader/ui's strings into a copy of the .ts: nothing may be left untranslated."""
    spec = importlib.util.spec_from_file_location("i18n_refresh", I18N_DIR / "refresh.py")
    refresh = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(refresh)
    copy = tmp_path / "reader_zh_CN.ts"
    shutil.copy(I18N_DIR / "reader_zh_CN.ts", copy)
    missing = refresh.refresh(copy)
    assert missing == 0, "run `uv run python resources/i18n/refresh.py` and translate the new strings"


def test_qt_own_strings_still_reach_qt_translations(app):
    install_translator(app, "zh_CN")
    # A string reader does not know must fall through to Qt's translation (or stay as it is).
    assert QCoreApplication.translate("QPlatformTheme", "Close") in ("关闭", "Close")
    assert QCoreApplication.translate("QPlatformTheme", "Close") != ""
    assert QCoreApplication.translate("NoSuchContext", "no such string") == "no such string"
