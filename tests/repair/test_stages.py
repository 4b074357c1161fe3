"""Each pipeline stage on its own: blocks, classify, join evidence, dedupe, assignment."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .helpers import page_blocks

from reader.repair.assignment import best_assignment
from reader.repair.blocks import MARKER, page_number
from reader.repair.classify import complete
from reader.repair.dedupe import remove_duplicates
from reader.repair.join import candidate_pairs, find_joins
from reader.repair.lexicon import boundary_word, starts_mid_word
from reader.repair.loading import page_from_text
from reader.repair.topic import TopicSpace, prose_space


_blocks = page_blocks


def test_jump_markers_in_the_other_ways_papers_print_them():
    _, blocks, _ = _blocks("(紧接1版)正文继续。\n\n结尾没有写完（转至A3版）\n\n［下转第二版］\n\n（续接第 2 版）又一段。")
    assert blocks[0].jump_from == 1 and blocks[0].text == "正文继续。"
    assert blocks[1].jump_to == 3 and blocks[1].text == "结尾没有写完"
    assert blocks[2].kind == "marker" and blocks[2].jump_to == 2
    assert blocks[3].jump_from == 2 and blocks[3].text == "又一段。"


def test_page_furniture_is_removed_as_such_and_the_page_name_still_found():
    from reader.repair.pipeline import repair_pages

    page = page_from_text(
        "2024年12月20日 星期五\n\n第2版\n\n# 要闻\n\n## 社区食堂开进老旧小区\n\n"
        "本报讯（记者 王 悦）社区食堂开业以来，每天接待老人三百余人次。\n\n"
        "责任编辑：王 丽  美术编辑：张 强\n\n校对：李 明\n",
        number=2,
    )
    data = repair_pages([page]).to_json()
    (article,) = data["articles"]
    assert article["title"] == "社区食堂开进老旧小区" and article["kicker"] is None
    assert article["byline"] == "本报讯（记者 王 悦）"
    removed = {r["text"]: r["reason"] for r in data["removed"]}
    assert removed["2024年12月20日 星期五"] == removed["第2版"] == "page-header"
    assert removed["要闻"] == "page-name"
    assert removed["责任编辑：王 丽  美术编辑：张 强"] == removed["校对：李 明"] == "footer"


def test_a_longer_page_name_over_a_title_set_a_level_deeper_is_the_page_name():
    _, blocks, _ = _blocks("# 民生·社会\n\n## 社区食堂开进老旧小区\n\n本报讯 社区食堂开业以来，每天接待老人三百余人次。")
    assert [b.kind for b in blocks[:2]] == ["page-name", "title"]
    _, blocks, _ = _blocks("# 学习贯彻区委十三届八次全会精神\n\n## 社区食堂开进老旧小区\n\n本报讯 社区食堂开业以来。")
    assert blocks[0].kind != "page-name"  # a kicker is longer than a page's name


def test_a_headline_in_two_parts_after_a_percentage_is_a_heading():
    _, blocks, _ = _blocks(
        "前三季度全区地区生产总值同比增长5.8% 经济运行稳中向好\n\n"
        "本报讯（记者 刘 洋）记者从区统计局获悉，前三季度，全区实现地区生产总值1286.4亿元。"
    )
    assert blocks[0].kind == "title"


@pytest.mark.parametrize(
    "text",
    [
        # the occasion line over a short report title
        "区教委表示，将继续深化产教融合。\n\n2025年1月10日在江北区第十八届人民代表大会第五次会议上\n\n"
        "江北区人民政府工作报告（摘要）\n\n各位代表！过去一年，面对复杂严峻的外部环境。",
        # a column name over a short question headline
        "区总工会相关负责人表示，将切实维护他们的合法权益。\n\n融媒会客厅\n\n文旅融合如何激活城市消费新动能？\n\n"
        "文化和旅游是扩大内需、促进消费的重要领域。",
        # a "#" banner over a "##" title
        "代表们详细询问了改造资金来源和居民意见征集等情况。\n\n# 区委经济工作会议特刊\n\n"
        "## 前三季度全区地区生产总值同比增长5.8% 经济运行稳中向好\n\n本报讯（记者 刘 洋）记者从区统计局获悉。",
        # an event's name over the headline
        "区总工会相关负责人表示，将切实维护他们的合法权益。\n\n2025山城半程马拉松\n\n2.2万名跑者竞逐两江四岸\n\n"
        "本报讯（记者 蒋 琳）12月8日上午，2025山城半程马拉松在滨江路鸣枪开跑。",
        # the day an observance falls on over the headline
        "区总工会相关负责人表示，将切实维护他们的合法权益。\n\n12·4国家宪法日\n\n宪法宣传周启动 法治文化走进商圈街巷\n\n"
        "本报讯（记者 苏 畅）12月4日是第十二个国家宪法日。",
    ],
    ids=["occasion-line", "column-name", "banner", "event-name", "observance-day"],
)
def test_the_line_over_an_articles_title_is_its_kicker(text):
    _, blocks, _ = _blocks(text)
    assert [b.kind for b in blocks[1:3]] == ["kicker", "title"]


@pytest.mark.parametrize(
    "headline",
    ["我区今年新建口袋公园23个", "全长7.8公里！“两江连山”步道全线贯通", "“企业有所呼，我们必有所应”", "一条老街的“共治”之路"],
)
@pytest.mark.parametrize("under", ["记者 张 璐", "本报讯（记者 张 璐）12月12日，区城市管理局介绍，今年新建口袋公园23个。"])
def test_a_short_line_over_a_credit_line_or_a_dateline_is_a_title(headline, under):
    _, blocks, _ = _blocks(f"居民们说，家门口就能散步了。\n\n{headline}\n\n{under}")
    assert blocks[1].kind == "title"


def test_a_question_over_a_credit_line_is_a_title_though_a_comma_parts_it():
    _, blocks, _ = _blocks("居民们说，家门口就能散步了。\n\n健身房突然关门，预付卡里的钱还能退吗？\n\n记者 陶 然\n\n“上个月还在正常上课，这个月门就关了。”")
    assert blocks[1].kind == "title"
    _, blocks, _ = _blocks("居民们说，家门口就能散步了。\n\n预付卡里的钱，还能退吗？\n\n“上个月还在正常上课，这个月门就关了。”")
    assert blocks[1].kind == "paragraph"  # without the credit line it may be a paragraph's question


def test_a_quotation_printed_whole_over_a_heading_heads_the_article_and_is_no_cut_piece():
    _, blocks, _ = _blocks("完成城镇危旧房改造任务。\n\n“犯了错，也要重新站起来”\n\n我区推行社区矫正对象分类帮扶 今年以来无一人重新违法犯罪\n\n说到底，矫正是为了回归社会。")
    assert blocks[1].kind in ("title", "kicker") and blocks[2].kind in ("title", "subtitle")
    _, blocks, _ = _blocks("他常对居民说：\n\n“犯了错，也要重新站起来”\n\n说到底，矫正是为了回归社会。")
    assert blocks[1].kind == "paragraph"


def test_a_headline_with_a_colon_is_a_heading_but_a_sentence_leading_to_a_colon_is_not():
    _, blocks, _ = _blocks("菜市场里的“快检室”：15分钟出结果\n\n“师傅，帮我测测这把小白菜。”12月19日上午，一位市民说。")
    assert blocks[0].kind == "title"
    _, blocks, _ = _blocks("区市场监管局负责人介绍说：今年快检室\n\n“师傅，帮我测测这把小白菜。”12月19日上午，一位市民说。")
    assert blocks[0].kind == "paragraph"


def test_a_headline_asking_how_it_was_done_ends_on_de_and_is_still_a_heading():
    _, blocks, _ = _blocks("家门口的“15分钟生活圈”是怎样炼成的\n\n出门左转是修鞋配钥匙的小铺，右转是社区食堂。")
    assert blocks[0].kind == "title"
    _, blocks, _ = _blocks("这条步道是由区城市管理局牵头建设的\n\n出门左转是修鞋配钥匙的小铺，右转是社区食堂。")
    assert blocks[0].kind == "paragraph"  # 的 ending a plain statement still waits for more


def test_a_line_between_a_heading_and_an_opening_paragraph_is_its_subtitle_though_it_ends_on_an_unknown_word():
    # "…创业经" ends on a character jieba leaves alone, as cut pieces do; but it stands between a
    # heading and a paragraph's opening words, where no piece of a cut paragraph would
    _, blocks, _ = _blocks(
        "项目主要集中在产业园区、\n\n“一田双收”的秘密\n\n退役军人老胡的创业经\n\n秋收时节，龙溪镇柏林村的稻田里，稻穗低垂。"
    )
    assert [b.kind for b in blocks] == ["paragraph", "title", "subtitle", "paragraph"]
    _, blocks, _ = _blocks(  # under a section heading, a piece the text goes on from stays a paragraph
        "项目主要集中在产业园区、\n\n“一田双收”的秘密\n\n退役军人老胡的创业经\n\n验和他的合作社。"
    )
    assert blocks[2].kind == "paragraph"


def test_a_short_cut_piece_over_a_paragraph_of_its_own_stays_a_paragraph():
    _, blocks, _ = _blocks("今年以来，全区新建口袋公园23个\n\n居民们说，家门口就能散步了。")
    assert blocks[0].kind == "paragraph"


def test_an_occasion_line_under_a_report_title_is_not_the_title():
    _, blocks, _ = _blocks(
        "居民们说，家门口就能散步了。\n\n区人民政府工作报告（摘要）\n\n"
        "——2026年1月8日在区第十八届人民代表大会第五次会议上\n\n各位代表：现在，我代表区人民政府向大会报告工作。"
    )
    assert blocks[1].kind == "title" and blocks[2].kind in ("subtitle", "kicker")


def test_a_wrapped_report_title_is_no_running_header():
    _, blocks, _ = _blocks(
        "据统计，今年以来全区已举办残疾人专场招聘会12场，帮助\n\n# 区政府关于全区  \n安全生产工作情况的报告\n\n"
        "——2025年12月24日在区第十九届人民代表大会常务委员会第二十六次会议上\n\n主任、各位副主任、秘书长、各位委员：现在，我报告工作。"
    )
    assert blocks[1].kind == "title"


def test_a_running_header_inside_a_paragraph_over_a_title_is_removed_and_the_title_kept():
    _, blocks, _ = _blocks(
        "加快推进江北嘴金融城三期、鸿恩寺数字经济片区建\n\n# 江北区人民政府工作报告\n\n"
        "物业服务“红黑榜”首次发布 12个小区上榜“红榜”\n\n本报讯（记者 宋 琳）近日，区住房城乡建委首次发布物业服务“红黑榜”。"
    )
    assert [b.kind for b in blocks[1:3]] == ["running-header", "title"]
    _, blocks, _ = _blocks("# 江北区人民政府工作报告\n\n2025年1月10日在江北区第十八届人民代表大会第五次会议上\n\n各位代表！过去一年。")
    assert blocks[0].kind == "title"  # at the top of a page it is the report's own title


def test_a_footer_between_a_kicker_and_its_title_does_not_part_them():
    _, blocks, _ = _blocks(
        "产业观察\n\n扫码关注重庆渝中APP图文报道\n\n## 数字经济产业园新入驻企业 58家 软件和信息服务业营收增长21%\n\n"
        "记者 刘 洋 通讯员 郑 凯\n\n走进位于鸿恩寺片区的数字经济产业园，一栋栋写字楼里，程序员们正对着屏幕敲击代码。"
    )
    assert [b.kind for b in blocks[:3]] == ["kicker", "footer", "title"]


def test_three_short_heading_lines_are_a_heading_group_not_table_cells():
    _, blocks, _ = _blocks(
        "新认定高新技术企业96家。\n\n今年全区经济社会发展主要预期目标\n\n产业观察\n\n数字经济产业园新入驻企业58\n家 软件和信息服务业营收增长21%\n\n"
        "走进位于鸿恩寺片区的数字经济产业园，一栋栋写字楼里，程序员们正对着屏幕敲击代码。"
    )
    assert "other" not in [b.kind for b in blocks]
    assert blocks[3].kind == "title"


def test_credit_lines_in_the_forms_papers_print_them_are_bylines():
    for credit in ("■记者 张三", "□本报记者 张三 实习生 王五", "融媒体记者 黄清娟", "渝中区融媒体中心记者 张三", "（记者 张三）"):
        _, blocks, _ = _blocks(f"# 社区食堂开进老旧小区\n\n{credit}\n\n社区食堂开业以来，每天接待老人三百余人次。")
        assert blocks[1].kind == "byline", credit
    _, blocks, _ = _blocks("# 社区食堂开进老旧小区\n\n记者节到了，编辑部的同事们都很高兴。")
    assert blocks[1].kind == "paragraph"


def test_blocks_keep_offsets_into_the_page_and_count_only_non_empty_blocks():
    page, blocks, _ = _blocks("\n\n第一段。\n\n\n  第二段文字  \n\n")
    assert [b.id for b in blocks] == ["p1b0", "p1b1"]
    for b in blocks:
        assert page.text[b.start : b.end] == b.raw


def test_markers_are_stripped_and_recorded_with_their_page_numbers():
    _, blocks, ledger = _blocks("(上接1版)正文继续写下去。\n\n（下转第三版）\n\n结尾没有写完(下转12版)")
    assert blocks[0].text == "正文继续写下去。" and blocks[0].jump_from == 1
    assert blocks[1].kind == "marker" and blocks[1].jump_to == 3
    assert blocks[2].jump_to == 12
    assert [r.text for r in ledger.removed if r.reason == "marker"] == ["(上接1版)", "（下转第三版）", "(下转12版)"]
    assert page_number("十二") == 12 and MARKER.search("（上接1版）")


def test_wrapped_heading_is_unwrapped_and_a_question_is_a_section():
    _, blocks, ledger = _blocks("## 标题\n\n正文第一段。\n\n“十四五”期间，渝中围绕科技  \n创新采取了哪些举  \n措？\n\n答复的正文。")
    question = blocks[2]
    assert question.text == "“十四五”期间，渝中围绕科技创新采取了哪些举措？"
    assert question.kind == "section"
    assert any(r.kind == "unwrap-heading" for r in ledger.repairs)


def test_classify_boilerplate_bylines_and_title_groups():
    _, blocks, _ = _blocks(
        "# 要闻\n\n学习贯彻区委十三届八次全会精神\n\n以“新”促兴 以“质”致远 赋能现代化产业体系新跃升\n\n"
        "本报讯（记者 徐 潇）日前，正文开始。\n\n区民政局\n\n区民政局召开专题学习会。\n\n首席记者 刘 侃\n\n扫码关注重庆渝中APP图文报道\n\n（来源：新华社）"
    )
    kinds = [b.kind for b in blocks]
    assert kinds == ["page-name", "kicker", "title", "paragraph", "section", "paragraph", "byline", "footer", "source-note"]


def test_complete_sentence_endings():
    assert complete("全力以赴。") and complete("他说：“好。”") and complete("重点做好以下工作：")
    assert not complete("在有限的物") and not complete("要补齐短板，") and not complete("搬运行李；")


def test_word_across_the_cut_is_evidence():
    assert boundary_word("面对时代命题，在有限的物", "理空间里，一场")[0] == "物理"
    assert boundary_word("志愿者和外卖骑手", "下一步，我区将")[1] == 0.0  # would break "下一步"
    assert starts_mid_word("理空间里，一场") and not starts_mid_word("黄茂军表示，区委将")
    # an office the dictionary does not know still opens a paragraph: "区住房城乡建委…", "市交通局…"
    assert not starts_mid_word("区住房城乡建委相关负责人表示") and not starts_mid_word("市交通运输委相关负责人介绍")


def test_join_crosses_a_heading_and_prefers_the_real_continuation():
    _, blocks, _ = _blocks(
        "面对高质量发展的时代命题，渝中深知，唯有创新才能赢得未来。在有限的物\n\n"
        "立足极核担当聚势 夯实区域发展基石 渝中锻造现代服务业高质量发展“强引擎”\n\n"
        "理空间里，一场以科技创新和产业创新为核心的“内生裂变”正在发生。"
    )
    joins = find_joins(blocks)
    assert [(j.tail.index, j.head.index, j.word) for j in joins] == [(0, 2, "物理")]


def test_overrides_force_and_forbid_joins():
    _, blocks, _ = _blocks("在有限的物\n\n理空间里，一场变革正在发生。")
    assert find_joins(blocks, forbidden={("p1b0", "p1b1")}) == []
    _, blocks, _ = _blocks("第一段没有写完\n\n另一个段落。")
    assert [(j.tail.id, j.head.id) for j in find_joins(blocks, forced={("p1b0", "p1b1")})] == [("p1b0", "p1b1")]


def test_dedupe_removes_the_later_copy_only():
    text = "度，这套制度既能引导居民参与空间设计、建设、运营和活动策划，又能激发居民主体作用"
    _, blocks, ledger = _blocks(f"{text}\n\n会议还研究了其他事项。\n\n{text}\n\n会议还研究了其他事项。")
    removed = remove_duplicates(blocks, ledger)
    assert [b.index for b in removed] == [2]
    assert [r.reason for r in ledger.removed] == ["duplicate"]


def test_assignment_is_one_to_one_and_maximal():
    # greedy would take 0→0 (5) and leave row 1 without a match; the best total is 4 + 4
    assert best_assignment([[5.0, 4.0], [4.0, 0.0]]) == [1, 0]
    assert best_assignment([[0.0, 0.0]]) == [None]
    assert best_assignment([]) == []


def test_importing_the_engine_does_not_load_jieba():
    import subprocess
    import sys

    code = "import sys, reader.repair, reader.repair.pipeline; print('jieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_lone_jump_marker_keeps_the_cut_before_it_for_the_other_page():
    _, blocks, _ = _blocks(
        "科技活动周期间，全区将举办科普活动百余场，区内12家高\n\n（下转3版）\n\n"
        "校院所和科技企业将向公众开放实验室。"
    )
    assert blocks[0].jump_to == 3  # known from classification on
    assert find_joins(blocks) == []  # the continuation is on page 3, not the next block here


def test_a_short_line_before_a_lone_jump_marker_is_text_going_on_not_a_heading():
    _, blocks, _ = _blocks(
        "## 让消费“热起来”更要“旺下去”\n\n今年以来，全区消费市场持续回暖，1至1\n\n(下转3版)\n\n"
        "首期“非遗夜校”共开设蜀绣、漆器、竹编、糖画\n\n(下转2版)\n\n# 二次供水设施改造完成"
    )
    assert [(b.kind, b.jump_to) for b in blocks if b.text][:3] == [("title", None), ("paragraph", 3), ("paragraph", 2)]


def test_a_lone_jump_marker_after_a_fragment_printed_twice_ends_the_text_before_the_copy():
    text = (
        "## 市级文保单位胡氏公馆完成修缮\n\n据了解，我区全面推行中小学校领导、教师陪餐制度和家长参与食堂管理制度，所\n\n"
        "历时14个月施工，市级文物保护单位\n\n"
        "据了解，我区全面推行中小学校领导、教师陪餐制度和家长参与食堂管理制度，所\n\n(下转2版)"
    )
    _, blocks, _ = _blocks(text)
    assert [b.jump_to for b in blocks if b.text.startswith("历时")] == [2]
    assert [b.jump_to for b in blocks if b.text.startswith("据了解")] == [None, None]


def test_a_sentence_broken_at_a_jump_goes_on_after_the_other_page_marker():
    from reader.repair.pipeline import repair_pages

    first = page_from_text(
        "# 社区食堂开进老旧小区\n\n本报讯 社区食堂开业以来，每天接待老人三百余人次。街道为六十岁以上的老人(下转2版)",
        number=1,
    )
    second = page_from_text(
        "# 江北召开会议\n\n会议部署了明年的重点任务。\n\n(上接1版)提供八折优惠，并为行动不便的老人送餐上门。",
        number=2,
    )
    issue = repair_pages([first, second])
    articles = issue.to_json()["articles"]
    joined = [a for a in articles if any("六十岁以上的老人提供八折优惠" in p for p in a["paragraphs"])]
    assert len(joined) == 1 and joined[0]["title"] == "社区食堂开进老旧小区", articles


def _stitched(first: str, second: str, *, names: tuple[str, str] = ("page.txt", "page.txt")) -> dict[str, list[str]]:
    """Two page texts repaired as one issue: each article's paragraphs by title."""
    from reader.repair.pipeline import repair_pages

    pages = [page_from_text(text, number=n, name=name) for n, (text, name) in enumerate(zip((first, second), names), start=1)]
    return {a["title"]: a["paragraphs"] for a in repair_pages(pages).to_json()["articles"]}


