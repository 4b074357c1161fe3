"""The second look at each cut's likeliest heads (reader/repair/join_check.py)."""

from __future__ import annotations

import math
from collections import Counter

from reader.repair.join import candidate_pairs, find_joins, weigh
from reader.repair.ledger import DOUBTED, UNLIKELY, Ledger
from reader.repair.join_check import (
    RIVAL_FLOOR, RIVAL_NAMES, SUMMARY, JoinCheck, Tree, likeliest_heads, join_check, join_recheck,
    second_look, with_rivals,
)
from reader.repair.join_features import feature_names
from reader.repair.join_model import join_models
from reader.repair.threads import THREAD_FEATURES

from .helpers import page_blocks

CUT = "滨江步道全线贯通，市民沿江跑步锻炼，步道每隔500米设有一处里程标\n\n识，跑步时心里更有数。"


def test_a_tree_goes_left_at_or_below_its_threshold_and_the_ensemble_adds_up_in_log_odds():
    stump = Tree(feature=(0, -1, -1), threshold=(0.5, -1.0, 2.0), left=(1, -1, -1), right=(2, -1, -1))
    check = JoinCheck(names=["p_top"], base=0.5, rate=0.5, trees=[stump, stump], threshold=2.0)
    assert math.isclose(check.probability({"p_top": 0.5}), 1 / (1 + math.exp(-(0.5 - 1.0))))
    assert math.isclose(check.probability({"p_top": 0.9}), 1 / (1 + math.exp(-(0.5 + 2.0))))
    assert math.isclose(check.probability({}), check.probability({"p_top": 0.0}))  # a missing figure counts as 0


def test_the_shipped_trees_only_ask_for_figures_the_code_computes():
    check = join_check()
    assert check.trees and check.threshold > 0
    assert set(check.names) <= set(feature_names()) | set(THREAD_FEATURES) | set(SUMMARY)
    assert all(max(t.feature) < len(check.names) for t in check.trees)


def test_the_shipped_second_round_only_asks_for_figures_the_code_computes():
    recheck = join_recheck()
    assert recheck is not None and recheck.trees
    assert set(recheck.names) <= set(feature_names()) | set(THREAD_FEATURES) | set(SUMMARY) | set(RIVAL_NAMES)
    assert set(RIVAL_NAMES) <= set(recheck.names)


def test_the_second_round_sees_how_the_first_trees_rank_the_tails_heads_and_the_heads_other_cuts():
    rows = {(0, 0): {"p_own": 0.6}, (0, 1): {"p_own": 0.3}, (1, 0): {"p_own": 0.5}}
    looked = {(0, 0): 0.7, (0, 1): 0.9, (1, 0): 0.8}
    again = with_rivals(looked, rows)
    assert again[(0, 0)] == {
        "p_own": 0.6, "q_own": 0.7, "q_top": 0.9, "q_second": 0.7, "q_rank": 1.0, "q_head_rival": 0.8,
        "q_sum": 0.7 + 0.9, "q_gap": 0.7 - 0.9,
    }
    assert again[(0, 1)]["q_rank"] == 0.0 and again[(0, 1)]["q_head_rival"] == 0.0
    assert math.isclose(again[(0, 1)]["q_gap"], 0.2)
    assert again[(1, 0)]["q_head_rival"] == 0.7 and again[(1, 0)]["q_second"] == 0.0


def test_without_a_second_round_the_first_trees_word_stands(tmp_path):
    assert join_recheck.__wrapped__(tmp_path / "missing.json") is None


def test_each_tail_is_looked_at_once_with_its_likeliest_head_and_how_the_rest_fall():
    blocks = page_blocks(CUT + "\n\n另一篇文章的段落，讲的是图书馆。")[1]
    found = candidate_pairs(blocks)
    probability, chosen = weigh(found, blocks, join_models())
    looked = likeliest_heads(found.features, probability, chosen)
    assert len(looked) == len({ti for ti, _ in found.features})
    for (ti, hi), figures in looked.items():
        mine = [p for (t, _), p in probability.items() if t == ti]
        assert figures["p_top"] == max(mine) == probability[(ti, hi)]
        assert math.isclose(figures["p_none"], 1 - sum(mine), abs_tol=1e-9)
        assert figures["candidates"] == len(mine)
    assert set(second_look(found.features, probability, chosen)) == set(looked)


