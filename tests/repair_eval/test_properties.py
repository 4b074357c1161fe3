"""Generated damaged layouts: the generator's gold is right, and the engine never loses text on them."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.repair.model import Page
from reader.testing import block_body, input_chars, norm, output_chars, split_blocks
from reader.testing.damage import damage, generate_issue, load_corpus


def restore_paragraphs(pages: list[str], gold: dict) -> set[str]:
    """Undo the damage using only the gold joins: chain every tail to its head, in reading order."""
    bodies = [norm(block_body(b)) for page in pages for b in split_blocks(page)]
    following: dict[int, int] = {}
    for join in gold["joins"]:
        tail, head = norm(join["tail_end"]), norm(join["head_start"])
        tails = [i for i, b in enumerate(bodies) if b.endswith(tail) and i not in following]
        assert tails, f"no block ends with {tail!r}"
        i = tails[0]
        heads = [j for j, b in enumerate(bodies) if j > i and b.startswith(head)]
        assert heads, f"no block after {tail!r} starts with {head!r}"
        following[i] = heads[0]
    heads = set(following.values())
    restored = set()
    for start in range(len(bodies)):
        if start in heads:
            continue
        text, at = bodies[start], start
        while at in following:
            at = following[at]
            text += bodies[at]
        restored.add(text)
    return restored


def test_corpus_is_large_and_clean():
    corpus = load_corpus()
    assert len(corpus) >= 30
    assert len({a.title for a in corpus}) == len(corpus)
    for article in corpus:
        assert article.title and len(article.paragraphs) >= 3
        for para in article.paragraphs:
            assert 60 <= len(para) <= 400, para
            assert para[-1] in "。！？”", para


@pytest.mark.parametrize("seed", range(40))
def test_joining_the_gold_pairs_restores_the_clean_paragraphs(seed):
    issue = generate_issue(seed)
    restored = restore_paragraphs(issue.pages, issue.gold)
    for article in issue.articles:
        for para in article.paragraphs:
            assert norm(para) in restored, para
    text = norm("".join(issue.pages))
    for title in issue.gold["titles"]:
        assert norm(title) in text
    for item in issue.gold["removed"]:
        assert norm(item["text"]) in text
    for dup in issue.gold["duplicates"]:
        assert text.count(norm(dup)) >= 2


def test_the_generator_shows_every_kind_of_damage():
    seen: dict[str, int] = {}
    for seed in range(60):
        issue = generate_issue(seed)
        text = "\n".join(issue.pages)
        gold = issue.gold
        facts = {
            "cut": bool(gold["joins"]),
            "jump": bool(gold["jumps"]),
            "duplicate": bool(gold["duplicates"]),
            "running-header": any(r["reason"] == "running-header" for r in gold["removed"]),
            "footer": any(r["reason"] == "footer" for r in gold["removed"]),
            "page-name": any(r["reason"] == "page-name" for r in gold["removed"]),
            "wrapped-heading": "  \n" in text,
            "half-width": "," in text,
            "marker-alone": any(b in ("(上接1版)", "（上接1版）") for p in issue.pages for b in split_blocks(p)),
            "several-pages": len(issue.pages) > 1,
        }
        for name, present in facts.items():
            seen[name] = seen.get(name, 0) + int(present)
    assert all(seen.values()), seen


def test_same_seed_same_issue():
    assert generate_issue(7).pages == generate_issue(7).pages
    corpus = load_corpus()[:3]
    assert damage(corpus, seed=1).gold == damage(corpus, seed=1).gold


def _engine():
    module = importlib.import_module("reader.repair")
    func = getattr(module, "repair_pages", None)
    if func is None:
        pytest.skip("reader.repair.repair_pages is not available yet")
    return func


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=10**9))
def test_the_engine_never_crashes_and_loses_nothing(seed):
    repair_pages = _engine()
    issue = generate_issue(seed)
    pages = [
        Page(number=n, name=f"page-{n}.txt", text=text, encoding="utf-8", raw=text.encode("utf-8"))
        for n, text in enumerate(issue.pages, start=1)
    ]
    repaired = repair_pages(pages)
    lost = input_chars(issue.pages) - output_chars(repaired.to_json())
    assert not lost, f"seed {seed}: lost {dict(lost.most_common(20))}"
