"""Stage ``classify``: what each block is — heading (title/kicker/subtitle/section), byline, boilerplate…"""

from __future__ import annotations

import re
from collections import Counter

from reader.repair.char_model import ending, opening
from reader.repair.ledger import Ledger
from reader.repair.lexicon import ends_mid_word
from reader.repair.model import Block

STAGE = "classify"

SENTENCE_END = "。！？!?…"
CLOSERS = "”’」』）)》】"
_FOOTER = re.compile(r"^(扫码|扫描二维码|扫一扫|长按识别).{0,40}$|^.{0,20}关注.{0,20}(APP|App|客户端|公众号|视频号).{0,20}$")
# Page furniture the extraction keeps: the issue's date, the page's number and name, the editors' credits.
_PAGE_HEADER = re.compile(
    r"^(\d{4}年\d{1,2}月\d{1,2}日\s*(星期|周)[一二三四五六日天](\s*农历\S{2,12})?"
    r"|第?\s*[A-Za-z]?\s*[0-9０-９]{1,2}\s*版(\s*[：:·|]?\s*[\u4e00-\u9fff]{2,8})?)$"
)
_EDITORS = re.compile(
    r"^(责任编辑|责编|美术编辑|美编|校对|版式设计|版式|组版|审读|值班编委|本版编辑)\s*[:：]?\s*\S"
    r"[^。，,；]{0,60}$"
)
_SOURCE = re.compile(r"^[（(](来源|稿件来源|转自|据|文字来源|图片来源)[:：].{1,60}[)）]$")
# The same note closing an article's last paragraph ("…为依据。（来源：新华社）") after its full stop.
_SOURCE_AFTER = re.compile(r"[（(](来源|稿件来源|转自|文字来源|图片来源)[:：][^（()）]{1,60}[)）]$")
_BYLINE = re.compile(
    r"^[■□●◆▲★•·\s]*(本报|[\u4e00-\u9fff]{0,8}融媒体(中心)?)?(首席|特约|见习)?"
    r"(记者|通讯员|实习生|摄影|摄|撰文|文|图|编辑|责任编辑)(\s*[:：/]\s*|\s+)\S"
    r"|^[（(](本报)?(首席|特约|见习)?(记者|通讯员)[^（()）]{1,24}[）)]$"  # a dateline's credit printed alone
)
# The speaker's credit under a printed report or speech: a post, then a name set with spaces ("区长 陈 刚").
_SPEAKER_CREDIT = re.compile(r"^(代|副)?(区长|市长|县长|镇长|乡长|书记|主任|局长|院长|主席|部长)\s+[\u4e00-\u9fff](\s*[\u4e00-\u9fff]){1,3}$")
# A dateline that can only open an article; softer openers ("据…", "日前") only help spot a title above.
LEAD = re.compile(r"^(本报讯|本报[\u4e00-\u9fff]{1,4}讯|新华社[\u4e00-\u9fff]{1,8}电|[（(]记者[^）)]{1,20}[）)])")
SOFT_LEAD = re.compile(r"^(本报讯|本报[\u4e00-\u9fff]{0,4}讯|据|日前|近日|今天|昨天|昨日|\d{1,2}月\d{1,2}日)")
# A short time or scene phrase closed by a comma, or a transition word, is how news paragraphs open.
SCENE_OPENER = re.compile(
    r"^([\u4e00-\u9fff\d]{2,6}(以来|前后|期间|之际|时分|当天|当日|初上|降临)[，,]|"
    r"(今年|去年|明年|近年来|目前|如今|此外|另外|同时|与此同时|为此|对此|随后|截至|据悉|据了解|据介绍|记者了解到|记者从)[，,]|"
    r"进入\d{1,2}月[，,]|\d{4}年[，,]|[\u4e00-\u9fff]{2,4}代表[！!]|值得注意的是|需要注意的是|值得一提的是|"
    r"(清晨|早上|上午|中午|下午|傍晚|晚上|夜里|凌晨)\d{1,2}(点|时)(\d{1,2}分|半|多|许)?[，,]|"  # "下午5点，"
    r"\d{1,2}月(上旬|中旬|下旬|初|底|末)[，,]|[\u4e00-\u9fff]{2}时节[，,])"  # "12月中旬，", "秋收时节，"
)
ENUMERATED = re.compile(r"^([（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．]\s*\S|第[一二三四五六七八九十\d]+[部章节篇])")
_QUESTION = re.compile(r"^问\s*[:：]")
_SPACED = re.compile(r"[\u4e00-\u9fff“”\w%％）)] +[\u4e00-\u9fff“”\w]")
# "菜市场里的“快检室”：15分钟出结果": a short head after a colon that no verb of saying or listing leads to
_TITLE_COLON = re.compile(r"^.{9,16}[^说道是括下为示出调求称即如][：:][^，。、；：,;:]{2,10}$")
# Particles bound to the word before them: no heading starts with one, a column's piece may.
_NEVER_OPENS_HEADING = re.compile(r"^[了的着地得们]")
# "据区住房城乡建委相关负责人" waits for its "介绍，": an attribution, not a headline
_SOURCE_AWAITS_VERB = re.compile(r"^据[^，。；,;]{2,24}(负责人|工作人员|人士|专家|主任|局长|书记|经理|站长|所长|队长)$")
_ENDS_ON_DIGIT = re.compile(r"[0-9０-９]$")  # no heading of the seeds or the corpus ends on a bare number
# log-probability of an ending (char_model.ending) above which a line may stop on its last word; -1.2 until
# the web news joined the counts, which made headline endings rarer ends ("…的幸福账": -1.07 → -1.60, as
# 幸福账户 goes on) while cut lines stay far below ("…主体责": -3.40)
ENDS_WELL = -1.7
# "…是怎样炼成的", "…是如何建成的": a headline's question that ends on 的 without waiting for more
_HOW_IT_WAS_DONE = re.compile(r"是(怎样|如何|怎么|这样)[\u4e00-\u9fff]{1,6}的$")
_COUNTED = re.compile(r"\d[\d.]*(个|家|天|项|所|座|条|名|栋|台|辆|户|人|处|场|次|件|吨|年)$")
# A line that is an office's name ("区住房城市建设委", "市卫生健康委"): jieba leaves the last character alone.
_OFFICE = re.compile(r"^[区市县][\u4e00-\u9fff]{3,10}[委办]$")


