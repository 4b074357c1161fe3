"""Ground truth for the repair engine and the scoring that compares a repaired issue with it.

A *gold* record (a seed's hand-made fixture or a generated issue's) is a plain dict:
``joins``/``lossy_joins`` as ``{"tail_end", "head_start"}``, ``titles`` (+ ``title_alternatives``),
``duplicates``, ``not_duplicates``, ``removed`` (``{"text", "reason"}``), ``jumps`` (pairs carry
``before``/``after`` snippets) and ``articles`` (``title``, ``first_paragraph_start``, ``contains``).
Texts are compared after :func:`norm` (NFKC, whitespace removed), so full/half-width punctuation
and wrapping spaces never decide a score.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "fixtures" / "gold"
SEED_DIR = ROOT / "seeds"

_WS = re.compile(r"\s+")
_BLOCK_SPLIT = re.compile(r"\n[ \t]*\n")
_HEADING_HASHES = re.compile(r"^#+[ \t]*", re.MULTILINE)
_EDGE_MARKERS = re.compile(r"^[(（](?:上接|下转)\s*\d+\s*版[)）]|[(（](?:上接|下转)\s*\d+\s*版[)）]$")
_DATELINE = re.compile(r"^本报讯[（(][^）)]*[）)]")
TAIL_KEY = 10  # characters of a block's end used to find it again in the output


def norm(text: str | None) -> str:
    """Comparison form: NFKC (full/half width alike) with all whitespace removed."""
    return _WS.sub("", unicodedata.normalize("NFKC", text or ""))


def split_blocks(text: str) -> list[str]:
    """Blocks of a page's normalised text: runs of lines between blank lines."""
    return [b.strip() for b in _BLOCK_SPLIT.split(text) if b.strip()]


def block_body(block: str) -> str:
    """A block without heading hashes, wrap breaks and jump markers at its edges."""
    body = _HEADING_HASHES.sub("", block).replace("  \n", "")
    return _EDGE_MARKERS.sub("", body.strip()).strip()


def lead(block: str, n: int = 12) -> str:
    """The first ``n`` compared characters of a block's body, dateline ("本报讯（…）") skipped."""
    return norm(_DATELINE.sub("", block_body(block)))[:n]


def seed_gold(stem: str) -> dict[str, Any]:
    """The hand-made gold of one seed (file stem without .txt)."""
    return json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))


def seed_stems() -> list[str]:
    return sorted(p.stem for p in GOLD_DIR.glob("*.json"))


@dataclass
class Score:
    """How one repaired issue compares with its gold; counts plus the offending texts."""

    joins_total: int = 0
    joins_found: int = 0
    missed_joins: list[tuple[str, str]] = field(default_factory=list)
    joins_made: int = 0  # "join" repairs recorded by the engine
    false_joins: list[tuple[str, str]] = field(default_factory=list)  # (tail end, what followed)
    titles_total: int = 0
    titles_found: int = 0
    missing_titles: list[str] = field(default_factory=list)
    duplicates_total: int = 0
    duplicates_left: list[str] = field(default_factory=list)
    over_deduped: list[str] = field(default_factory=list)
    chars_lost: Counter = field(default_factory=Counter)
    jumps_total: int = 0
    jumps_stitched: int = 0
    unstitched_jumps: list[str] = field(default_factory=list)
    boilerplate_left: list[str] = field(default_factory=list)
    misplaced: list[tuple[str | None, str]] = field(default_factory=list)  # (article title, snippet)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            mine = getattr(self, name)
            if isinstance(value, int):
                setattr(self, name, mine + value)
            elif isinstance(value, Counter):
                mine.update(value)
            else:
                mine.extend(value)

    @property
    def lost(self) -> int:
        return sum(self.chars_lost.values())


# --- reading a repaired issue (a RepairedIssue or its to_json() dict) -------------------------


def _issue_json(issue: Any) -> dict[str, Any]:
    return issue if isinstance(issue, dict) else issue.to_json()


def _page_texts(issue: Any) -> dict[int, str]:
    if isinstance(issue, dict):
        return {}
    return {p.number: p.text for p in issue.pages}


def _articles(data: dict[str, Any]) -> list[dict[str, Any]]:
    return list(data.get("articles", []))


def _article_norm(article: dict[str, Any]) -> str:
    return norm("".join(article.get("paragraphs", [])))


def output_chars(data: dict[str, Any]) -> Counter:
    """Every compared character the engine kept: article fields, paragraphs, removed texts."""
    counts: Counter = Counter()
    for a in _articles(data):
        for key in ("title", "subtitle", "kicker", "byline"):
            counts.update(norm(a.get(key)))
        for p in a.get("paragraphs", []):
            counts.update(norm(p))
    for r in data.get("removed", []):
        counts.update(norm(r.get("text")))
    return counts