def test_text_after_an_articles_jump_belongs_to_another_article():
    articles = _stitched(
        "# 反诈宣传进社区\n\n本报讯 12月19日，区公安分局反诈民警走进大石坝街道东原社区，为居民开展防范电信网络诈骗专题宣传。\n\n"
        "# 垃圾分类新规实施一年\n\n为调动居民积极性，不少社区推行“绿色积分”制度，\n\n(下转2版)\n\n"
        "活动中，民警结合近期辖区发生的真实案例，(下转2版)",
        "(上接1版)揭秘了刷单返利、冒充客服退款等常见诈骗手法。\n\n(上接1版)居民正确投放可获得积分，用于兑换生活用品。",
    )
    assert any("真实案例，揭秘了刷单返利" in p for p in articles["反诈宣传进社区"]), articles
    assert any("“绿色积分”制度，居民正确投放" in p for p in articles["垃圾分类新规实施一年"]), articles


def test_of_two_jumps_the_part_left_mid_sentence_takes_the_part_that_starts_mid_sentence():
    articles = _stitched(
        "# 通借通还服务上线\n\n本报讯 区图书馆推出通借通还服务，读者可在全区38个分馆借书还书。(下转2版)\n\n"
        "# 山城马拉松开跑\n\n本报讯 山城马拉松昨日鸣枪开跑，三万名选手沿江奔跑，赛道穿越大桥和隧道(下转2版)",
        "(上接1版)此外，选手和市民均可免费借阅。\n\n(上接1版)，全程设置医疗点二十个。",
    )
    assert articles["山城马拉松开跑"][-1].endswith("赛道穿越大桥和隧道，全程设置医疗点二十个。"), articles
    assert articles["通借通还服务上线"][-1] == "此外，选手和市民均可免费借阅。", articles


