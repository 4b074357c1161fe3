"""Re-anchoring after the text changed: offsets → quote → context → fuzzy → orphan (never dropped)."""

from __future__ import annotations

from reader.annotations.anchoring import reanchor_issue
from reader.annotations.ops import annotate, list_annotations, reattach_annotation
from reader.library.models import Annotation, Article


def _rewrite(issue, articles):
    """Replace the issue's articles the way a re-repair does (old rows deleted, new rows created)."""
    Article.delete().where(Article.issue == issue).execute()
    for order, (title, paragraphs) in enumerate(articles):
        Article.create(issue=issue, order=order, title=title, text="\n".join(paragraphs))


def test_unchanged_text_keeps_offsets(issue):
    view = annotate(source="003_test.txt", quote="物理空间")
    report = reanchor_issue(issue.id)
    assert report.methods == {"offsets": 1} and report.moved == []
    assert list_annotations()[0].start == view.start


def test_deleted_article_is_found_again_by_quote(issue):
    view = annotate(source="003_test.txt", quote="物理空间", tags=["城市"])
    _rewrite(issue, [("新标题", ["前面多了一段文字。", "腾挪出物理空间，研究部署城市更新。"])])
    assert Annotation.get_by_id(view.id).article_id is None  # the foreign key was set to NULL
    report = reanchor_issue(issue.id)
    after = list_annotations()[0]
    assert report.methods == {"quote": 1} and report.moved == [view.id]
    assert after.article_title == "新标题" and after.quote == "物理空间" and after.tags == ["城市"]
    assert Article.get_by_id(after.article_id).text[after.start : after.end] == "物理空间"


def test_repeated_quote_is_placed_by_its_context(issue):
    second = annotate(source="003_test.txt", quote="社会消费品零售总额增长5%左右", occurrence=2)
    _rewrite(
        issue,
        [
            ("导语", ["社会消费品零售总额增长5%左右。其他内容。"]),
            (
                "政府工作报告",
                [
                    "地区生产总值增长5.5%左右，社会消费品零售总额增长5%左右。",
                    "研究部署城市更新。社会消费品零售总额增长5%左右是底线。",
                ],
            ),
        ],
    )
    report = reanchor_issue(issue.id)
    after = list_annotations()[0]
    assert report.methods == {"context": 1}
    assert after.suffix.startswith("是底线") and after.article_title == "政府工作报告"
    assert second.id == after.id


def test_slightly_changed_text_is_found_fuzzily(issue):
    annotate(source="003_test.txt", quote="整合升级养老机构设施资源，支持康养、旅居等")
    _rewrite(issue, [("民政", ["聚焦一老提品质，整合升级养老机构设施资源，支持康养和旅居等飞地养老。"])])
    report = reanchor_issue(issue.id)
    after = list_annotations()[0]
    assert report.methods == {"fuzzy": 1} and not after.orphan
    assert 0.85 <= after.anchor_score < 1
    assert after.quote == "整合升级养老机构设施资源，支持康养、旅居等"  # the words the user chose are kept
    placed = Article.get_by_id(after.article_id).text[after.start : after.end]
    assert placed.startswith("整合升级养老机构设施资源") and "康养和旅居" in placed
    _rewrite(issue, [("民政", ["聚焦一老提品质，整合升级养老机构设施资源，支持康养、旅居等飞地养老。"])])
    reanchor_issue(issue.id)  # the original words are back: exact again
    assert list_annotations()[0].anchor_method == "quote"


def test_a_short_quote_that_lost_a_character_is_an_orphan_not_a_fragment(issue):
    annotate(source="003_test.txt", quote="物理空间")
    _rewrite(issue, [("改", ["腾挪出物", "另一段。", "理空间，研究部署"])])  # not re-joined any more
    reanchor_issue(issue.id)
    assert [o.quote for o in list_annotations(orphans=True)] == ["物理空间"]


def test_vanished_text_becomes_an_orphan_that_can_be_reattached(issue):
    view = annotate(source="003_test.txt", quote="研究部署城市更新", note="要记住")
    annotate(source="003_test.txt", quote="物理空间")
    _rewrite(issue, [("别的", ["腾挪出物理空间。完全不同的内容，没有原来那句话。"])])
    report = reanchor_issue(issue.id)
    assert report.orphans == [view.id] and report.total == 2
    orphan = list_annotations(orphans=True)
    assert [o.id for o in orphan] == [view.id]
    assert orphan[0].quote == "研究部署城市更新" and orphan[0].note == "要记住" and orphan[0].start is None
    assert len(list_annotations()) == 2  # listed, never dropped
    article = Article.select().where(Article.issue == issue).first()
    fixed = reattach_annotation(view.id, article_id=article.id, start=0, end=7)
    assert not fixed.orphan and list_annotations(orphans=True) == []


def test_trashed_annotations_are_reanchored_too(issue):
    from reader.annotations.ops import delete_annotation

    view = annotate(source="003_test.txt", quote="物理空间")
    delete_annotation(view.id)
    _rewrite(issue, [("新", ["物理空间"])])
    assert reanchor_issue(issue.id).total == 1
    assert list_annotations(trash=True)[0].start == 0


def test_an_issue_removed_and_imported_again_gets_its_annotations_back(make_issue, issue):
    from reader.annotations.ops import list_annotations as listed

    view = annotate(source="003_test.txt", quote="物理空间", tags=["城市"])
    sha = issue.sha256
    issue.delete_instance()  # articles cascade away; the annotation keeps its quote and the content hash
    kept = listed(orphans=True)  # placeless now, so listed as an orphan
    assert [k.id for k in kept] == [view.id] and kept[0].issue_id is None and kept[0].start is None
    again = make_issue(source="003_test_copy.txt", sha=sha)
    report = reanchor_issue(again.id)
    after = listed()[0]
    assert report.methods == {"quote": 1} and after.issue_id == again.id and after.source == "003_test_copy.txt"
    assert not after.orphan and after.tags == ["城市"]