def complete(text: str) -> bool:
    """True when the text ends a sentence (so a block ending here is not cut mid-paragraph)."""
    text = text.rstrip()
    note = _SOURCE_AFTER.search(text) if text[-1:] in ")）" else None  # this runs for every block, often
    if note and note.start() > 0:
        text = text[: note.start()].rstrip()  # the sentence before a source note decides
    end = text.rstrip(CLOSERS)
    return bool(end) and end[-1] in SENTENCE_END + "：:"


MIN_COPY_CHARS = 20  # shorter repeats ("会议还研究了其他事项。") are ordinary sentences, not layout copies ...
MIN_FRAGMENT_COPY_CHARS = 6  # ... unless the piece stops mid-sentence: a cut fragment printed twice is a copy


def may_be_a_copy(text: str) -> bool:
    """Whether this text, found again, is a fragment the layout printed twice (see the dedupe stage)."""
    size = sum(1 for ch in text if not ch.isspace())
    return size >= MIN_COPY_CHARS or (size >= MIN_FRAGMENT_COPY_CHARS and not complete(text))


def is_heading_shape(block: Block) -> bool:
    """A short line without sentence punctuation, the way plain-text headings look."""
    text = block.text
    if block.level:
        return True
    if not text or len(text) > 60:
        return False
    if text[0] in "，、。；：,;:" or block.jump_to is not None:
        return False  # opens on a comma or runs on to another page: the piece of a cut paragraph
    if LEAD.match(text) and not block.level:
        return False  # "本报讯（记者 王 悦）5月1": an article's first lines, cut short, not a heading
    if _NEVER_OPENS_HEADING.match(text) or _SOURCE_AWAITS_VERB.match(text) or (not block.wrapped and _ENDS_ON_DIGIT.search(text)):
        return False  # "了一笔账：…", "…门诊花费30": a line that starts after or stops inside a word or number
    if text.count("“") > text.count("”") or (re.search(r"(表示|指出|介绍|强调|认为|[也的和与及将对把被从向并而])$", text) and not _HOW_IT_WAS_DONE.search(text)):
        return False  # an open quotation, a speaker or a function word waiting for more: a sentence cut short
    if block.wrapped and block.raw.count("  \n"):
        return len(text) <= 80 and (text[-1] in "？?" or not re.search(r"[。；;！!，,]", text))
    if re.search(r"[。；;！!，,]", text[:-1]) or text[-1] in "。；;，,、：:":
        return False
    colon = re.search(r"[：:]", text)
    if colon and ((colon.start() > 8 and not _SPACED.search(text) and not _TITLE_COLON.search(text)) or re.match(r"^答", text)):
        return False  # "答：…" and "…目标是：…" are sentences, "青羊区：…" a title
    if not block.wrapped and len(text) >= 8 and not _SPACED.search(text) and ends_mid_word(text) and not _COUNTED.search(text) and not _OFFICE.search(text) and ending(text) < ENDS_WELL:
        return False  # a fragment cut at a column break, not a heading ("…增至24家" is a whole count)
    return not _SOURCE.match(text)


