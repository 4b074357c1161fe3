"""Refresh resources/i18n/*.ts from reader/ui and compile the .qm files.

    uv run python resources/i18n/refresh.py          # update the .ts, keep translations, build the .qm

Besides running pyside6-lupdate this folds strings that lupdate files under a made-up context
(``tr = window.tr; tr("…")`` lands in "", ``panel.tr("…")`` in "panel") and strings passed to
one-line ``_tr("…")`` helpers (lupdate does not see those) into the empty context, which
reader.ui.i18n searches when a string is not found under its class's own context. A string
translated before keeps its translation wherever lupdate now files it.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
UI = ROOT / "reader" / "ui"
# Words the app translates from data (``_tr(color)``, ``_tr(override.op)``, colour labels): no literal to find.
DATA_WORDS = (
    "yellow", "green", "blue", "pink", "purple", "Yellow", "Green", "Blue", "Pink", "Purple",
    "split", "join", "unjoin", "move",
)  # fmt: skip
HELPER_CALL = re.compile(r"""\b_tr\(\s*(["'])((?:\\.|(?!\1).)*)\1\s*\)""")


def _tool(name: str) -> str:
    """The PySide6 tool beside this Python (works without the venv on PATH)."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def _is_class_context(name: str) -> bool:
    return bool(name) and name[0].isupper() and "." not in name


def _translations(root: ET.Element) -> dict[str, ET.Element]:
    found: dict[str, ET.Element] = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete"):
            found.setdefault(message.findtext("source", ""), translation)
    return found


def _helper_strings() -> dict[str, str]:
    """Literal arguments of ``_tr("…")`` helpers, with the file they came from."""
    found: dict[str, str] = {}
    for path in sorted(UI.glob("*.py")):
        for match in HELPER_CALL.finditer(path.read_text(encoding="utf-8")):
            text = match.group(2).encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
            found.setdefault(text, path.name)
    for word in DATA_WORDS:
        found.setdefault(word, "undo.py")
    return found


def refresh(ts: Path) -> int:
    """Update ``ts``; returns how many messages still need a translation."""
    before = _translations(ET.parse(ts).getroot()) if ts.exists() else {}
    sources = [str(p.relative_to(ROOT)) for p in sorted(UI.glob("*.py"))]
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(ts.resolve()), "-no-obsolete"], cwd=ROOT, check=True, capture_output=True
    )
    tree = ET.parse(ts)
    root = tree.getroot()
    shared = next((c for c in root.findall("context") if c.findtext("name", "") == ""), None)
    if shared is None:
        shared = ET.SubElement(root, "context")
        ET.SubElement(shared, "name").text = ""
    shared_sources = {m.findtext("source", "") for m in shared.findall("message")}
    for context in list(root.findall("context")):
        if context is shared or _is_class_context(context.findtext("name", "")):
            continue
        for message in context.findall("message"):
            if message.findtext("source", "") not in shared_sources:
                shared.append(message)
                shared_sources.add(message.findtext("source", ""))
        root.remove(context)
    for text, filename in _helper_strings().items():
        if text not in shared_sources:
            message = ET.SubElement(shared, "message")
            ET.SubElement(message, "location", filename=f"../../reader/ui/{filename}")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
            shared_sources.add(text)
    unfinished = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        old = before.get(message.findtext("source", ""))
        if old is not None and (message.get("numerus") == "yes") == (old.find("numerusform") is not None):
            message.remove(translation)
            message.append(old)
        else:
            unfinished += 1
    ET.indent(tree)
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return unfinished


def main() -> int:
    status = 0
    for ts in sorted(HERE.glob("reader_*.ts")):
        unfinished = refresh(ts)
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        if unfinished:
            print(f"{ts.name}: {unfinished} strings need a translation", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
