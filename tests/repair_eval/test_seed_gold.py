"""The repair engine against the hand-made gold of the five seeds: the bar is all of it, exactly."""

from __future__ import annotations

import importlib

import pytest

from reader.testing import (
    SEED_DIR,
    block_body,
    norm,
    score_issue,
    seed_gold,
    seed_stems,
    split_blocks,
)

STEMS = seed_stems()


def _seed_text(stem: str) -> str:
    return (SEED_DIR / f"{stem}.txt").read_text(encoding="utf-8-sig").replace("\r\n", "\n")


@pytest.fixture(scope="module")
def repair_paths():
    module = importlib.import_module("reader.repair")
    func = getattr(module, "repair_paths", None)
    if func is None:
        pytest.skip("reader.repair.repair_paths is not available yet")
    return func


_scores: dict[str, object] = {}


@pytest.fixture
def score(repair_paths, request):
    stem = request.param
    if stem not in _scores:
        issue = repair_paths([SEED_DIR / f"{stem}.txt"])
        _scores[stem] = score_issue(issue, seed_gold(stem))
    return _scores[stem]


def test_there_is_gold_for_every_seed():
    assert sorted(p.stem for p in SEED_DIR.glob("*.txt")) == STEMS
    assert len(STEMS) == 5


@pytest.mark.parametrize("stem", STEMS)
def test_gold_is_consistent_with_its_seed(stem):
    gold = seed_gold(stem)
    blocks = [norm(block_body(b)) for b in split_blocks(_seed_text(stem))]
    joined = "|".join(blocks)
    for j in gold["joins"] + gold["lossy_joins"]:
        tail, head = norm(j["tail_end"]), norm(j["head_start"])
        assert blocks[j["tail_block"]].endswith(tail), j
        assert blocks[j["head_block"]].startswith(head), j
        assert tail + head not in joined, f"{j} is already joined in the input"
    whole = norm(_seed_text(stem))
    for title in gold["titles"]:
        assert norm(title) in whole, title
    for dup in gold["duplicates"]:
        assert joined.count(norm(dup)) == 2, dup
    for item in gold["removed"]:
        assert norm(item["text"]) in whole, item
    tails = [j["tail_block"] for j in gold["joins"] + gold["lossy_joins"]]
    heads = [j["head_block"] for j in gold["joins"]]
    assert len(set(heads)) == len(heads), "a head continues two tails"
    assert len(set(tails)) == len(tails) or gold["duplicates"], "a tail has two heads"


@pytest.mark.parametrize("score", STEMS, indirect=True)
def test_every_gold_join_is_made(score):
    assert not score.missed_joins, f"{score.joins_found}/{score.joins_total} joins made, missing {score.missed_joins}"


@pytest.mark.parametrize("score", STEMS, indirect=True)
def test_no_false_join(score):
    assert not score.false_joins, f"false joins (tail end, what followed): {score.false_joins}"


@pytest.mark.parametrize("score", STEMS, indirect=True)
def test_every_title_found(score):
    assert not score.missing_titles, f"titles not found: {score.missing_titles}"


@pytest.mark.parametrize("score", STEMS, indirect=True)
def test_no_duplicate_left_and_no_text_wrongly_deduplicated(score):
    assert not score.duplicates_left, f"printed twice in the articles: {score.duplicates_left}"
    assert not score.over_deduped, f"legitimately repeated text removed: {score.over_deduped}"


@pytest.mark.parametrize("score", STEMS, indirect=True)
def test_nothing_lost(score):
    assert not score.chars_lost, f"{score.lost} characters lost: {dict(score.chars_lost.most_common(20))}"


@pytest.mark.parametrize("score", STEMS, indirect=True)
def test_boilerplate_is_out_of_the_articles(score):
    assert not score.boilerplate_left, f"left inside articles: {score.boilerplate_left}"


@pytest.mark.parametrize("score", STEMS, indirect=True)
def test_paragraphs_land_in_their_articles(score):
    assert not score.misplaced, f"(article, paragraph start) not found together: {score.misplaced}"
