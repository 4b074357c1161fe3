"""Creating, finding, editing, trashing and listing highlights."""

from __future__ import annotations

import pytest

from reader.annotations.ops import (
    annotate,
    create_annotation,
    delete_annotation,
    get_annotation,
    list_annotations,
    purge_annotation,
    reattach_annotation,
    restore_annotation,
    update_annotation,
)
from reader.errors import ReaderError
from reader.library.models import Article


def test_annotate_stores_quote_context_and_offsets(issue):
    view = annotate(source="003_test.txt", quote="社会消费品零售总额增长5%左右", tags=["承诺"], note="底线")
    article = Article.get_by_id(view.article_id)
    assert article.text[view.start : view.end] == view.quote == "社会消费品零售总额增长5%左右"
    assert view.prefix == article.text[max(0, view.start - 32) : view.start]
    assert len(view.prefix) == 32 or view.start < 32
    assert view.suffix == article.text[view.end : view.end + 32]
    assert view.tags == ["承诺"] and view.note == "底线" and view.color == "yellow"
    assert view.source == "003_test.txt" and view.article_title == "政府工作报告"
    assert view.created.endswith("Z") and not view.orphan


def test_occurrence_counts_across_articles_in_reading_order(issue):
    first = annotate(source="003_test.txt", quote="社会消费品零售总额增长5%左右")
    second = annotate(source="003_test.txt", quote="社会消费品零售总额增长5%左右", occurrence=2)
    assert first.article_id == second.article_id and second.start > first.start
    with pytest.raises(ReaderError, match="occurs 2 time"):
        annotate(source="003_test.txt", quote="社会消费品零售总额增长5%左右", occurrence=3)


def test_quote_typed_with_a_line_break_and_full_width_still_matches(issue):
    view = annotate(source="003_test", quote="腾挪出物理\n空间，研究部署", color="green")
    assert view.quote == "腾挪出物理空间，研究部署" and view.color == "green"
    wide = annotate(source="003_test.txt", quote="增长５．５％左右")
    assert wide.quote == "增长5.5%左右"


def test_quote_spanning_paragraphs_keeps_the_paragraph_break(issue):
    view = annotate(source="003_test.txt", quote="全会精神。聚焦")
    assert view.quote == "全会精神。\n聚焦"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"source": "003_test.txt", "quote": "不存在的句子"}, "not found in the repaired text of 003_test.txt"),
        ({"source": "nope.txt", "quote": "空间"}, "no issue 'nope.txt'"),
        ({"source": "003_test.txt", "quote": "  "}, "quote is empty"),
        ({"source": "003_test.txt", "quote": "空间", "color": "orange"}, "unknown colour 'orange'"),
        ({"source": "003_test.txt", "quote": "空间", "occurrence": 0}, "occurrence must be 1"),
    ],
)
def test_annotate_errors_are_one_clear_line(issue, kwargs, message):
    with pytest.raises(ReaderError) as err:
        annotate(**kwargs)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_create_annotation_checks_the_span(issue):
    article = Article.select().where(Article.issue == issue).first()
    with pytest.raises(ReaderError, match="outside article"):
        create_annotation(article_id=article.id, start=5, end=10_000)
    with pytest.raises(ReaderError, match="no article"):
        create_annotation(article_id=99999, start=0, end=1)


def test_update_replaces_tags_and_keeps_extra(issue):
    view = annotate(source="003_test.txt", quote="物理空间", tags=["城市", "更新"])
    changed = update_annotation(view.id, note="要点", color="3", tags=["城市更新"], extra={"metric": "零售"})
    assert changed.tags == ["城市更新"] and changed.color == "blue" and changed.note == "要点"
    assert changed.extra == {"metric": "零售"}
    assert get_annotation(view.uuid).id == view.id  # by uuid as well
    assert get_annotation(view.uuid[:8]).id == view.id
    with pytest.raises(ReaderError, match="unknown colour"):
        update_annotation(view.id, color="mauve")
    with pytest.raises(ReaderError, match="no annotation '424242'"):
        update_annotation(424242, note="x")


def test_trash_restore_and_purge(issue):
    view = annotate(source="003_test.txt", quote="物理空间")
    delete_annotation(view.id)
    assert list_annotations() == []
    assert [a.id for a in list_annotations(trash=True)] == [view.id]
    restore_annotation(view.id)
    assert [a.id for a in list_annotations()] == [view.id]
    with pytest.raises(ReaderError, match="not in the trash"):
        restore_annotation(view.id)
    with pytest.raises(ReaderError, match="not in the trash"):
        purge_annotation(view.id)
    delete_annotation(view.id)
    purge_annotation(view.id)
    assert list_annotations(trash=True) == []


def test_list_filters(make_issue):
    make_issue("a.txt")
    make_issue("b.txt")
    one = annotate(source="a.txt", quote="物理空间", tags=["承诺/经济"], color="pink")
    two = annotate(source="b.txt", quote="物理空间", tags=["承诺"])
    three = annotate(source="b.txt", quote="研究部署", tags=["城市"], note="重点")
    assert [a.id for a in list_annotations(tag="承诺")] == [one.id, two.id]  # nested tags included
    assert [a.id for a in list_annotations(tag="承诺/经济")] == [one.id]
    assert [a.id for a in list_annotations(source="b.txt")] == [two.id, three.id]
    assert [a.id for a in list_annotations(source="b")] == [two.id, three.id]
    assert [a.id for a in list_annotations(color="pink")] == [one.id]
    assert [a.id for a in list_annotations(text="重点")] == [three.id]
    assert list_annotations(tag="没有") == []


def test_reattach_an_annotation_by_hand(issue):
    view = annotate(source="003_test.txt", quote="物理空间")
    article = Article.select().where(Article.issue == issue).order_by(Article.order).first()
    moved = reattach_annotation(view.id, article_id=article.id, start=0, end=5)
    assert moved.quote == article.text[0:5] and moved.anchor_method == "manual" and not moved.orphan


def test_a_uuid_prefix_of_digits_only_still_finds_its_annotation(issue):
    from reader.library.models import Annotation

    view = annotate(source="003_test.txt", quote="物理空间")
    Annotation.update(uuid="96248719-0000-4000-8000-000000000000").where(Annotation.id == view.id).execute()
    assert get_annotation("96248719").id == view.id  # not annotation number 96248719
    assert get_annotation(str(view.id)).id == view.id  # a plain number is still an id first
