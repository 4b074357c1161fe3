"""A guest list extracted column by column (offices, then names) reads back row by row."""

from __future__ import annotations

from reader.repair import repair_paths, repair_pages
from reader.repair.model import Override, Page
from reader.repair.tables import columns, is_name, is_office
from reader.testing import SEED_DIR

ROWS_000 = (
    "访谈嘉宾 区发展改革委党组书记、主任 另劲枫；区科技局党组书记、局长 杜俊波；区产业发展促进局党组书记 袁 聚；"
    "重庆市数字经济产业园管委会党组书记、主任 杨 晶；大石化新区管委会党组书记、主任 袁 鹏"
)


def _guest_paragraph(issue) -> str:
    found = [p for a in issue.articles for p in a.paragraphs if "访谈嘉宾" in p.text]
    assert len(found) == 1
    return found[0]


def _page(text: str) -> Page:
    return Page(number=1, name="page-1.txt", text=text, encoding="utf-8", raw=text.encode())


def test_offices_printed_in_blocks_of_their_own_pair_with_the_names_after_them():
    issue = repair_paths([SEED_DIR / "000_a9af73bd6b6a1bb2.txt"])
    para = _guest_paragraph(issue)
    assert para.text.endswith(ROWS_000)
    assert para.text.startswith("渝中融媒会客厅 Reception room 主持人 区融媒体中心首席记者 刘 侃 ")
    table = [r for r in issue.repairs if r.kind == "table"]
    assert len(table) == 1 and table[0].confidence == 0.9 and table[0].stage == "tables"
    assert [s.block for s in table[0].source] == [9, 14, 10, 15, 11, 16, 12, 17, 13, 18]


def test_offices_printed_as_lines_of_one_block_pair_too_and_each_cell_still_points_at_its_line():
    issue = repair_paths([SEED_DIR / "001_7ec454db7f91fd16.txt"])
    para = _guest_paragraph(issue)
    assert "区住房城市建设委党委书记、主任 张明功；区产业发展促进局党组书记 袁 聚" in para.text
    page = issue.pages[0].text
    ends = [s.offset for s in para.segments[1:]] + [len(para.text)]
    for segment, end in zip(para.segments, ends):
        source = page[segment.source.start : segment.source.end]
        shown = para.text[segment.offset : end].rstrip(" ；")
        assert " ".join(source.split()) == shown, (segment, shown)


def test_undoing_the_table_keeps_the_printed_order():
    issue = repair_paths([SEED_DIR / "000_a9af73bd6b6a1bb2.txt"], overrides=[Override("unjoin", "p1b9", "p1b14")])
    para = _guest_paragraph(issue)
    assert "另劲枫；" not in para.text
    assert para.text.endswith("大石化新区管委会党组书记、主任 另劲枫 杜俊波 袁 聚 杨 晶 袁 鹏")
    assert not [r for r in issue.repairs if r.kind == "table"]


def test_columns_of_different_lengths_are_left_as_printed():
    text = "\n\n".join(["主持人", "区融媒体中心首席记者", "访谈嘉宾", "区发展改革委党组书记、主任", "区科技局党组书记、局长",
                        "区产业发展促进局党组书记", "刘劲枫", "杜俊波", "正文第一段。"]) + "\n"
    issue = repair_pages([_page(text)])
    assert not [r for r in issue.repairs if r.kind == "table"]
    assert "局长 区产业发展促进局党组书记 刘劲枫 杜俊波" in " ".join(p.text for a in issue.articles for p in a.paragraphs)


def test_what_counts_as_an_office_and_as_a_name():
    assert is_office("区发展改革委党组书记、主任") and is_office("区融媒体中心首席记者")
    assert not is_office("访谈嘉宾") and not is_office("今年全区经济运行稳中有进，主要指标好于预期")
    assert is_name("刘劲枫") and is_name("袁 聚") and is_name("刘 侃")
    assert not is_name("Reception room") and not is_name("区科技局党组书记、局长") and not is_name("访谈嘉宾")


def test_the_first_run_with_as_many_names_as_offices_is_read():
    class C:
        def __init__(self, text: str) -> None:
            self.text = text

    cells = [C(t) for t in ["主持人", "区融媒体中心首席记者", "刘 侃", "访谈嘉宾", "区科技局党组书记、局长", "区发展改革委党组书记、主任", "杜俊波", "刘劲枫"]]
    assert columns(cells) == (4, 2)  # the host's one-row "table" is printed in order already
    assert columns(cells[:-1]) is None