@pytest.mark.parametrize(
    ("title", "before", "after", "joined"),
    [
        # a part that starts on a mark goes on from the jump, even before a speech verb
        ("百年老街“微更新”", "老街改造坚持一条规矩：能修的不拆，能留的不搬。项目设计负责人",
         "、区规划设计院工程师方立新介绍，改造前，设计团队花了四个月时间走访老街坊。", "项目设计负责人、区规划设计院工程师方立新介绍"),
        # a sentence broken at the marker goes on even into what reads like a speaker's opening
        ("从拿地到开工仅用3天", "审批服务前移到了项目现场。区政务服务",
         "中心工程建设项目审批专窗负责人介绍，今年以来已有12个项目实现拿地即开工。", "区政务服务中心工程建设项目审批专窗负责人介绍"),
    ],
)
def test_a_sentence_broken_at_a_jump_goes_on_after_the_marker_on_the_other_page(title, before, after, joined):
    articles = _stitched(
        f"# {title}\n\n本报讯 {before}(下转2版)\n\n"
        "# 社区食堂开进老旧小区\n\n本报讯 社区食堂开业以来，每天接待老人三百余人次，菜价比市场低两成。(下转2版)",
        f"(上接1版)社区食堂还为行动不便的老人送餐上门。\n\n(上接1版){after}",
    )
    assert any(joined in p for p in articles[title]), articles


