"""The five highlight colours and how a user may name them."""

from __future__ import annotations

import re

from reader.errors import ReaderError

# In the order of the app's keys 1–5.
COLORS: dict[str, str] = {
    "yellow": "#ffe066",
    "green": "#b2f2bb",
    "blue": "#a5d8ff",
    "pink": "#fcc2d7",
    "purple": "#d0bfff",
}

_HEX = re.compile(r"#[0-9a-fA-F]{6}")


def resolve_color(value: str, *, allow_hex: bool = False) -> str:
    """A colour name (or its key 1–5; a ``#rrggbb`` value where allowed) → the stored value."""
    text = value.strip().lower()
    if text in COLORS:
        return text
    if text.isdigit() and 1 <= int(text) <= len(COLORS):
        return list(COLORS)[int(text) - 1]
    if allow_hex and _HEX.fullmatch(text):
        return text
    choices = ", ".join(COLORS) + (" or #rrggbb" if allow_hex else "")
    raise ReaderError(f"unknown colour {value!r}: choose one of {choices}")


def color_hex(value: str) -> str:
    """The hex value to paint ``value`` (a colour name or ``#rrggbb``) with."""
    return COLORS.get(value, value if _HEX.fullmatch(value or "") else COLORS["yellow"])