def classify_page(blocks: list[Block], ledger: Ledger) -> None:
    """Assign ``kind`` to every block of one page (headings get their role in ``assign_heading_roles``)."""
    for block in blocks:
        block.kind = _basic_kind(block)
        if block.kind == "marker":
            block.confidence = 0.99
    _mark_text_before_lone_markers(blocks)
    _mark_page_name(blocks)
    _mark_titles_by_context(blocks)
    _mark_tables(blocks)
    assign_heading_roles(blocks)
    _mark_subtitles(blocks)
    _mark_lines_under_headings(blocks)
    for block in blocks:
        if block.kind not in ("paragraph", "other"):
            ledger.repair("classify", block.confidence, (block.ref,), stage=STAGE, detail=f"{block.kind}: {block.text[:40]}", id=f"classify:{block.id}")


def _basic_kind(block: Block) -> str:
    text = block.text
    if not text:
        return "marker" if block.markers else "other"
    if _FOOTER.match(text) or _EDITORS.match(text):
        return "footer"
    if _PAGE_HEADER.match(text):
        return "page-header"
    if _SOURCE.match(text):
        return "source-note"
    if _SPEAKER_CREDIT.match(text):
        return "byline"
    if len(text) <= 60 and _BYLINE.match(text) and not re.search(r"[。，,；]|表示|介绍", text):
        return "byline"
    if _QUESTION.match(text) and len(text) <= 120 and text[-1] in "？?":
        return "section"
    if is_heading_shape(block):
        return "title"  # a heading; its role is settled with its neighbours
    return "paragraph"


def _mark_text_before_lone_markers(blocks: list[Block]) -> None:
    """A "(下转N版)" printed in a block of its own ends the text before it, which therefore continues on
    another page (every later stage reads ``jump_to``). That text is a paragraph, never a heading or a
    subtitle, however short and unpunctuated ("首期“非遗夜校”共开设蜀绣、漆器、竹编、糖画" / "(下转2版)"),
    so this runs before the headings are settled."""
    previous: Block | None = None  # the block printed just before, page furniture skipped
    last_body: Block | None = None
    seen: set[str] = set()
    for block in blocks:
        if block.text in seen and may_be_a_copy(block.text):
            continue  # a fragment printed a second time (dedupe removes it) is not the text the marker ends
        seen.add(block.text)
        if block.kind == "marker":
            if block.jump_to is None:
                continue
            if previous is not None and previous.kind == "title" and not previous.level and not previous.wrapped and previous.jump_to is None:
                previous.kind, previous.jump_to = "paragraph", block.jump_to
            elif last_body is not None and last_body.jump_to is None:
                last_body.jump_to = block.jump_to
        elif block.kind not in ("footer", "page-header"):
            previous = block
            if block.kind in ("paragraph", "section", "other"):
                last_body = block


