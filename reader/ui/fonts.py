"""Fonts for Chinese reading: a fallback chain over the CJK families people actually have installed."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

# Serif (宋体-like) faces read best in long articles; sans faces follow so some CJK face always wins.
SERIF_CJK = ("Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN", "Songti SC", "SimSun")
SANS_CJK = (
    "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
    "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Heiti SC",
)  # fmt: skip
LATIN_SERIF = ("Source Serif 4", "Noto Serif", "Georgia", "DejaVu Serif", "Times New Roman")
LATIN_SANS = ("Noto Sans", "Source Sans 3", "Segoe UI", "Helvetica Neue", "DejaVu Sans", "Arial")


@lru_cache(maxsize=1)
def installed_families() -> frozenset[str]:
    return frozenset(QFontDatabase.families())


def available(families: tuple[str, ...] | list[str]) -> list[str]:
    """``families`` that are installed, in order."""
    have = installed_families()
    return [f for f in families if f in have]


def reading_families(*, preferred: str = "", serif: bool = True) -> list[str]:
    """The fallback chain for article text: the user's choice, then CJK serif/sans, then Latin."""
    chain = [preferred] if preferred else []
    cjk = SERIF_CJK + SANS_CJK if serif else SANS_CJK + SERIF_CJK
    latin = LATIN_SERIF if serif else LATIN_SANS
    # Latin first so digits and letters take a Latin face and CJK falls through to a CJK face.
    chain += available(latin)[:1] + available(cjk)
    return chain or ["serif"]


def reading_font(point_size: float, *, preferred: str = "", serif: bool = True) -> QFont:
    """A QFont whose family list falls back through the installed CJK faces."""
    font = QFont()
    families = reading_families(preferred=preferred, serif=serif)
    font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.Serif if serif else QFont.StyleHint.SansSerif)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def ui_font(point_size: float | None = None) -> QFont:
    """The interface font: the system's, with a CJK sans face behind it so Chinese labels never show boxes."""
    font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
    families = [font.family(), *available(SANS_CJK)]
    font.setFamilies(families)
    if point_size:
        font.setPointSizeF(point_size)
    return font


def has_cjk_font() -> bool:
    """Whether any CJK face is installed (without one Chinese renders as boxes)."""
    return bool(available(SERIF_CJK + SANS_CJK)) or bool(
        QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    )