def test_a_quotation_left_open_at_a_jump_is_closed_by_the_part_after_the_marker():
    articles = _stitched(
        "# 剪纸传承人付秀琴\n\n本报讯 师傅当年告诉她：“剪纸先要心静，心一乱，剪刀就不听话。(下转2版)",
        "# 江北召开会议\n\n会议部署了明年的重点任务。\n\n(上接1版)”这句话，付秀琴记了50年。",
    )
    assert articles["剪纸传承人付秀琴"][-1].endswith("剪刀就不听话。”这句话，付秀琴记了50年。"), articles


def test_text_under_a_heading_that_carries_the_continued_from_marker_is_a_continuation():
    from reader.repair.assemble import build_drafts
    from reader.repair.topic import TopicSpace

    _, blocks, ledger = _blocks(
        "# 经济\n\n## 年货市场抽检“菜篮子” 节前食品安全专项检查启动\n\n重点检查冷链食品、熏腊制品和年夜饭餐饮单位\n\n"
        "（上接1版）守好“年夜饭” 餐饮后厨亮出来\n\n"
        "春节前后是年夜饭、团年宴的集中期，执法人员将对承办年夜饭的餐饮单位进行全覆盖检查。"
    )
    assert blocks[3].kind == "subtitle" and blocks[3].jump_from == 1  # the marker stood on a heading line
    drafts = build_drafts(blocks, [], ledger, space=TopicSpace(b.text for b in blocks))
    (draft,) = [d for d in drafts if any(b.text.startswith("春节前后") for b in d.blocks)]
    assert draft.continued_from == 1  # so the stitch stage pairs it with page 1's "(下转2版)"