def _mark_page_name(blocks: list[Block]) -> None:
    texts = [b for b in blocks if b.text and b.kind not in ("page-header", "footer")]
    if not texts:
        return
    first, after = texts[0], (texts[1] if len(texts) > 1 else None)
    if first.kind != "title" or first.level != 1 or first.markers:
        return
    # "# 要闻"; or a longer name ("# 民生·社会") over a title set a level deeper ("## …")
    if len(first.text) <= 4 or (len(first.text) <= 10 and after is not None and after.level > first.level):
        first.kind = "page-name"


def _closed_line(text: str, shortest: int) -> bool:
    """A line of ``shortest``–36 characters with no quotation, clause or bracket left open at its end,
    no full stop inside and no dateline: what a headline or the line under it could be."""
    return (
        shortest <= len(text) <= 36 and text.count("“") == text.count("”") and text[-1] not in "，,、；;：:（(“"
        and not re.search(r"[。；;]", text) and not LEAD.match(text)
    )


def _headline_like(text: str) -> bool:
    """A short line a headline could be even though a sentence could also stop so
    ("全长7.8公里！“两江连山”步道全线贯通", "“企业有所呼，我们必有所应”")."""
    if not _closed_line(text, 6) or ENUMERATED.match(text):
        return False
    quoted = text[0] == "“" and text[-1] == "”"
    return quoted or not re.search(r"[，,]", text)


def _shown(blocks: list[Block]) -> list[Block]:
    """The blocks a reader sees in the column: page furniture and lone jump markers left out."""
    return [b for b in blocks if b.kind not in ("footer", "page-header", "marker")]


def _mark_titles_by_context(blocks: list[Block]) -> None:
    """A short paragraph standing right over a credit line or a dateline ("本报讯（记者 …）") is a title:
    no paragraph's piece is followed by an article's opening lines in the same column. So is a short
    question or exclamation over a credit line ("健身房突然关门，预付卡里的钱还能退吗？" / "记者 X"), and
    a quotation printed whole right over a heading ("“企业有所呼，我们必有所应”" / "访区…负责人")."""
    shown = _shown(blocks)
    for block, after in zip(shown, shown[1:]):
        if block.kind != "paragraph" or block.jump_to is not None or block.markers:
            continue
        text = block.text
        if _headline_like(text) and (
            after.kind == "byline" or (after.kind == "paragraph" and LEAD.match(after.text) and not after.jump_from)
        ):
            block.kind = "title"
        elif after.kind == "byline" and _closed_line(text, 6) and text[-1] in "？?！!" and not ENUMERATED.match(text):
            block.kind = "title"
        elif after.kind == "title" and not after.level and _quoted_line(text):
            block.kind = "title"


OPENS = 2.0  # char_model.opening above which a text reads as a paragraph's first words ("秋收时节，…")


def _mark_lines_under_headings(blocks: list[Block]) -> None:
    """A line without punctuation between a heading and a paragraph's opening words is the heading's
    second line ("“一田双收”的秘密" / "种粮大户钟庆华的稻鱼综合种养经" / "秋收时节，…"), even when it
    ends on a word the dictionary lacks: a piece cut at a column's foot goes on mid-sentence elsewhere.
    The two open an article: a title and its subtitle."""
    shown = _shown(blocks)
    for before, block, after in zip(shown, shown[1:], shown[2:]):
        text = block.text
        if (
            before.kind in ("title", "section") and not ENUMERATED.match(before.text)
            and block.kind == "paragraph" and after.kind == "paragraph"
            and not block.markers and block.jump_to is None and _closed_line(text, 8)
            and not re.search(r"[，,、：:！!？?]", text) and not ENUMERATED.match(text)
            and _opens_paragraph(after.text)
        ):
            if before.kind == "section":
                before.kind, before.confidence = "title", 0.7
            block.kind, block.confidence = "subtitle", 0.7


