"""Setting an article as a document: title block, justified paragraphs at 1.8 em, jump links.

Article offsets (the core's offset space, paragraphs joined by "\\n") map linearly onto document
positions: the body's paragraphs are consecutive blocks starting at the returned ``body_start``.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTextBlockFormat, QTextCharFormat, QTextCursor

from reader.ui import fonts

JUMP_MARK = re.compile(r"[(（]\s*(上接|下转)\s*(?:第\s*)?(\d+)\s*版\s*[)）]")
MEASURE_EM = 34  # characters per line at most: a newspaper column reads best well under 40
LINE_HEIGHT = 180  # percent


def other_part(article: Any, direction: str) -> int | None:
    """The article holding the other half of a jump: ``"to"`` follows (下转N版), ``"from"`` goes back (上接N版)."""
    from reader.library.queries import get_article, issue_articles

    page = article.continues_to if direction == "to" else article.continued_from
    if page is None:
        return None
    candidates = [a for a in issue_articles(article.issue_id) if a.page == page and a.id != article.id]
    for summary in candidates:
        view = get_article(summary.id)
        back = view.continued_from if direction == "to" else view.continues_to
        if back == article.page:
            return summary.id
    return None  # the other part is in another issue (or was lost): no link rather than a wrong one


def build_document(view: Any) -> tuple[int, int]:
    """Fill ``view``'s document with its article; returns the body's (start, end) document positions."""
    article, theme = view.article, view.theme
    body_font = fonts.reading_font(view.font_size, preferred=view.font_family)
    doc = view.document()  # reused: a new document per article would pile up until the view dies
    doc.clear()
    doc.setDefaultFont(body_font)
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet(f"a {{ color: {theme.link}; text-decoration: none; }}")
    em = QFontMetricsF(body_font).horizontalAdvance("中")
    cursor = QTextCursor(doc)
    heading = fonts.reading_font(view.font_size, preferred=view.font_family, serif=False)

    def block(text: str, *, size: float, color: str, bold: bool = False, align=Qt.AlignmentFlag.AlignHCenter,
              top: float = 0, bottom: float = 0, href: str = "", first: bool = False, family: QFont = heading) -> None:
        fmt = QTextBlockFormat()
        fmt.setAlignment(align)
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        fmt.setLineHeight(round(em * size / view.font_size * 1.35), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        chars = QTextCharFormat()
        chars.setFont(family)
        chars.setFontPointSize(size)
        chars.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        chars.setForeground(QColor(color))
        if href:
            chars.setAnchor(True)
            chars.setAnchorHref(href)
            chars.setForeground(QColor(theme.link))
        if first:
            cursor.setBlockFormat(fmt)
        else:
            cursor.insertBlock(fmt)
        cursor.insertText(text, chars)

    size = view.font_size
    first = True
    if article.kicker:
        block(article.kicker, size=size * 0.85, color=theme.muted, first=first, bottom=em * 0.4)
        first = False
    block(article.title or view.tr("(untitled)"), size=size * 1.55, color=theme.heading, bold=True, first=first,
          top=em * 0.3, bottom=em * 0.5)
    if article.subtitle:
        block(article.subtitle, size=size * 1.05, color=theme.text, bottom=em * 0.4)
    meta = [article.source]
    pages = sorted({s.source.page for p in article.paragraphs for s in p.segments} | ({article.page} if article.page else set()))
    if len(pages) > 1:  # a jump the repair joined: say where the parts came from
        meta.append(view.tr("Pages %1").replace("%1", ", ".join(map(str, pages))))
    elif pages and article.page_files != 1:  # one file is no page of the paper: "Page 1 · (continued from page 1)" misleads
        meta.append(view.tr("Page %1").replace("%1", str(pages[0])))
    if article.incomplete:
        meta.append(view.tr("incomplete: a part is missing"))
    def jump_line(direction: str, label: str, **layout: object) -> None:
        """A "(continued …)" line: a link to the other part, or a word that the part is not here."""
        target = other_part(article, direction)
        if not target:
            label += " " + view.tr("— that part is not in this issue")
        block(label, size=size * 0.8, color=theme.muted, href=f"article:{target}" if target else "", **layout)

    if article.byline_apart:
        block(article.byline_apart, size=size * 0.85, color=theme.muted, bottom=em * 0.2)
    block(" · ".join(meta), size=size * 0.72, color=theme.muted, bottom=em * 1.2)
    if article.continued_from:
        jump_line("from", view.tr("(continued from page %1)").replace("%1", str(article.continued_from)),
                  align=Qt.AlignmentFlag.AlignLeft, bottom=em * 0.6)
    body_start = cursor.position() + 1
    text_format = QTextCharFormat()
    text_format.setFont(body_font)
    text_format.setForeground(QColor(theme.text))
    for paragraph in article.paragraphs:
        fmt = QTextBlockFormat()
        # A fixed pitch of 1.8 em: CJK fonts' own leading differs wildly, a proportional height would too.
        fmt.setLineHeight(round(em * LINE_HEIGHT / 100), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        fmt.setAlignment(Qt.AlignmentFlag.AlignJustify)
        chars = QTextCharFormat(text_format)
        if paragraph.kind == "section":
            fmt.setTopMargin(em * 0.8)
            fmt.setBottomMargin(em * 0.4)
            chars.setFontWeight(QFont.Weight.Bold)
            chars.setForeground(QColor(theme.heading))
        else:
            fmt.setTextIndent(em * 2)  # 首行缩进两字
            fmt.setBottomMargin(em * 0.55)
        cursor.insertBlock(fmt)
        cursor.insertText(paragraph.text, chars)
    body_end = cursor.position()
    if article.continues_to:
        jump_line("to", view.tr("(continued on page %1)").replace("%1", str(article.continues_to)),
                  align=Qt.AlignmentFlag.AlignRight, top=em * 0.4)
    _link_jump_marks(view, doc, article, body_start)
    return body_start, body_end


def _link_jump_marks(view: Any, doc: Any, article: Any, body_start: int) -> None:
    """Markers left inside the text ("(下转3版)") become links to the other part too."""
    for match in JUMP_MARK.finditer(article.text):
        target = other_part(article, "to" if match.group(1) == "下转" else "from")
        if not target:
            continue
        cursor = QTextCursor(doc)
        cursor.setPosition(body_start + match.start())
        cursor.setPosition(body_start + match.end(), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(f"article:{target}")
        fmt.setForeground(QColor(view.theme.link))
        cursor.mergeCharFormat(fmt)
