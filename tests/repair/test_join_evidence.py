"""How the join stage weighs adjacency, topic and a head that opens on punctuation."""

from __future__ import annotations

from .helpers import page_blocks

from reader.repair.join import find_joins
from reader.repair.join_clues import pair_score


def _blocks(text: str):
    return page_blocks(text)[1]


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
    joins = find_joins(blocks)
    assert [(j.tail.index, j.head.index) for j in joins] == [(0, 2)]


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