def _opens_paragraph(text: str) -> bool:
    """Whether a text starts the way news paragraphs start: a dateline, a scene or time phrase closed by
    a comma ("秋收时节，"), or first words the character model has mostly seen opening paragraphs."""
    return bool(LEAD.match(text) or SOFT_LEAD.match(text) or SCENE_OPENER.match(text)) or opening(text) >= OPENS


def _quoted_line(text: str) -> bool:
    """One quotation and nothing else, short enough for a headline ("“犯了错，也要重新站起来”")."""
    return _closed_line(text, 6) and text[0] == "“" and text[-1] == "”" and text.count("“") == 1


def _mark_subtitles(blocks: list[Block]) -> None:
    """The line right under an article's title, its two clauses parted by a comma ("全区税收亿元楼宇
    增至27栋，楼宇经济贡献超六成税收"), is its subtitle, not the first piece of its text."""
    shown = _shown(blocks)
    for before, block in zip(shown, shown[1:]):
        if before.kind == "title" and block.kind == "paragraph" and not block.markers and block.jump_to is None and _subtitle_like(block.text):
            block.kind, block.confidence = "subtitle", 0.7


def _subtitle_like(text: str) -> bool:
    return _closed_line(text, 10) and not re.search(r"[！!？?]", text) and not ends_mid_word(text)


def _cell_like(block: Block) -> bool:
    text = block.text
    return (
        block.kind in ("title", "byline")
        and not block.level
        and not _BYLINE.match(text)  # a reporter's credit closes a title group, it is no guest-list cell
        and not block.raw.count("  \n")
        and text[-1:] not in "？?"
        and all(len(line.strip()) <= 24 for line in block.raw.split("\n"))
    )


def _mark_tables(blocks: list[Block]) -> None:
    """Runs of 4+ short cells (a guest list split into columns) become table cells ("other"); three
    short lines are as often a kicker, a title and a subtitle."""
    run: list[Block] = []
    for block in blocks + [None]:  # type: ignore[list-item]
        if block is not None and _cell_like(block):
            run.append(block)
            continue
        if len(run) >= 4:
            for cell in run:
                cell.kind = "other"
        run = []


def _title_capable(block: Block, before: Block | None, after: Block | None) -> bool:
    text = block.text
    if block.level:
        return not ENUMERATED.match(text)
    if ENUMERATED.match(text):
        return False
    if before is None or before.kind in ("page-name", "page-header", "byline", "source-note", "footer"):
        return True
    if after is not None and after.kind in ("paragraph", "marker", "byline") and (after.kind == "byline" or after.jump_from or SOFT_LEAD.match(after.text)):
        return True
    if block.raw.count("  \n") and text[-1] in "？?":
        return False  # a wrapped question inside an interview
    return bool(_SPACED.search(text)) or len(text) >= 20


_DOCUMENT = re.compile(r"(报告|公报|纲要|规划|决定|意见|条例|办法|决议|通知|讲话|实录|特刊|专刊|专版|周刊|副刊)$")


def looks_like_running_header(block: Block) -> bool:
    """A short name printed over the page ("# 聚焦两会", "# 区委经济工作会议特刊", "# …工作报告")."""
    text = block.text
    return block.level <= 1 and not block.wrapped and " " not in text and (len(text) <= 12 or (len(text) <= 24 and bool(_DOCUMENT.search(text))))


_FURNITURE = ("footer", "page-header")


