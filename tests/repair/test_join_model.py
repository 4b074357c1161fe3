"""The join model and the evidence it adds: prose continuation, corpus rarity, article threads."""

from __future__ import annotations

from .helpers import page_blocks

import math

import reader.repair.char_model as char_model_module
from reader.repair.char_model import char_model, continuation, opening, rarity, use_model_file
from reader.repair.join import candidate_pairs, find_joins
from reader.repair.join_features import feature_names, tail_feature_names
from reader.repair.join_model import join_models
from reader.repair.threads import THREAD_FEATURES, thread_texts


def _blocks(text: str):
    return page_blocks(text)[1]


def test_a_cut_between_whole_words_still_reads_on_and_a_foreign_head_does_not():
    assert continuation("将持续提升办赛水平，", "把山城马拉松打造成") > continuation("将持续提升办赛水平，", "中心，科技工作者还将") + 0.5
    assert continuation("赛事期间，未发生严重", "伤病事件。") > continuation("赛事期间，未发生严重", "第一名成绩为2小时") + 3


def test_the_model_has_read_todays_policy_prose_not_only_1998s():
    # "稳就业", "司法局" are everyday words of a district paper; across a cut they must read on
    assert continuation("将配合相关部门做好稳", "就业工作") > continuation("将配合相关部门做好稳", "受理。“原以为") + 2
    assert continuation("1.2万余件。区司法", "局相关负责人") > continuation("1.2万余件。区司法", "主任、各位副主") + 2


def test_another_model_file_replaces_the_counts_and_forgets_what_was_worked_out_from_the_old_ones(tmp_path):
    shipped = char_model_module.MODEL_FILE
    before = char_model()
    continuation("做好稳", "就业")
    copy = tmp_path / "model.bin.gz"
    copy.write_bytes(shipped.read_bytes())
    try:
        use_model_file(copy)
        assert char_model() is not before and char_model().total == before.total
        assert continuation.cache_info().currsize == 0
    finally:
        use_model_file(shipped)
    assert char_model_module.MODEL_FILE == shipped


def test_counts_saved_to_a_model_file_read_back_as_they_were(tmp_path):
    tables = {
        "1": {"智": 3, "能": 4, "家": 2, "$": 1}, "2": {"智能": 3, "能家": 2}, "3": {"智能家": 2},
        "c1": {"智": 3, "能": 2}, "c2": {"智能": 2},
    }
    path = tmp_path / "model.bin.gz"
    char_model_module.save_model(path, "a test", tables, {"智能": "N", "家电": "N", "推动": "V"})
    model = char_model(path)
    assert model.uni == tables["1"] and model.total == 10
    assert [model.bi.get(g) for g in ("智能", "能家", "家电")] == [3, 2, 0]
    assert model.tri.get("智能家") == 2 and model.tri.get("能家电") == 0
    assert model.after.get("智") == 3 and model.after.get("智能") == 2
    assert model.classes == {"智能": "N", "家电": "N", "推动": "V"}


def test_paragraph_openings_read_as_openings_and_the_inside_of_a_sentence_does_not():
    # how news paragraphs open ("今年以来，", "据介绍，", "区…负责人") against the pieces a column break leaves
    for start in ("今年以来，全区", "据介绍，", "区商务委相关负责人"):
        assert opening(start) > 1.5
    for piece in ("理空间里，一场", "、专业服务", "明显增大，燃气"):
        assert opening(piece) < -0.5
    assert opening("") == 0.0


def test_continuation_needs_text_on_both_sides():
    assert continuation("，", "城市") == 0.0
    assert continuation("城市", "") == 0.0


def test_rare_character_pairs_say_more_about_a_topic_than_common_ones():
    assert rarity("马拉") > rarity("发展") + 2
    assert rarity("𠀀𠀁") == math.log(char_model().total)  # unseen: the rarest there is


def test_the_character_model_is_a_probability_model():
    model = char_model()
    total = sum(math.exp(model.logp(c, "发展")) for c in model.uni)
    assert 0.9 < total < 1.1  # P(c | context) over the alphabet sums to about one


def test_the_shipped_weights_only_name_features_the_code_computes():
    first, *later = join_models()
    assert later, "a second round compares threads"
    known = set(feature_names())
    assert set(first.weights) <= known
    assert all(set(model.weights) <= known | set(THREAD_FEATURES) for model in later)
    assert all(set(model.none_weights) <= set(tail_feature_names()) | {"bias"} for model in [first, *later])
    blocks = _blocks("滨江步道全线贯通，市民沿江跑步锻炼，步道每隔500米设有一处里程标\n\n识，跑步时心里更有数。")
    found = candidate_pairs(blocks)
    assert found.features and all(set(f) <= known for f in found.features.values())


def test_each_tail_chooses_among_its_heads_or_none():
    blocks = _blocks("滨江步道全线贯通，市民沿江跑步锻炼，步道每隔500米设有一处里程标\n\n识，跑步时心里更有数。\n\n另一篇文章的段落。")
    found = candidate_pairs(blocks)
    probability = join_models()[0].probabilities(found.features)
    for ti in {ti for ti, _ in found.features}:
        total = sum(p for (t, _), p in probability.items() if t == ti)
        assert 0 < total < 1  # the rest is the chance that the tail continues nowhere on this page


def test_a_join_reports_the_model_probability_as_its_confidence():
    blocks = _blocks("滨江步道全线贯通，市民沿江跑步锻炼，步道每隔500米设有一处里程标\n\n识，跑步时心里更有数。")
    (join,) = find_joins(blocks)
    assert (join.tail.index, join.head.index) == (0, 1)
    assert 0.9 <= join.confidence <= 0.99


def test_a_thread_runs_back_through_earlier_joins_and_forward_through_later_ones():
    blocks = _blocks(
        "# 马拉松开跑\n\n"
        "山城马拉松昨日鸣枪，三万名选手沿江奔跑，赛道穿越大\n\n"
        "图书馆推出通借通还服务，读者可就近借\n\n"
        "桥和隧道。沿途市民为选手加油，志愿者为选手送上补给，赛道设置\n\n"
        "书还书。\n\n"
        "医疗点二十个，确保赛事安全。"
    )
    tails = [b for b in blocks if b.index in (1, 2, 3)]
    heads = [b for b in blocks if b.index in (3, 4, 5)]
    before, after = thread_texts(blocks, tails, heads, {"p1b1": "p1b3", "p1b3": "p1b5"})
    assert "山城马拉松" in before["p1b3"] and "马拉松开跑" in before["p1b3"]  # its run and the one chained before
    assert "医疗点" in after["p1b3"]  # the head's run and the one chained after it
    assert "山城马拉松" not in after["p1b3"]  # never the tail's own text: a pairing is not credited with itself
    assert "图书馆" not in before["p1b3"] and "书还书" not in after["p1b3"]
