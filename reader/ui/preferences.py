"""Preferences: interface language, theme and the reading view's font, kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

# QSettings keys shared with the main window and the reading view.
KEY_LANGUAGE = "ui/language"
KEY_THEME = "ui/theme"
KEY_FONT_SIZE = "reader/font_size"
KEY_FONT_FAMILY = "reader/font_family"

DEFAULTS: dict[str, object] = {KEY_LANGUAGE: "system", KEY_THEME: "light", KEY_FONT_SIZE: 18, KEY_FONT_FAMILY: ""}
FONT_SIZE_RANGE = (10, 40)


def read_preferences(settings: QSettings) -> dict[str, object]:
    """The four preferences with defaults filled in and types fixed (QSettings returns strings on some platforms)."""
    values = {key: settings.value(key, default) for key, default in DEFAULTS.items()}
    try:
        size = int(values[KEY_FONT_SIZE])  # type: ignore[arg-type]
    except (TypeError, ValueError):
        size = int(DEFAULTS[KEY_FONT_SIZE])  # type: ignore[arg-type]
    values[KEY_FONT_SIZE] = min(max(size, FONT_SIZE_RANGE[0]), FONT_SIZE_RANGE[1])
    values[KEY_LANGUAGE] = str(values[KEY_LANGUAGE] or "system")
    values[KEY_THEME] = "dark" if str(values[KEY_THEME]) == "dark" else "light"
    values[KEY_FONT_FAMILY] = str(values[KEY_FONT_FAMILY] or "")
    return values


class PreferencesDialog(QDialog):
    """Edits the preferences; writes them on OK or Apply and then emits ``changed``."""

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferencesDialog")

        self.language = QComboBox()
        self.language.addItem(self.tr("System default"), "system")
        # Language names are shown in their own language so a user can always find theirs.
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")

        self.theme = QComboBox()
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")

        self.font_size = QSpinBox()
        self.font_size.setRange(*FONT_SIZE_RANGE)
        self.font_size.setSuffix(self.tr(" pt"))

        self.font_family = QComboBox()
        self.font_family.addItem(self.tr("Default (Noto / Source Han / system CJK font)"), "")
        families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
        for family in sorted(set(families)):
            self.font_family.addItem(family, family)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("Reading font &size:"), self.font_size)
        form.addRow(self.tr("Reading &font:"), self.font_family)
        note = QLabel(self.tr("A new language applies to windows opened from now on; restart reader to apply it everywhere."))
        note.setWordWrap(True)
        note.setEnabled(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._load(read_preferences(settings))

    def _load(self, values: dict[str, object]) -> None:
        _select_data(self.language, values[KEY_LANGUAGE], fallback="system")
        _select_data(self.theme, values[KEY_THEME], fallback="light")
        self.font_size.setValue(int(values[KEY_FONT_SIZE]))  # type: ignore[arg-type]
        family = str(values[KEY_FONT_FAMILY])
        if family and self.font_family.findData(family) < 0:
            self.font_family.addItem(family, family)  # a font that is not installed here stays chosen
        _select_data(self.font_family, family, fallback="")

    def values(self) -> dict[str, object]:
        """What the dialog currently shows, keyed by QSettings key."""
        return {
            KEY_LANGUAGE: self.language.currentData(),
            KEY_THEME: self.theme.currentData(),
            KEY_FONT_SIZE: self.font_size.value(),
            KEY_FONT_FAMILY: self.font_family.currentData(),
        }

    def apply(self) -> None:
        """Write the shown values and tell the app."""
        for key, value in self.values().items():
            self.settings.setValue(key, value)
        self.settings.sync()
        self.changed.emit()

    def restore_defaults(self) -> None:
        self._load(dict(DEFAULTS))

    def accept(self) -> None:
        self.apply()
        super().accept()


def _select_data(combo: QComboBox, data: object, *, fallback: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index if index >= 0 else max(combo.findData(fallback), 0))