def input_chars(page_texts: Iterable[str]) -> Counter:
    """Compared characters of the input; markdown heading hashes are syntax, not text."""
    counts: Counter = Counter()
    for text in page_texts:
        counts.update(norm(_HEADING_HASHES.sub("", text)))
    return counts


def _title_forms(a: dict[str, Any]) -> set[str]:
    t, s, k = norm(a.get("title")), norm(a.get("subtitle")), norm(a.get("kicker"))
    return {f for f in (t, t + s, k + t, k + t + s) if f}


def _matches(text: str, tail: str, head: str) -> bool:
    """Whether compared ``text`` holds ``tail`` directly followed by ``head``."""
    return norm(tail) + norm(head) in text


def _head_allowed(follower: str, heads: Sequence[str]) -> bool:
    return any(follower.startswith(h) or h.startswith(follower) for h in heads if h)


def _find_article(articles: list[dict[str, Any]], gold_article: dict[str, Any], gold: dict[str, Any]):
    title = gold_article.get("title")
    if title:
        wanted = {norm(title)} | {norm(t) for t in gold.get("title_alternatives", {}).get(title, [])}
        for a in articles:
            if _title_forms(a) & wanted:
                return a
        return None
    start = norm(gold_article.get("first_paragraph_start"))
    return next((a for a in articles if start and start in _article_norm(a)), None)


# --- scoring ------------------------------------------------------------------------------------


def score_issue(issue: Any, gold: dict[str, Any], *, page_texts: Sequence[str] | None = None) -> Score:
    """Compare a repaired issue with its gold (``page_texts``: the normalised input pages)."""
    data = _issue_json(issue)
    pages = _page_texts(issue)
    texts = list(page_texts) if page_texts is not None else [pages[n] for n in sorted(pages)]
    articles = _articles(data)
    raw_paragraphs = [p for a in articles for p in a.get("paragraphs", [])]
    paragraphs = [norm(p) for p in raw_paragraphs]
    score = Score()

    joins = [(norm(j["tail_end"]), norm(j["head_start"])) for j in gold.get("joins", [])]
    lossy = [(norm(j["tail_end"]), norm(j["head_start"])) for j in gold.get("lossy_joins", [])]
    score.joins_total = len(joins)
    for tail, head in joins:
        if any(tail + head in p for p in paragraphs):
            score.joins_found += 1
        else:
            score.missed_joins.append((tail, head))

    false: set[tuple[str, str]] = set()
    false |= _false_joins_in_paragraphs(texts, raw_paragraphs, joins + lossy)
    recorded = [r for r in data.get("repairs", []) if r.get("kind") == "join"]
    score.joins_made = len(recorded)
    if pages:
        false |= _false_join_repairs(recorded, pages, joins + lossy)
    score.false_joins = sorted(false)

    titles = gold.get("titles", [])
    score.titles_total = len(titles)
    forms = set().union(*(_title_forms(a) for a in articles)) if articles else set()
    for title in titles:
        wanted = {norm(title)} | {norm(t) for t in gold.get("title_alternatives", {}).get(title, [])}
        if wanted & forms:
            score.titles_found += 1
        else:
            score.missing_titles.append(title)

    bodies = "\x00".join(_article_norm(a) for a in articles)
    dups = gold.get("duplicates", [])
    score.duplicates_total = len(dups)
    for d in dups:
        if bodies.count(norm(d)) > 1:
            score.duplicates_left.append(d)
    source = "\x00".join(norm(block_body(b)) for t in texts for b in split_blocks(t))
    for d in gold.get("not_duplicates", []):
        if bodies.count(norm(d)) < source.count(norm(d)):
            score.over_deduped.append(d)

    score.chars_lost = input_chars(texts) - output_chars(data)

    removed_counts = Counter(norm(r["text"]) for r in gold.get("removed", []))
    whole_input = "\x00".join(norm(_HEADING_HASHES.sub("", t)) for t in texts)
    for text, n in removed_counts.items():
        if bodies.count(text) > whole_input.count(text) - n:
            score.boilerplate_left.append(text)

    for jump in gold.get("jumps", []):
        if "before" not in jump or "after" not in jump:
            continue  # one side only (the other page is not in this issue): nothing to stitch
        score.jumps_total += 1
        before, after = norm(jump["before"]), norm(jump["after"])
        if any(_in_order(_article_norm(a), before, after) for a in articles):
            score.jumps_stitched += 1
        else:
            score.unstitched_jumps.append(jump["before"])

    for gold_article in gold.get("articles", []):
        wanted = gold_article.get("contains", [])
        if not wanted:
            continue
        found = _find_article(articles, gold_article, gold)
        text = _article_norm(found) if found else ""
        for snippet in wanted:
            if not found or norm(snippet) not in text:
                score.misplaced.append((gold_article.get("title"), snippet))
    return score


