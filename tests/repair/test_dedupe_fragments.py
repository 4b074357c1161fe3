"""A short cut fragment printed twice is a copy; a short sentence printed twice is not."""

from __future__ import annotations

from reader.repair import repair_pages
from reader.repair.loading import page_from_text


def test_a_short_fragment_printed_twice_is_kept_once_and_never_joined_to_itself():
    page = "企业很快完成改制，转\n\n为有限责任公司，很快就获\n\n为有限责任公司，很快就获\n\n得了银行贷款。"
    issue = repair_pages([page_from_text(page)])
    assert [r.text for r in issue.removed if r.reason == "duplicate"] == ["为有限责任公司，很快就获"]
    text = "".join(a.text for a in issue.articles)
    assert text.count("为有限责任公司") == 1


def test_a_short_sentence_printed_twice_stays_twice():
    page = "会议听取了工作汇报。\n\n会议还研究了其他事项。\n\n区长主持会议。\n\n会议还研究了其他事项。"
    issue = repair_pages([page_from_text(page)])
    assert not [r for r in issue.removed if r.reason == "duplicate"]
    assert "".join(a.text for a in issue.articles).count("会议还研究了其他事项。") == 2
