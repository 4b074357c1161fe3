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
            assert 20 <= len(para) <= 400, para
            assert para[-1] in "。！？”：", para  # "…以下几个方面工作：" leads a report's numbered points


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
    for seed in range(120):
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
            "dangling-tail": bool(gold["dangling_tails"]),
            "section-heading": any(b.startswith("问：") or b.startswith("问:") for p in issue.pages for b in split_blocks(p)),
            "markdown-heading": any("\n\n#" in p for p in issue.pages),
        }
        for name, present in facts.items():
            seen[name] = seen.get(name, 0) + int(present)
    assert all(seen.values()), seen


def test_drops_leaves_tails_dangling_as_often_as_asked():
    """The seeds lose a piece of about one cut in nine; ``drops`` lets the generator do the same. Each lost
    piece leaves its tail dangling, and the gold still restores every paragraph (shortened for good)."""
    def rate(drops: float) -> tuple[float, int]:
        joins = dangling = 0
        for seed in range(150):
            issue = generate_issue(seed, drops=drops)
            joins += len(issue.gold["joins"])
            dangling += len(issue.gold["dangling_tails"])
            restored = restore_paragraphs(issue.pages, issue.gold)
            assert all(norm(p) in restored for a in issue.articles for p in a.paragraphs)
        return dangling / (joins + dangling), dangling

    usual, seen = rate(0.2)
    often, _ = rate(0.8)
    assert seen and usual < 0.05 < 0.09 < often < 0.15
    assert generate_issue(7, drops=0.2).pages == generate_issue(7).pages


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


def _oracle(issue) -> dict:
    """The output a perfect engine would give for a generated issue, in RepairedIssue JSON shape."""
    articles = []
    for article in issue.articles:
        paragraphs = list(article.paragraphs)
        for index, heading in sorted(article.sections, reverse=True):
            if 0 < index < len(paragraphs):
                paragraphs.insert(index, heading)
        articles.append(
            {"title": article.title, "subtitle": article.subtitle, "kicker": article.kicker,
             "byline": article.byline, "paragraphs": paragraphs}
        )
    removed = list(issue.gold["removed"]) + [{"text": d, "reason": "duplicate"} for d in issue.gold["duplicates"]]
    return {"articles": articles, "removed": removed, "repairs": []}


@pytest.mark.parametrize("seed", range(30))
def test_a_perfect_repair_scores_perfectly(seed):
    from reader.testing import score_issue

    issue = generate_issue(seed)
    score = score_issue(_oracle(issue), issue.gold, page_texts=issue.pages)
    assert score.joins_found == score.joins_total
    assert not score.false_joins
    assert score.titles_found == score.titles_total
    assert not score.duplicates_left and not score.boilerplate_left and not score.misplaced
    assert score.jumps_stitched == score.jumps_total
    assert not score.chars_lost, dict(score.chars_lost)


def test_the_scorer_catches_a_wrong_join_a_missed_join_and_lost_text():
    from reader.testing import score_issue

    seed = next(s for s in range(100) if len(generate_issue(s).gold["joins"]) >= 2)
    issue = generate_issue(seed)
    oracle = _oracle(issue)
    first = next(a for a in oracle["articles"] if len(a["paragraphs"]) >= 3)
    first["paragraphs"][0:2] = [first["paragraphs"][0] + first["paragraphs"][1]]  # merge two whole paragraphs
    score = score_issue(oracle, issue.gold, page_texts=issue.pages)
    assert score.false_joins
    oracle = _oracle(issue)
    tail, head = issue.gold["joins"][0]["tail_end"], issue.gold["joins"][0]["head_start"]
    for article in oracle["articles"]:
        article["paragraphs"] = [q for p in article["paragraphs"] for q in p.replace(tail + head, tail + "\x00" + head).split("\x00")]
    score = score_issue(oracle, issue.gold, page_texts=issue.pages)
    assert score.missed_joins and not score.false_joins
    oracle["articles"][0]["paragraphs"].pop()
    assert score_issue(oracle, issue.gold, page_texts=issue.pages).chars_lost
