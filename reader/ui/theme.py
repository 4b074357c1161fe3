"""Light and dark themes: the palette for the whole app and the colours of the reading page."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reader.annotations.colors import color_hex

THEMES = ("light", "dark")


@dataclass(frozen=True)
class Theme:
    name: str
    page: str  # reading page background
    text: str
    muted: str  # kicker, byline, meta line
    heading: str
    link: str
    window: str
    base: str
    alt_base: str
    button: str
    selection: str
    selection_text: str
    find: str  # background of find-in-article matches
    highlight_mix: float  # how much of a highlight colour shows over the page (dark pages need less)


LIGHT = Theme(
    name="light", page="#fbfaf7", text="#1f1f1f", muted="#6b6b6b", heading="#111111", link="#1d5fb4",
    window="#efefef", base="#ffffff", alt_base="#f6f6f4", button="#f0f0f0", selection="#3d7bd9",
    selection_text="#ffffff", find="#ff9632", highlight_mix=1.0,
)  # fmt: skip
DARK = Theme(
    name="dark", page="#1e1f22", text="#dcdcdc", muted="#9a9a9a", heading="#f0f0f0", link="#79b0ff",
    window="#2b2d30", base="#232427", alt_base="#2a2b2e", button="#35373b", selection="#2f65b8",
    selection_text="#ffffff", find="#b86a1d", highlight_mix=0.42,
)  # fmt: skip


def get_theme(name: str) -> Theme:
    return DARK if name == "dark" else LIGHT


def highlight_color(color: str, theme: Theme) -> QColor:
    """A highlight's colour as painted on ``theme``'s page (blended down on dark pages to keep text legible)."""
    fg = QColor(color_hex(color))
    if theme.highlight_mix >= 1.0:
        return fg
    bg = QColor(theme.page)
    mix = theme.highlight_mix
    return QColor(
        round(fg.red() * mix + bg.red() * (1 - mix)),
        round(fg.green() * mix + bg.green() * (1 - mix)),
        round(fg.blue() * mix + bg.blue() * (1 - mix)),
    )


def palette(theme: Theme) -> QPalette:
    """The application palette for ``theme``."""
    pal = QPalette()
    roles = QPalette.ColorRole
    text = QColor(theme.text)
    for role, value in (
        (roles.Window, theme.window), (roles.WindowText, theme.text), (roles.Base, theme.base),
        (roles.AlternateBase, theme.alt_base), (roles.Text, theme.text), (roles.Button, theme.button),
        (roles.ButtonText, theme.text), (roles.Highlight, theme.selection),
        (roles.HighlightedText, theme.selection_text), (roles.Link, theme.link), (roles.ToolTipBase, theme.base),
        (roles.ToolTipText, theme.text), (roles.PlaceholderText, theme.muted), (roles.BrightText, "#ff5555"),
    ):  # fmt: skip
        pal.setColor(role, QColor(value))
    disabled = QColor(text)
    disabled.setAlpha(110)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


def apply_theme(app: QApplication, name: str) -> Theme:
    """Switch the whole app to ``name`` ("light" or "dark"); Fusion renders both palettes faithfully."""
    theme = get_theme(name)
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette(theme))
    app.setProperty("readerTheme", theme.name)
    return theme


def current_theme() -> Theme:
    app = QApplication.instance()
    name = app.property("readerTheme") if app is not None else None
    return get_theme(str(name or "light"))
