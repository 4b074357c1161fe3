"""How Show original marks the repairs: a tint per kind, a legend, and the tooltip that explains them."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from reader.ui.original_map import OriginalMap, repairs_at

# Background tint per repair kind (light enough to read black text on, in both themes' text panes).
KIND_TINTS = {
    "join": "#cfe8ff", "stitch": "#d9ccff", "dedupe": "#ffd6d6", "unwrap-heading": "#d3f5d3",
    "strip": "#e6e6e6", "reorder": "#ffe4c2", "move-heading": "#ffe4c2", "classify": "#f3ecf9",
    "table": "#fff3b0",
}  # fmt: skip
OTHER_TINT = "#f5e6ff"
LEGEND_KINDS = ("join", "stitch", "dedupe", "unwrap-heading", "strip", "move-heading", "table", "classify")


def tint(kind: str) -> str:
    return KIND_TINTS.get(kind, OTHER_TINT)


def kind_name(kind: str) -> str:
    """What a repair kind did, in the interface language."""
    names = {
        "join": QCoreApplication.translate("OriginalView", "Joined across a column break"),
        "stitch": QCoreApplication.translate("OriginalView", "Article parts stitched together"),
        "dedupe": QCoreApplication.translate("OriginalView", "Duplicated fragment removed"),
        "unwrap-heading": QCoreApplication.translate("OriginalView", "Wrapped heading unwrapped"),
        "strip": QCoreApplication.translate("OriginalView", "Boilerplate removed"),
        "reorder": QCoreApplication.translate("OriginalView", "Fragments reordered"),
        "move-heading": QCoreApplication.translate("OriginalView", "Heading moved to its article"),
        "classify": QCoreApplication.translate("OriginalView", "Block recognised (title, byline, page name…)"),
        "table": QCoreApplication.translate("OriginalView", "Guest list read row by row"),
    }
    return names.get(kind, QCoreApplication.translate("OriginalView", "Repair"))


def legend_html() -> str:
    items = [
        f'<span style="background-color:{KIND_TINTS[k]}; color:#000;">&nbsp;{html.escape(kind_name(k))}&nbsp;</span>'
        for k in LEGEND_KINDS
    ]
    text = QCoreApplication.translate(
        "OriginalView", "Marks: %1. Point at a mark for details; text in grey belongs to other articles."
    )
    return text.replace("%1", " ".join(items))


def tooltip_html(omap: OriginalMap, repairs: list[dict[str, Any]], pos: int) -> str:
    """Kind, confidence and detail of every repair at document position ``pos`` (empty when none)."""
    found = omap.locate(pos)
    if found is None:
        return ""
    page, offset = found
    lines = []
    for repair in repairs_at(repairs, page.number, offset):
        kind = repair.get("kind", "")
        percent = f"{float(repair.get('confidence', 0)):.0%}"
        confidence = QCoreApplication.translate("OriginalView", "confidence %1").replace("%1", percent)
        line = f"<b>{html.escape(kind_name(kind))}</b> ({html.escape(kind)}) · {confidence}"
        if repair.get("detail"):
            line += f"<br/>{html.escape(repair['detail'])}"
        lines.append(line)
    block = omap.block_at(pos)
    if block is not None and lines:
        lines.append(f"<small>{block.ref.block_id}</small>")
    return "<hr/>".join(lines)