def test_page_numbers_printed_in_the_file_names_match_the_jump_markers():
    from reader.repair.loading import printed_page_numbers

    names = ("page-2.txt", "page-5.txt")
    assert printed_page_numbers([page_from_text("", number=n, name=name) for n, name in enumerate(names, 1)]) == {1: 2, 2: 5}
    articles = _stitched(
        "# 社区食堂开进老旧小区\n\n本报讯 社区食堂开业以来，每天接待老人三百余人次。街道为六十岁以上的老人(下转5版)",
        "(上接3版)社区食堂的老人们还组织了合唱团，每周排练两次。\n\n(上接2版)提供八折优惠，并为行动不便的老人送餐上门。",
        names=names,
    )
    assert any("六十岁以上的老人提供八折优惠" in p for p in articles["社区食堂开进老旧小区"]), articles


def test_a_title_repeated_over_the_wrong_continuation_does_not_mislead_the_stitching():
    articles = _stitched(
        "# 图书馆通借通还服务上线\n\n本报讯 区图书馆推出通借通还服务，读者可在全区图书馆分馆借书还书，"
        "图书馆还将为读者(下转2版)\n\n"
        "# 山城马拉松鸣枪开跑\n\n本报讯 山城马拉松昨日鸣枪开跑，三万名选手沿江奔跑，赛道沿线选手(下转2版)",
        "# 图书馆通借通还服务上线\n\n(上接1版)们补给饮水，马拉松选手冲过终点后领取完赛奖牌。\n\n"
        "(上接1版)提供预约借书服务，读者在图书馆小程序上预约后到馆取书。",
    )
    assert any("图书馆还将为读者提供预约借书服务" in p for p in articles["图书馆通借通还服务上线"]), articles
    assert any("赛道沿线选手们补给饮水" in p for p in articles["山城马拉松鸣枪开跑"]), articles
    assert not any("图书馆" in p for p in articles["山城马拉松鸣枪开跑"])  # the other title is not kept as a section


