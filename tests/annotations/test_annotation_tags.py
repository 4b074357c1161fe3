"""Tags: normalising, nesting, colour, rename, merge, delete, counts, the built-in 承诺."""

from __future__ import annotations

import pytest

from reader.annotations.ops import annotate, delete_annotation, list_annotations
from reader.annotations.tags import (
    delete_tag,
    list_tags,
    merge_tags,
    normalise_tag,
    rename_tag,
    set_tag_color,
)
from reader.errors import ReaderError


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("ＥＣＯＮＯＭＹ", "economy"),
        ("  Economy ", "economy"),
        ("承诺／经济", "承诺/经济"),
        ("承诺 // 经济/", "承诺/经济"),
        ("城市　更新", "城市 更新"),
        ("５％目标", "5%目标"),
    ],
)
def test_normalise_folds_width_case_and_separators(typed, key):
    assert normalise_tag(typed) == key


@pytest.mark.parametrize("bad", ["", "  ", "/", "／ /"])
def test_empty_tags_are_refused(bad):
    with pytest.raises(ReaderError, match="empty"):
        normalise_tag(bad)


def test_width_variants_are_one_tag_with_the_first_label(issue):
    annotate(source="003_test.txt", quote="物理空间", tags=["ＧＤＰ"])
    annotate(source="003_test.txt", quote="研究部署", tags=["gdp", "Gdp"])
    tags = {t.name: t for t in list_tags()}
    assert tags["gdp"].label == "GDP" and tags["gdp"].count == 2


def test_builtin_commitment_tag_exists_and_is_protected(library):
    tags = {t.name: t for t in list_tags()}
    assert tags["承诺"].builtin and tags["承诺"].count == 0
    for action in (lambda: rename_tag("承诺", "x"), lambda: delete_tag("承诺"), lambda: merge_tags("承诺", "x")):
        with pytest.raises(ReaderError, match="built in"):
            action()


def test_counts_leave_out_the_trash(issue):
    view = annotate(source="003_test.txt", quote="物理空间", tags=["城市"])
    annotate(source="003_test.txt", quote="研究部署", tags=["城市"])
    delete_annotation(view.id)
    assert {t.name: t.count for t in list_tags()}["城市"] == 1


def test_rename_moves_nested_tags_along(issue):
    view = annotate(source="003_test.txt", quote="物理空间", tags=["政策/Housing", "政策"])
    rename_tag("政策", "规划")
    assert sorted(list_annotations()[0].tags) == ["规划", "规划/Housing"]
    assert "政策" not in {t.name for t in list_tags()}
    annotate(source="003_test.txt", quote="研究部署", tags=["其他"])
    with pytest.raises(ReaderError, match="already exists"):
        rename_tag("规划", "其他")
    with pytest.raises(ReaderError, match="no tag"):
        rename_tag("不存在", "x")
    rename_tag("规划/housing", "规划/HOUSING")  # only the label changes
    assert sorted(a.tags for a in list_annotations() if a.id == view.id)[0] == ["规划", "规划/HOUSING"]


def test_merge_moves_annotations_without_duplicates(issue):
    a = annotate(source="003_test.txt", quote="物理空间", tags=["经济", "承诺/经济"])
    b = annotate(source="003_test.txt", quote="研究部署", tags=["经济"])
    merge_tags("经济", "承诺/经济")
    assert {v.id: v.tags for v in list_annotations()} == {a.id: ["承诺/经济"], b.id: ["承诺/经济"]}
    assert {t.name: t.count for t in list_tags()}["承诺/经济"] == 2
    with pytest.raises(ReaderError, match="into itself"):
        merge_tags("承诺/经济", "承诺／经济")


def test_delete_keeps_the_annotations(issue):
    annotate(source="003_test.txt", quote="物理空间", tags=["临时"])
    delete_tag("临时")
    assert list_annotations()[0].tags == []
    assert "临时" not in {t.name for t in list_tags()}


def test_tag_colour_accepts_names_keys_and_hex(issue):
    annotate(source="003_test.txt", quote="物理空间", tags=["城市"])
    set_tag_color("城市", "Green")
    assert {t.name: t.color for t in list_tags()}["城市"] == "green"
    set_tag_color("城市", "#A1B2C3")
    assert {t.name: t.color for t in list_tags()}["城市"] == "#a1b2c3"
    with pytest.raises(ReaderError, match="unknown colour"):
        set_tag_color("城市", "teal")