def assign_heading_roles(blocks: list[Block]) -> None:
    """Turn runs of heading-shaped blocks into kicker/title/subtitle or sections."""
    i = 0
    while i < len(blocks):
        if blocks[i].kind != "title":
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].kind in ("title", *_FURNITURE):
            j += 1
        while blocks[j - 1].kind != "title":
            j -= 1
        # a footer printed between a kicker and its title ("产业观察" / "扫码关注…" / "## …") does not part them
        group = [b for b in blocks[i:j] if b.kind == "title"]
        before = blocks[i - 1] if i else None
        if len(group) >= 2 and group[0].level == 1 and looks_like_running_header(group[0]) and cut_paragraph(before):
            group[0].kind, group[0].confidence = "running-header", 0.85  # printed inside a paragraph, over a title
            group = group[1:]
        after = blocks[j] if j < len(blocks) else None
        capable = [b for b in group if _title_capable(b, before, after)]
        if not capable and len(group) >= 2 and _kicker_like(group[0].text) and not ENUMERATED.match(group[1].text):
            capable = [group[1]]  # a kicker over a line ("融媒会客厅" / "文旅融合如何…？"): an article's heading
        if not capable:
            for b in group:
                b.kind = "section"
                b.confidence = 0.8
        else:
            main = _main_title(group, capable)
            seen = False
            for b in group:
                if b is main:
                    b.kind, b.confidence, seen = "title", 0.9, True
                elif ENUMERATED.match(b.text):
                    b.kind, b.confidence = "section", 0.85
                else:
                    b.kind, b.confidence = ("subtitle" if seen else "kicker"), 0.75
        i = j


_OCCASION = re.compile(r"^[—－-]*\s*\d{4}年\d{1,2}月\d{1,2}日在.{2,40}上$")  # "——2025年1月10日在…会议上"
_KICKER = re.compile(r"学习贯彻.*精神|系列(报道|访谈)?$|特别报道$|访谈$|专栏|观察$|聚焦|^\d{4}[\u4e00-\u9fff]{2,12}$|^\d{1,2}[·.]\d{1,2}[\u4e00-\u9fff]{2,12}$|^\d{4}年\d{1,2}月\d{1,2}日在.{2,40}上$|^[“\"].{2,10}[”\"].{0,6}$")


def cut_paragraph(block: Block | None) -> bool:
    """A paragraph block that stops mid-sentence (its text goes on in another block)."""
    return block is not None and block.kind == "paragraph" and not complete(block.text)


def _kicker_like(text: str) -> bool:
    """A series name, banner or short tag printed above a title."""
    return bool(_KICKER.search(text)) or len(text.replace(" ", "")) <= 8


def _main_title(group: list[Block], capable: list[Block]) -> Block:
    """Kickers (short tags, series names, banners above them) come first; the title follows them."""
    start = 0
    for i, block in enumerate(group[:-1]):
        if _kicker_like(block.text) or (block.level == 1 and group[i + 1].level > 1):
            start = i + 1  # a tag, or a "#" banner over a "##" title
    if start + 1 < len(group) and group[start].text[-1:] in "？?" and group[start + 1] in capable:
        return group[start]  # a question headline over the line that explains it ("怎样让…？" / "…详解…")
    for block in group[start:]:
        if block in capable and not (_OCCASION.match(block.text) and len(group) > 1):
            return block
    if 0 < start < len(group) and not ENUMERATED.match(group[start].text):
        return group[start]  # a kicker vouches for the line under it ("2025年1月10日在…会议上" / "…工作报告")
    named = [b for b in group[start:] if not _OCCASION.match(b.text)]  # "——2026年1月8日在…上" is never it
    return named[0] if named else capable[0]


def repeated_headings(pages: list[list[Block]]) -> set[str]:
    """Heading texts printed on two or more pages: running headers."""
    counts: Counter[str] = Counter()
    grouped: set[str] = set()  # printed with a kicker above or a credit line below: an article's title
    for blocks in pages:
        counts.update({b.text for b in blocks if b.level or b.kind == "title"})
        for before, block, after in zip([None, *blocks], blocks, [*blocks[1:], None]):
            if (block.level or block.kind == "title") and (
                (before is not None and before.kind in ("title", "kicker", "subtitle") and not before.level)
                or (after is not None and (after.kind in ("byline", "subtitle") or after.jump_from is not None or bool(LEAD.match(after.text))))
            ):  # a credit line, "(上接N版)" or a dateline under it: the title of an article (continued)
                grouped.add(block.text)
    # a continued article prints its (long) title again; a running header is a short name
    return {
        text for text, n in counts.items()
        if n >= 2 and len(pages) >= 2 and len(text) <= 16 and " " not in text and text not in grouped
    }
