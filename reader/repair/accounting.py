"""Nothing is lost: every non-whitespace character of the input is in an article or in ``removed``."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from reader.repair.model import RepairedIssue

_HEADING_HASHES = re.compile(r"(?m)^[ \t]*#{1,6}(?=[ \t])")


def _chars(text: str | None) -> Counter[str]:
    return Counter(c for c in unicodedata.normalize("NFKC", text or "") if not c.isspace())


def missing_chars(issue: RepairedIssue) -> Counter[str]:
    """Characters of the pages (markdown heading hashes aside) that the output does not account for."""
    have: Counter[str] = Counter()
    for article in issue.articles:
        for text in (article.title, article.subtitle, article.kicker, article.byline):
            have.update(_chars(text))
        for paragraph in article.paragraphs:
            have.update(_chars(paragraph.text))
    for item in issue.removed:
        if item.reason != "markup":
            have.update(_chars(item.text))
    want: Counter[str] = Counter()
    for page in issue.pages:
        want.update(_chars(_HEADING_HASHES.sub("", page.text)))
    return want - have


def unaccounted(issue: RepairedIssue) -> str:
    """"" when nothing is lost, else a one-line summary of the missing characters."""
    missing = missing_chars(issue)
    if not missing:
        return ""
    sample = "".join(ch * n for ch, n in missing.most_common(20))
    return f"{sum(missing.values())} characters unaccounted for: {sample}"