def test_pages_that_run_their_columns_in_order_trust_the_next_block():
    from reader.repair.join_clues import layout_bonus

    in_order = {(0, 0): (6.0, True), (1, 1): (5.5, True), (2, 2): (7.0, True), (3, 3): (2.0, True)}
    interleaved = {(0, 1): (6.0, False), (1, 2): (5.5, False), (2, 3): (7.0, False), (3, 4): (2.0, True)}
    assert layout_bonus(in_order) > 0 > layout_bonus(interleaved)
    assert layout_bonus({(0, 0): (6.0, True)}) == 0.0  # one sure join says nothing about the page


def test_a_count_keeps_its_measure_word_across_the_cut():
    assert boundary_word("新建社区养老服务站15个", "体工作举措，并组织委员")[1] == 0.0  # not "个体"
    assert boundary_word("推动会议精神转化为具", "体工作举措，并组织委员")[0] == "具体"


def test_cut_fragments_are_not_taken_for_headings():
    _, blocks, _ = _blocks(
        "# 社区养老服务提质扩容\n\n"
        "本报讯 全区新增养老床位800个，新建社区养老服务站15个。\n\n"
        "、仓储物流\n\n"
        "步道建设坚持“还江于民\n\n"
        "区卫生健康委相关负责人表示"
    )
    assert [b.kind for b in blocks[2:]] == ["paragraph", "paragraph", "paragraph"]


@pytest.mark.parametrize("heading", ["老厂房的“新生”之路", "“一老一小”的幸福账"])
def test_a_section_heading_ending_on_a_word_the_dictionary_lacks_is_still_a_heading(heading):
    _, blocks, _ = _blocks(
        "# 社区养老服务提质扩容\n\n"
        "本报讯 全区新增养老床位800个，新建社区养老服务站15个。\n\n"
        f"{heading}\n\n"
        "去年以来，街道先后改造闲置用房6处。\n\n"
        "此次检查重点围绕食品安全主体责"
    )
    assert [b.kind for b in blocks[2:]] == ["section", "paragraph", "paragraph"]  # a cut line ending mid-word is none


