"""Made-up sentences: each positive form is found with its fields, each negative kind is left alone."""

from __future__ import annotations

import pytest

from reader.commitments import detect


def _one(text):
    found = detect(text)
    assert len(found) == 1, [c.to_json() for c in found]
    return found[0]


def test_a_plan_target_with_all_its_fields():
    c = _one("明年，区商务委将力争社会消费品零售总额突破800亿元。")
    assert (c.value, c.unit) == (800, "亿元")
    assert c.metric == "社会消费品零售总额"
    assert c.qualifier.split("、") == ["力争", "突破"]
    assert c.period == "明年"
    assert c.actor == "区商务委"
    text = "明年，区商务委将力争社会消费品零售总额突破800亿元。"
    assert text[c.start : c.end] == c.text and len(c.text) <= 80
    assert 0.5 < c.confidence <= 1.0


def test_year_known_turns_relative_periods_into_years():
    c = detect("今年主要预期目标是：地区生产总值增长6%左右。", year=2025)[0]
    assert c.period == "2025年"
    assert detect("明年计划新建学校3所。", year=2025)[0].period == "2026年"


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("今年将确保失业率控制在5%以内。", ["确保", "以内"]),
        ("今年计划新建学校不少于3所。", ["计划", "不少于"]),
        ("到2027年，覆盖率不低于90%。", ["不低于"]),
        ("明年争取引进企业超过20家。", ["争取", "超过"]),
        ("力争年内新增就业岗位2万个以上。", ["力争", "以上"]),
    ],
)
def test_qualifiers(text, qualifiers):
    assert _one(text).qualifier.split("、") == qualifiers


def test_respectively_gives_one_target_per_metric():
    found = detect("今年全区公路运输周转量、邮政业务总量将分别增长5%、20%。")
    assert [(c.metric, c.value, c.unit) for c in found] == [
        ("公路运输周转量增长", 5, "%"),
        ("邮政业务总量增长", 20, "%"),
    ]
    found = detect("“十五五”期间，力争科技型企业、普惠小微企业融资规模分别达500亿元、550亿元。")
    assert [(c.metric, c.value) for c in found] == [("科技型企业融资规模", 500), ("普惠小微企业融资规模", 550)]
    assert all("达" in c.qualifier for c in found)


def test_ranges_are_lists():
    c = _one("“十五五”时期，渝中将吸引5—8家总部型金融机构入驻。")
    assert c.value == [5, 8] and c.unit == "家"


def test_enumerations_split_into_targets():
    found = detect("明年将资金帮扶4000万元、消费帮扶5000万元以上。")
    assert [(c.metric, c.value, c.qualifier) for c in found] == [("资金帮扶", 4000, ""), ("消费帮扶", 5000, "以上")]


def test_plan_section_of_a_report():
    text = "一、2024年工作回顾\n一年来，新建口袋公园12个，改造老旧小区85个。\n二、2025年工作安排\n新建口袋公园15个，改造老旧小区90个以上。"
    found = detect(text)
    assert [(c.value, c.period) for c in found] == [(15, "2025年"), (90, "2025年")]


def test_review_before_the_plan_heading_is_not_suggested():
    text = "各部门新增发明专利506件，城镇新增就业5.07万人。\n## 二、2025年工作安排\n城镇新增就业5万人以上。"
    assert [c.value for c in detect(text)] == [5]


@pytest.mark.parametrize(
    "text",
    [
        "累计吸引239个优秀人才团队参与攻关。",  # cumulative result
        "全区市场主体达12.02万户，占全区市场主体总量的97.4%。",  # a level reached
        "民营经济增加值从2020年524.3亿元增至2024年634亿元。",  # growth from … to …
        "2024年全社会研发经费投入达19.1亿元，较2020年增长150%。",  # a past year compared
        "过去五年，全区累计完成固定资产投资1100亿元。",  # past five years
        "目前已有84个技术攻关项目获得支持。",  # already
        "现年60岁的冉光辉收到一份礼物。",  # age
        "12月22日，项目正式启动。",  # date
        "咨询电话：023-63801234，手机13912345678。",  # phone numbers
        "该区位居全国第4，连续4年获评先进。",  # ranks
        "重点做好以下十个方面工作，重点干好三件事。",  # counting the speech
        "深入实施“十项行动”，迭代“4311”现代化产业体系。",  # names and codes
        "海拔1900多米的天池坝，全长约2.3公里。",  # measures of places
        "上半年全区新登记市场主体9800户，同比增长12%。",  # a period's result
    ],
)
def test_negatives(text):
    assert detect(text) == [], [c.to_json() for c in detect(text)]


def test_a_past_year_of_the_issue_is_a_result():
    assert detect("2024年社零总额达1763亿元。", year=2025) == []


def test_long_clauses_are_cut_to_80_characters():
    clause = "明年将" + "推动现代服务业集聚发展" * 8 + "新增规上企业30家"
    c = _one(clause + "。")
    assert len(c.text) <= 80 and "30家" in c.text and clause[c.start : c.end] == c.text


def test_empty_and_numberless_text():
    assert detect("") == []
    assert detect("今年将持续深化改革，推动高质量发展。") == []
