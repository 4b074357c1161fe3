"""How the join stage weighs adjacency, topic and a head that opens on punctuation."""

from __future__ import annotations

from .helpers import page_blocks

from reader.repair.join import (
    REST_BAR, among_the_rest, candidate_pairs, find_joins, quote_piece, unattributed_quote, weigh,
)
from reader.repair.join_check import join_check
from reader.repair.join_model import join_models, log_odds
from reader.repair.join_clues import pair_score
from reader.repair.join_features import marks_across, marks_of


def _blocks(text: str):
    return page_blocks(text)[1]


def quote_features(tail: str, head: str) -> dict[str, float]:
    return marks_across(marks_of(tail), marks_of(head))


def test_a_neighbour_about_something_else_is_weaker_evidence_than_topic_suggests():
    tail, head = _blocks("春运期间，重庆北站为重点旅客提供预约服务\n\n，跑步时心里更有数。")
    unrelated = pair_score(tail, head, between=[], similarity=0.0)[0]
    related = pair_score(tail, head, between=[], similarity=0.05)[0]
    assert related - unrelated > 12 * 0.05 + 1.0  # well beyond the plain topic term: the neighbour is doubted


def test_a_comma_head_goes_to_the_cut_it_shares_a_topic_with_not_to_its_neighbour():
    blocks = _blocks(
        "滨江步道全线贯通，市民沿江跑步锻炼，步道每隔500米设有一处的里程标识\n\n"
        "春运期间，重庆北站为重点旅客提供预约服务\n\n"
        "，跑步时心里更有数。不少市民说，沿江步道跑步锻炼很方便。"
    )
    checked: dict[tuple[str, str], float] = {}
    joins = find_joins(blocks, checked=checked)
    # the neighbour also wants the head (the second round of trees sees that, and doubts both), but
    # the head is never given to it, and the cut it shares a topic with is judged far likelier
    assert (1, 2) not in [(j.tail.index, j.head.index) for j in joins]
    topic, neighbour = checked[(blocks[0].id, blocks[2].id)], checked[(blocks[1].id, blocks[2].id)]
    assert topic > 0.6 and topic - neighbour > 0.2


def test_a_number_cut_from_its_unit_joins_across_other_text():
    blocks = _blocks(
        "今年以来，园区发展势头良好，全区软件和信息服务业营收突破500\n\n"
        "区科协在全区中小学开展科普讲座，讲述科学家故事。\n\n"
        "亿元。园区企业数量比上年增长两成。"
    )
    joins = find_joins(blocks)
    assert [(j.tail.index, j.head.index) for j in joins] == [(0, 2)]


def test_a_speech_verb_cut_before_its_comma_is_a_stronger_cut():
    tail, _, head = _blocks("区住房城乡建委相关负责人表示\n\n另一篇文章的段落。\n\n，明年将继续加大推进力度。")
    plain, _, _ = _blocks("区住房城乡建委相关负责人的工作\n\n另一篇文章的段落。\n\n，明年将继续加大推进力度。")
    assert pair_score(tail, head, between=[], similarity=0.05)[0] > pair_score(plain, head, between=[], similarity=0.05)[0]


def test_a_head_opening_on_a_speaker_who_advises_starts_a_paragraph():
    # "区医保局提醒，…" / "交巡警建议，…" open a paragraph the way "…负责人表示，" does
    for verb in ("提醒", "建议"):
        tail, head = _blocks(f"共济使用金额达3860万元，\n\n区医保局{verb}，家庭共济资金仅限用于医保政策范围内的费用。")
        plain_tail, plain_head = _blocks("共济使用金额达3860万元，\n\n区医保局的家庭共济资金仅限用于医保政策范围内的费用。")
        assert pair_score(tail, head, between=[], similarity=0.05)[0] < pair_score(plain_tail, plain_head, between=[], similarity=0.05)[0] - 2