def _in_order(text: str, first: str, second: str) -> bool:
    at = text.find(first)
    return at >= 0 and text.find(second, at + len(first)) >= 0


def _spaced(text: str) -> tuple[str, list[bool]]:
    """``norm(text)`` and, for each of its characters, whether whitespace preceded it."""
    out, spaced, gap = [], [], False
    for ch in unicodedata.normalize("NFKC", text):
        if ch.isspace():
            gap = True
            continue
        out.append(ch)
        spaced.append(gap)
        gap = False
    return "".join(out), spaced + [False]


def _false_joins_in_paragraphs(
    texts: Sequence[str], raw_paragraphs: Sequence[str], allowed: Sequence[tuple[str, str]]
) -> set[tuple[str, str]]:
    """Block ends of the input that the output continues with anything but their gold head.

    Blocks the engine put side by side with whitespace between them (table cells, name lists)
    are a layout choice, not a column-break join, and are not counted.
    """
    paragraphs = [_spaced(p) for p in raw_paragraphs]
    bodies = [norm(block_body(b)) for t in texts for b in split_blocks(t)]
    corpus = "\x00".join(bodies)
    out: set[tuple[str, str]] = set()
    checked: set[str] = set()
    for body in bodies:
        key = body[-TAIL_KEY:]
        if not key or key in checked:
            continue
        checked.add(key)
        if corpus.count(key) != sum(1 for b in bodies if b.endswith(key)):
            continue  # the same characters also occur inside a block: cannot tell joins apart
        heads = [h for t, h in allowed if key.endswith(t) or t.endswith(key)]
        for p, spaced in paragraphs:
            joined = _gold_join_spans(p, allowed)
            start = p.find(key)
            while start >= 0:
                end = start + len(key)
                follower = p[end:]
                # the same characters printed across another cut that was joined as the gold says
                inside_gold = any(a <= start and end < b and cut != end for a, b, cut in joined)
                if follower and not spaced[end] and not inside_gold and not _head_allowed(follower, heads):
                    out.add((key[-8:], follower[:8]))
                start = p.find(key, start + 1)
    return out


def _gold_join_spans(paragraph: str, allowed: Sequence[tuple[str, str]]) -> list[tuple[int, int, int]]:
    """(start, end, cut) of every gold join's tail + head found in an output paragraph."""
    spans = []
    for tail, head in allowed:
        if not tail or not head:
            continue
        at = paragraph.find(tail + head)
        while at >= 0:
            spans.append((at, at + len(tail) + len(head), at + len(tail)))
            at = paragraph.find(tail + head, at + 1)
    return spans


def _ref_text(ref: dict[str, Any], pages: dict[int, str]) -> str:
    text = pages.get(ref.get("page", 0), "")
    return norm(block_body(text[ref.get("start", 0) : ref.get("end", 0)]))


def _false_join_repairs(
    repairs: Sequence[dict[str, Any]], pages: dict[int, str], allowed: Sequence[tuple[str, str]]
) -> set[tuple[str, str]]:
    """Recorded "join" repairs whose tail and head are not a gold pair."""
    out: set[tuple[str, str]] = set()
    for repair in repairs:
        refs = repair.get("source", [])
        if len(refs) < 2:
            continue
        tail, head = _ref_text(refs[0], pages), _ref_text(refs[-1], pages)
        if not tail or not head:
            continue
        ok = any(
            (tail.endswith(t) or t.endswith(tail)) and (head.startswith(h) or h.startswith(head))
            for t, h in allowed
        )
        if not ok:
            out.add((tail[-8:], head[:8]))
    return out


def summarise(score: Score, *, issues: int = 1) -> dict[str, Any]:
    """The headline figures of a score, as printed by benchmarks/eval_repair.py."""

    def pct(a: int, b: int) -> float | None:
        return round(100.0 * a / b, 2) if b else None

    false = len(score.false_joins)
    return {
        "issues": issues,
        "joins": score.joins_total,
        "join_recall_pct": pct(score.joins_found, score.joins_total),
        "joins_made": max(score.joins_made, score.joins_found + false),
        "false_joins": false,
        "false_join_pct": pct(false, max(score.joins_made, score.joins_found + false)),
        "jumps": score.jumps_total,
        "jumps_stitched_pct": pct(score.jumps_stitched, score.jumps_total),
        "titles": score.titles_total,
        "titles_found_pct": pct(score.titles_found, score.titles_total),
        "duplicates": score.duplicates_total,
        "duplicates_left": len(score.duplicates_left),
        "over_deduped": len(score.over_deduped),
        "chars_lost": score.lost,
        "boilerplate_left": len(score.boilerplate_left),
        "misplaced_paragraphs": len(score.misplaced),
    }