def test_a_deeper_look_also_judges_the_rival_heads_the_join_model_gives_a_real_chance():
    probability = {(0, 0): 0.4, (0, 1): 0.3, (0, 2): 0.25, (0, 3): 0.22, (1, 1): 0.9, (1, 2): 0.003}
    features = {key: {"score": 1.0} for key in probability}
    chosen = {0: (0, 0.4), 1: (1, 0.9)}
    looked = likeliest_heads(features, probability, chosen, depth=3)
    assert set(looked) == {(0, 0), (0, 1), (0, 2), (1, 1)}  # (0, 3) is fourth; (1, 2) below RIVAL_FLOOR
    assert 0.003 < RIVAL_FLOOR <= 0.22
    assert (1, 2) in likeliest_heads(features, probability, chosen, depth=3, floor=0.002)
    assert [looked[(0, h)]["rank"] for h in range(3)] == [0.0, 1.0, 2.0]
    assert all(looked[(0, h)]["p_top"] == 0.4 and looked[(0, h)]["p_second"] == 0.3 for h in range(3))
    assert looked[(0, 1)]["p_own"] == 0.3 and looked[(0, 1)]["head_wanted"] == 0.9  # tail 1 wants head 1 more
    assert looked[(0, 1)]["chosen"] == 0.0 and looked[(0, 0)]["chosen"] == 1.0
    assert set(likeliest_heads(features, probability, chosen)) == {(0, 0), (1, 1)}  # depth 1: first choices only


def test_the_join_made_carries_the_second_looks_probability():
    blocks = page_blocks(CUT)[1]
    found = candidate_pairs(blocks)
    probability, chosen = weigh(found, blocks, join_models())
    (expected,) = second_look(found.features, probability, chosen).values()
    (join,) = find_joins(page_blocks(CUT)[1])
    assert math.isclose(join.probability, expected)


def test_later_stages_may_not_join_what_the_join_model_found_all_but_impossible():
    blocks = page_blocks(CUT + "\n\n“另一篇文章的段落，讲的是图书馆。”读者说。")[1]
    ledger = Ledger()
    find_joins(blocks, weighed=ledger.weighed, checked=ledger.checked)
    found = candidate_pairs(page_blocks(CUT + "\n\n“另一篇文章的段落，讲的是图书馆。”读者说。")[1])
    assert len(ledger.weighed) == len(found.features)  # every pairing weighed is on record
    assert set(ledger.checked) <= set(ledger.weighed)
    looked_at = Counter(tail for tail, _ in ledger.checked)  # each tail's likeliest heads, at least its first choice
    assert len(looked_at) == len(found.tails) and max(looked_at.values()) <= join_check().depth
    for (tail, head), p in ledger.weighed.items():
        assert ledger.may_join(tail, head) == (p >= UNLIKELY and ledger.checked.get((tail, head), 1.0) >= DOUBTED)
    assert ledger.may_join("p9b1", "p9b2")  # a pairing the model never weighed is for the stage to judge
    ledger.forbidden.add(("p9b1", "p9b2"))
    assert not ledger.may_join("p9b1", "p9b2")  # nor one the user unjoined


def test_later_stages_may_not_join_what_the_second_look_doubted():
    ledger = Ledger()
    ledger.weighed[("p1b1", "p1b3")] = 0.6  # the join model liked it well enough ...
    ledger.checked[("p1b1", "p1b3")] = 0.05  # ... but the second look found it unlikely
    assert not ledger.may_join("p1b1", "p1b3")
    ledger.checked[("p1b1", "p1b3")] = 0.5  # merely unsure: a later stage with more to go on may join it
    assert ledger.may_join("p1b1", "p1b3")