def test_quotation_marks_across_the_cut_are_evidence_of_their_own():
    assert quote_features("“拆下来的旧砖旧瓦都编号保存，能用", "的全部用回去。”现场施工负责人说。") == {
        "quote_closed": 1.0, "tail_open_quote": 1.0}
    assert quote_features("从源头降低", "的全部用回去。”现场施工负责人说。") == {"quote_stray": 1.0}  # closes what nobody opened
    assert quote_features("“我们尽量用老材料，能用", "“另一句话。”") == {"quote_reopened": 1.0, "tail_open_quote": 1.0}
    assert quote_features("项目（一期", "）完成") == {"paren_closed": 1.0, "tail_open_paren": 1.0}
    assert quote_features("他说：“好。”", "大家都笑了。") == {}


def test_the_hand_clues_reach_the_join_model_one_by_one():
    blocks = page_blocks("全区新能源汽车保有量将在202\n\n7年达到10万辆。\n\n一是扩大服务消费，培育新增长点。")[1]
    found = candidate_pairs(blocks)
    named = {found.heads[hi].text[:2]: f for (ti, hi), f in found.features.items()}
    assert named["7年"].get("number_cut") == 1.0 and "number_cut" not in named["一是"]
    assert named["一是"].get("head_enumeration") == 1.0


FOREIGN = "区图书馆今年新增藏书两万册，开设了少儿阅读专区，周末还举办亲子读书会。"  # another article's paragraph


def _quote_page(quote: str, speaker: str):
    """A quotation, another article's paragraph, then the text that says who spoke."""
    return page_blocks(f"{quote}\n\n{FOREIGN}\n\n{speaker}")[1]


def test_a_quotation_left_open_at_a_full_stop_continues_where_it_closes():
    blocks = _quote_page(
        "“现在孩子坐校车上学，家长在手机上就能看到车辆实时位置，到校了随车老师还会发消息，我们很放心。",
        "”学生家长孔女士说。据介绍，目前两条学生专线每天接送学生300余人次。",
    )
    assert quote_piece(blocks[0]) and not quote_piece(blocks[1])
    (join,) = find_joins(blocks)
    assert (join.tail.index, join.head.index) == (0, 2)


def test_a_whole_quotation_in_a_paragraph_of_its_own_continues_where_its_speaker_is_named():
    blocks = _quote_page(
        "“以前是我们带着论文找企业，现在是企业带着问题找我们。”",
        "渝州理工大学机械工程学院教授廖文斌说，他的团队去年与区内一家减速器企业合作，攻克了一项关键工艺。",
    )
    assert unattributed_quote(blocks[0]) and not quote_piece(blocks[0])
    found = candidate_pairs(blocks)
    assert [t.index for t in found.tails] == [0]
    probability, _ = weigh(found, blocks, join_models())
    by_block = {found.heads[hi].index: p for (_, hi), p in probability.items()}
    assert by_block[2] > by_block[1] + 0.5  # the join model sees where the speaker is named
    # a paragraph that quotes and then names its speaker, or quotes twice, is whole
    for whole in ("“我们很放心。”家长孔女士说。", "“先干起来。”“再说。”", "“先干起来”"):
        assert not unattributed_quote(page_blocks(whole)[1][0]), whole


def test_cuts_left_without_a_head_are_weighed_again_only_among_the_heads_no_cut_took():
    blocks = _blocks(
        "区图书馆今年新增藏书两万册，开设少儿阅读专区，周末还举办\n\n"
        "渝中区今年新建城市书房12家，全区城市书房总数达到\n\n"
        "亲子读书会，吸引不少家长带着孩子参加。\n\n"
        "45家，每家面积都在100平方米以上。"
    )
    found = candidate_pairs(blocks)
    tail = {t.text[:3]: i for i, t in enumerate(found.tails)}
    head = {h.text[:3]: i for i, h in enumerate(found.heads)}
    first, second, reading, number = tail["区图书"], tail["渝中区"], head["亲子读"], head["45家"]
    # the first cut took the reading-club head: the second may only have the head left, and only when sure
    rest = among_the_rest(found, {first: (reading, 0.9)}, join_check())
    assert rest == {second: (number, rest[second][1])} and log_odds(rest[second][1]) >= REST_BAR
    assert among_the_rest(found, {first: (reading, 0.9), second: (number, 0.9)}, join_check()) == {}
