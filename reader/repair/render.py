"""Human-readable renderings of a repaired issue: Markdown, plain text, and the repair explanation."""

from __future__ import annotations

from reader.repair.model import Article, RepairedIssue


def to_markdown(issue: RepairedIssue) -> str:
    """One ``#`` section per article: kicker, title, subtitle, byline, then paragraphs."""
    out: list[str] = []
    for article in issue.articles:
        if article.kicker:
            out.append(f"*{article.kicker}*\n")
        out.append(f"# {article.title or '（无标题）'}\n")
        if article.subtitle:
            out.append(f"## {article.subtitle}\n")
        meta = _meta(article)
        if meta:
            out.append(f"> {meta}\n")
        for para in article.paragraphs:
            out.append(f"### {para.text}\n" if para.kind == "section" else f"{para.text}\n")
    return "\n".join(out)


def to_text(issue: RepairedIssue) -> str:
    """Plain text: title lines, then paragraphs, articles separated by a rule."""
    parts: list[str] = []
    for article in issue.articles:
        lines = [x for x in (article.kicker, article.title or "（无标题）", article.subtitle) if x]
        meta = _meta(article)
        if meta:
            lines.append(meta)
        lines.append("")
        lines.extend(p.text for p in article.paragraphs)
        parts.append("\n".join(lines))
    return ("\n\n" + "—" * 20 + "\n\n").join(parts) + "\n"


def explain(issue: RepairedIssue) -> str:
    """Every repair with its confidence, one per line, for ``--explain``."""
    lines = [f"{len(issue.repairs)} repairs, {len(issue.removed)} removed items, {len(issue.articles)} articles"]
    for r in issue.repairs:
        where = ", ".join(f"p{s.page}b{s.block}" if s.block >= 0 else f"p{s.page}@{s.start}" for s in r.source)
        lines.append(f"  {r.kind:<14} {r.confidence:4.2f}  {where:<18} {r.detail}")
    for item in issue.removed:
        if item.reason != "markup":
            lines.append(f"  removed        {item.reason:<14} {item.text[:40]}")
    return "\n".join(lines) + "\n"


def _meta(article: Article) -> str:
    bits = []
    if article.byline_apart:
        bits.append(article.byline_apart)
    if article.page is not None:
        bits.append(f"第{article.page}页")
    if article.continued_from is not None:
        bits.append(f"上接{article.continued_from}版")
    if article.continues_to is not None:
        bits.append(f"下转{article.continues_to}版")
    if article.incomplete:
        bits.append("不完整")
    return " · ".join(bits)