def test_a_clause_may_open_on_a_dictionary_verb_the_best_cut_splits_but_not_on_half_a_word():
    from reader.repair.lexicon import opens_with_word, word_tag

    assert word_tag("定能") == "v" and word_tag("不是一个词语") == ""
    assert opens_with_word("定能形成百舸争流、千帆竞发的生动局面。")  # "…竞相迸发，|定能形成…"
    assert not opens_with_word("目投资监测体系，优化项目全生命周期服务。")  # "项|目投资": text lost
    assert not opens_with_word("城口地处大巴山腹地，昼夜温差大。")  # a noun opens a paragraph of its own


def _drafts_of(text: str, groups: list[list[int]]):
    from reader.repair.drafts import Draft

    _, blocks, ledger = _blocks(text)
    drafts = []
    for group in groups:
        draft = Draft(page=1)
        for i in group:
            draft.add(blocks[i])
        drafts.append(draft)
    return drafts, ledger


PAGE_OF_THREE_CUTS = (
    "会议强调，要聚焦高质量发展主线，坚持锻长补短抓经济，\n\n"
    "会议要求，要守牢安全底线，为高质量发展营造安全稳定环\n\n"
    "目投资监测体系，优化项目全生命周期服务，确保今年收好官。\n\n"
    "会议还研究了其他事项。"
)


def test_half_a_word_after_a_cut_it_cannot_complete_moves_to_the_one_article_whose_cut_it_can_follow():
    from reader.repair.rehome import rehome_orphan_heads

    drafts, ledger = _drafts_of(PAGE_OF_THREE_CUTS, [[0], [1, 2, 3]])
    rehome_orphan_heads(drafts, ledger)
    assert [[b.index for b in d.blocks] for d in drafts] == [[0, 2, 3], [1]]
    assert [r.kind for r in ledger.repairs] == ["move-paragraph"]


def test_half_a_word_stays_where_it_is_when_two_articles_could_take_it():
    from reader.repair.rehome import rehome_orphan_heads

    text = "区委要求，坚持项目为王，全力以赴抓投资，\n\n" + PAGE_OF_THREE_CUTS
    drafts, ledger = _drafts_of(text, [[0], [1], [2, 3, 4]])
    rehome_orphan_heads(drafts, ledger)
    assert [[b.index for b in d.blocks] for d in drafts] == [[0], [1], [2, 3, 4]]
    assert not ledger.repairs


def test_a_lone_continued_from_marker_keeps_its_paragraph_from_this_pages_cuts():
    _, blocks, _ = _blocks(
        "区教委相关负责人表示，将持续扩大优质教育资源供给，推动义务教育优质均衡发展，新建一批\n\n"
        "（上接1版）\n\n"
        "学校和幼儿园，满足群众就近入学需求。"
    )
    assert find_joins(blocks) == []  # the text after "(上接1版)" goes on from page 1, not from this cut
    assert blocks[2].jump_from == 1


def test_a_head_opening_on_a_percent_sign_only_continues_a_number():
    _, blocks, _ = _blocks(
        "前三季度，全区工业投资增长26.1%。全区在建\n\n"
        "%，对经济增长的贡献率达到89.6%。\n\n"
        "重点项目建设进展顺利，全区固定资产投资增长4.6\n\n"
    )
    found = candidate_pairs(blocks)
    pairs = {(found.tails[t].index, found.heads[h].index) for t, h in found.features}
    assert (0, 1) not in pairs  # "全区在建|%" is never even weighed
    _, blocks, _ = _blocks("前三季度，全区固定资产投资增长4.6\n\n%，对经济增长的贡献率达到89.6%。")
    found = candidate_pairs(blocks)
    assert {(found.tails[t].index, found.heads[h].index) for t, h in found.features} == {(0, 1)}


def test_the_speakers_credit_under_a_report_is_a_byline_not_its_title():
    _, blocks, _ = _blocks(
        "2025年1月10日在江北区第十八届人民代表大会第五次会议上\n\n江北区人民政府工作报告（摘要）\n\n区长 陈 刚\n\n"
        "各位代表！过去一年，面对复杂严峻的外部环境，全区经济运行稳中有进。"
    )
    assert [b.kind for b in blocks][1:3] == ["title", "byline"]


def test_a_title_repeated_with_its_kicker_on_a_continuation_page_is_no_running_header():
    from reader.repair.classify import repeated_headings

    report = "2025年1月10日在江北区第十八届人民代表大会第五次会议上\n\n# 江北区人民政府工作报告（摘要）\n\n区长 陈 刚\n\n各位代表！过去一年，全区经济运行稳中有进。"
    pages = [_blocks(report)[1], _blocks(report.replace("各位代表！", "（上接1版）"))[1]]
    assert "江北区人民政府工作报告（摘要）" not in repeated_headings(pages)
    header = "# 聚焦两会\n\n会议听取了工作报告，审议了有关事项。"
    assert repeated_headings([_blocks(header)[1], _blocks(header)[1]]) == {"聚焦两会"}


def test_a_kicker_title_and_credit_line_are_a_title_group_not_table_cells():
    _, blocks, _ = _blocks(
        "“双减”落地见效\n\n课后服务“菜单”更丰富\n 全区中小学开设特色课程600余门\n\n首席记者 王 悦 通讯员 吴 婷\n\n"
        "每天下午4点半，放学铃声响起后，华新小学的校园依然热闹。"
    )
    assert "other" not in [b.kind for b in blocks[:3]]
    assert blocks[2].kind == "byline"


