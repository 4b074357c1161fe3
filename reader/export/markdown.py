"""Markdown: grouped by issue and article, each quote a blockquote with its tags, note and source link."""

from __future__ import annotations

import re

from reader.export.records import ExportRecord, grouped
from reader.export.table import COMMITMENT_KEYS, commitment_fields

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def md_escape(text: str) -> str:
    """Text that Markdown shows literally (no accidental emphasis, links or HTML)."""
    text = _SPECIAL.sub(r"\\\1", text)
    return re.sub(r"^([#+\-=>]|\d+\.)", r"\\\1", text, flags=re.MULTILINE)


def inline_escape(text: str) -> str:
    """Mid-line text shown literally: inline syntax escaped, line breaks folded ("5.5" stays "5.5")."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def commitment_line(record: ExportRecord) -> str:
    """The structured fields of a commitment on one line ("" when the annotation has none)."""
    fields = commitment_fields(record)
    parts = [f"{name}: {inline_escape(value)}" for name, value in fields if name != "evidence"]
    parts += [f"evidence: `{value}`" for name, value in fields if name == "evidence"]
    return " · ".join(parts)


def _article_heading(title: str, order: int | None, page: int | None) -> str:
    if order is None:
        return "Orphaned highlights (their text was not found after the issue changed)"
    where = f"article {order + 1}" + (f", page {page}" if page else "")
    return f"{md_escape(title) or '(untitled)'} ({where})"


def to_markdown(records: list[ExportRecord]) -> bytes:
    lines = ["# Annotations", "", f"{len(records)} annotation(s).", ""]
    for issue in grouped(records):
        lines += [f"## {md_escape(issue.heading)}", "", f"Source: [{md_escape(issue.source)}](<{issue.link}>)", ""]
        for article in issue.articles:
            lines += [f"### {_article_heading(article.title, article.order, article.page)}", ""]
            for record in article.records:
                lines += _entry(record)
    return ("\n".join(lines).rstrip("\n") + "\n").encode("utf-8")


def _entry(record: ExportRecord) -> list[str]:
    a = record.annotation
    out = [f"> {line}" if line else ">" for line in md_escape(a.quote).split("\n")]
    out.append("")
    if a.tags:
        out.append("- Tags: " + ", ".join(f"`{t.replace('`', '')}`" for t in a.tags))
    if a.note:
        note_lines = md_escape(a.note).split("\n")
        out.append("- Note: " + note_lines[0])
        out += [f"  {line}" for line in note_lines[1:]]
    where = f"characters {a.start}–{a.end}" if a.start is not None else "orphan, not placed"
    out.append(f"- Colour: {a.color} · {where} · created {a.created} · [source](<{record.source_link}>)")
    commitment = commitment_line(record)
    if commitment:
        out.append("- Commitment: " + commitment)
    others = {k: v for k, v in a.extra.items() if k not in COMMITMENT_KEYS}
    if others:
        fields = (f"{inline_escape(str(k))}: {inline_escape(str(v))}" for k, v in sorted(others.items()))
        out.append("- Fields: " + "; ".join(fields))
    out.append(f"- Id: `{a.uuid}`")
    out.append("")
    return out
