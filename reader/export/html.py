"""HTML: one standalone, printable page; every string the user or the paper wrote is escaped."""

from __future__ import annotations

from html import escape

from reader.annotations.colors import color_hex
from reader.export.records import ExportRecord, grouped
from reader.export.table import COMMITMENT_KEYS, commitment_fields

STYLE = """
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif; max-width: 46em;
       margin: 2em auto; padding: 0 1em; line-height: 1.7; color: #222; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; border-bottom: 1px solid #ccc; margin-top: 2em; }
h3 { font-size: 1.1em; margin-top: 1.5em; }
.annotation { margin: 1em 0; page-break-inside: avoid; break-inside: avoid; }
blockquote { margin: 0; padding: .3em .8em; border-left: 4px solid #999; white-space: pre-wrap; }
.tag { display: inline-block; border: 1px solid #888; border-radius: 3px; padding: 0 .4em; margin-right: .3em;
       font-size: .85em; }
.note { margin: .3em 0; white-space: pre-wrap; }
.meta { color: #666; font-size: .8em; }
.orphan blockquote { border-left-style: dashed; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; }
               blockquote { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
"""


def to_html(records: list[ExportRecord]) -> bytes:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Annotations</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>Annotations</h1>",
        f'<p class="meta">{len(records)} annotation(s).</p>',
    ]
    for issue in grouped(records):
        parts.append(
            f'<section><h2>{escape(issue.heading)}</h2><p class="meta">Source: '
            f'<a href="{escape(issue.link)}">{escape(issue.source)}</a></p>'
        )
        for article in issue.articles:
            if article.order is None:
                title = "Orphaned highlights (their text was not found after the issue changed)"
            else:
                where = f"article {article.order + 1}" + (f", page {article.page}" if article.page else "")
                title = f"{article.title or '(untitled)'} ({where})"
            parts.append(f"<h3>{escape(title)}</h3>")
            parts += [_entry(record) for record in article.records]
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts).encode("utf-8")


def _entry(record: ExportRecord) -> str:
    a = record.annotation
    colour = escape(color_hex(a.color))
    html = [f'<div class="annotation{" orphan" if a.orphan else ""}" id="a-{escape(a.uuid)}">']
    html.append(f'<blockquote style="background: {colour}">{escape(a.quote)}</blockquote>')
    if a.tags:
        html.append("<div>" + "".join(f'<span class="tag">{escape(t)}</span>' for t in a.tags) + "</div>")
    if a.note:
        html.append(f'<p class="note">{escape(a.note)}</p>')
    fields = commitment_fields(record)
    if fields:
        items = "".join(f"<li>{escape(k)}: {escape(v)}</li>" for k, v in fields)
        html.append(f'<ul class="meta commitment">{items}</ul>')
    others = {k: v for k, v in a.extra.items() if k not in COMMITMENT_KEYS}
    if others:
        items = "".join(f"<li>{escape(str(k))}: {escape(str(v))}</li>" for k, v in sorted(others.items()))
        html.append(f'<ul class="meta">{items}</ul>')
    where = f"characters {a.start}–{a.end}" if a.start is not None else "orphan, not placed"
    html.append(
        f'<p class="meta">{escape(a.color)} · {escape(where)} · created {escape(a.created or "")} · '
        f'<a href="{escape(record.source_link)}">source</a></p>'
    )
    html.append("</div>")
    return "".join(html)