def test_a_question_headline_is_the_title_and_the_line_under_it_the_subtitle():
    _, blocks, ledger = _blocks(
        "区科协表示，将持续开展科普进社区活动。\n\n"
        "怎样让“家门口”的养老服务更贴心？\n\n区民政局负责人详解明年养老服务“施工图”\n\n"
        "随着人口老龄化程度不断加深，如何让老年人在家门口享受到便捷的养老服务，成为群众关心的热点问题。"
    )
    assert [b.kind for b in blocks[1:3]] == ["title", "subtitle"]


def test_an_articles_own_join_refuses_a_head_that_opens_a_sentence_of_its_own():
    from reader.repair.assemble import may_continue

    _, blocks, _ = _blocks(
        "开展“喘息服务”试点，为长期照护失能老人的\n\n我们还将推进长期护理保险扩面。\n\n为做好新政衔接，各公交企业已完成升级。\n\n"
        "在施工过程中，代建单位采用模块化安装。\n\n家庭成员提供短期替代照护服务。"
    )
    tail, *heads, plain = blocks
    assert not any(may_continue(tail, head, same_topic=True) for head in heads)
    assert may_continue(tail, plain, same_topic=True)


def test_a_credit_line_after_a_cut_is_never_joined_into_the_paragraph():
    from reader.repair.assemble import build_drafts
    from reader.repair.topic import TopicSpace

    _, blocks, ledger = _blocks(
        "# 首届智能制造对接会签约项目34个\n\n本报讯 对接会上，一家汽车零部件企业的负责人表示，通过对接找到了合适的智能化改造方案，\n\n"
        "记者 何 川\n\n活动期间，还发布了全区智能制造场景需求清单。"
    )
    drafts = build_drafts(blocks, [], ledger, space=TopicSpace(b.text for b in blocks))  # the join stage found no head
    assert all(len(piece.blocks) == 1 for d in drafts for piece in d.pieces)


def test_a_cut_piece_shaped_like_a_heading_is_joined_to_the_word_it_breaks():
    from reader.repair.pipeline import repair_pages

    text = (
        "# 山城半程马拉松鸣枪开跑\n\n记者 王 芳\n\n"
        "12月8日上午，2025山城半程马拉松在滨江路鸣枪开跑，来自国内外的2.2万名跑者沿着两江四岸奔跑。\n\n"
        "本届赛事由市体育局、区政\n\n赛道沿途设置了12个补给站和8个医疗点，1200名志愿者提供服务。\n\n"
        "府主办，设半程马拉松、10公里跑和5公里健康跑三个项目，参赛名额在开放报名后3小时内全部报满。"
    )
    _, blocks, _ = _blocks(text)
    assert blocks[3].kind == "section"  # one line at a column's foot looks like an in-article heading
    paragraphs = [p for a in repair_pages([page_from_text(text)]).to_json()["articles"] for p in a["paragraphs"]]
    assert any(p.startswith("本届赛事由市体育局、区政府主办，") for p in paragraphs), paragraphs


def test_a_line_no_heading_would_be_is_a_cut_piece_bound_particle_bare_number_or_attribution_awaiting_its_verb():
    # a one-line piece left at a column's foot has no sentence punctuation, like a heading; but no
    # heading opens on 了 or stops on the digits of a number cut in two
    _, blocks, _ = _blocks("了一笔账：一名退休职工如果一年在社区卫生服务中心门诊花费30\n\n00元，扣除200元起付线后，按新政策可报销大半。")
    assert blocks[0].kind == "paragraph"
    _, blocks, _ = _blocks("记者从区医保局获悉今年门诊报销花费30\n\n00元，扣除200元起付线后，按新政策可报销大半。")
    assert blocks[0].kind == "paragraph"
    _, blocks, _ = _blocks("据区住房城乡建委相关负责人\n\n介绍，工程实施前，该段岸线存在违法建筑。")
    assert blocks[0].kind == "paragraph"  # an attribution waiting for its verb
    _, blocks, _ = _blocks("前11个月我区空气质量优良天数达319天\n\n今年以来，我区持续推进大气污染防治。")
    assert blocks[0].kind == "title"  # a count with its unit is a whole headline


@given(st.lists(st.text(alphabet="发展城市更新文化旅游消费社区服务", min_size=0, max_size=40), min_size=2, max_size=2))
def test_topic_similarity_is_the_dot_product_of_the_vectors_whichever_way_it_is_taken(texts):
    a, b = (prose_space().vector(t) for t in texts)
    dot = sum(v * b.get(g, 0.0) for g, v in a.items())
    assert TopicSpace.cosine(a, b) == TopicSpace.cosine(b, a)
    assert abs(TopicSpace.cosine(a, b) - dot) < 1e-12
    if a:
        assert abs(TopicSpace.cosine(a, a) - 1.0) < 1e-9
