"""Markdown: grouped by issue and article, each quote a blockquote with its tags, note and source link."""

from __future__ import annotations

import re

from reader.export.records import ExportRecord, grouped

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def md_escape(text: str) -> str:
    """Text that Markdown shows literally (no accidental emphasis, links or HTML)."""
    text = _SPECIAL.sub(r"\\\1", text)
    return re.sub(r"^([#+\-=>]|\d+\.)", r"\\\1", text, flags=re.MULTILINE)


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
    if a.extra:
        out.append(
            "- Fields: " + "; ".join(f"{md_escape(str(k))}: {md_escape(str(v))}" for k, v in sorted(a.extra.items()))
        )
    out.append(f"- Id: `{a.uuid}`")
    out.append("")
    return out
