"""JSON-LD export: every annotation passes every W3C MUST; export → import → export round-trips."""

from __future__ import annotations

import json

import pytest

from reader.annotations.anchoring import reanchor_issue
from reader.annotations.ops import annotate, delete_annotation, list_annotations
from reader.errors import InputError
from reader.export import export_annotations, import_annotations
from reader.library.db import connect
from reader.library.models import Article
from w3c import must_failures


@pytest.fixture
def annotated(issue):
    annotate(
        source="003_test.txt",
        quote="社会消费品零售总额增长5%左右",
        occurrence=2,
        tags=["承诺/经济", "承诺"],
        note="底线 <b>&",
        color="pink",
    )
    annotate(source="003_test.txt", quote="物理空间")  # a bare highlight, no body
    annotate(source="003_test.txt", quote="研究部署", tags=["城市"])
    commitment = annotate(source="003_test.txt", quote="地区生产总值增长5.5%左右", tags=["承诺"])
    from reader.annotations.ops import update_annotation

    update_annotation(commitment.id, extra={"metric": "地区生产总值", "target": "5.5%", "qualifier": "左右"})
    trashed = annotate(source="003_test.txt", quote="区民政局")
    delete_annotation(trashed.id)
    return issue


def _export() -> dict:
    return json.loads(export_annotations("jsonld"))


def test_collection_shape(annotated):
    doc = _export()
    assert doc["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert doc["type"] == "AnnotationCollection" and doc["id"].startswith("urn:uuid:")
    page = doc["first"]
    assert page["type"] == "AnnotationPage" and doc["total"] == len(page["items"]) == 4  # trash left out
    assert _export() == doc  # same annotations → same file


def test_every_exported_annotation_passes_every_must(annotated):
    reanchor_issue(annotated.id)
    Article.update(text="全部改写了。").execute()
    reanchor_issue(annotated.id)  # now all orphans: they are exported too, with a quote selector only
    items = _export()["first"]["items"]
    assert all(i["reader:orphan"] for i in items)
    for item in items:
        assert must_failures(item) == [], item["id"]


def test_annotations_carry_bodies_selectors_and_times(annotated):
    items = {i["target"]["selector"][0]["exact"]: i for i in _export()["first"]["items"]}
    for item in items.values():
        assert must_failures(item) == [], item["id"]
        assert item["id"].startswith("urn:uuid:") and item["created"].endswith("Z")
        assert item["target"]["source"].startswith(f"urn:sha256:{annotated.sha256}#article=")
    tagged = items["社会消费品零售总额增长5%左右"]
    assert tagged["motivation"] == "commenting"
    purposes = [(b["purpose"], b["value"]) for b in tagged["body"]]
    assert purposes == [("tagging", "承诺"), ("tagging", "承诺/经济"), ("commenting", "底线 <b>&")]
    quote, position = tagged["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
    article = Article.get(Article.order == 1)
    assert article.text[position["start"] : position["end"]] == quote["exact"]
    assert article.text[: position["start"]].endswith(quote["prefix"]) and quote["suffix"].startswith("是底线")
    assert tagged["target"]["styleClass"] == "pink"
    assert items["物理空间"]["motivation"] == "highlighting" and "body" not in items["物理空间"]
    assert items["研究部署"]["motivation"] == "tagging"
    extra = items["地区生产总值增长5.5%左右"]["body"][-1]
    assert extra["purpose"] == "describing" and extra["reader:metric"] == "地区生产总值"


def _comparable(doc: dict) -> list[dict]:
    return sorted(doc["first"]["items"], key=lambda i: i["id"])


def test_export_import_into_a_fresh_library_export_again(annotated, make_issue, tmp_path):
    first = export_annotations("jsonld")
    path = tmp_path / "notes.jsonld"
    path.write_bytes(first)
    sha = annotated.sha256
    connect(tmp_path / "fresh.sqlite3")  # a second library holding the same issue
    make_issue(source="renamed-003.txt", sha=sha)
    report = import_annotations(path)
    assert len(report.added) == 4 and not report.failed and not report.orphans
    assert {a["method"] for a in report.added} == {"offsets"}
    second = json.loads(export_annotations("jsonld"))
    for before, after in zip(_comparable(json.loads(first)), _comparable(second), strict=True):
        before.pop("reader:source"), after.pop("reader:source")  # the file was renamed, nothing else
        assert before == after
    again = import_annotations(path)  # importing twice adds nothing
    assert again.added == [] and len(again.skipped) == 4


def test_import_matches_by_source_name_and_reanchors_by_quote(annotated, make_issue, tmp_path):
    path = tmp_path / "notes.jsonld"
    path.write_bytes(export_annotations("jsonld"))
    connect(tmp_path / "fresh.sqlite3")
    make_issue(  # same name, different content: the hash differs, the quotes are elsewhere
        source="003_test.txt",
        articles=[("新版", ["前言。研究部署城市更新，社会消费品零售总额增长5%左右是底线。物理空间。"])],
    )
    report = import_annotations(path)
    by_quote = {a.quote: a for a in list_annotations()}
    assert len(report.added) == 4
    assert by_quote["研究部署"].article_title == "新版" and not by_quote["研究部署"].orphan
    assert by_quote["地区生产总值增长5.5%左右"].orphan  # gone from this version: kept as an orphan
    assert [o["uuid"] for o in report.orphans] == [by_quote["地区生产总值增长5.5%左右"].uuid]


def test_import_without_the_issue_keeps_every_annotation_as_an_orphan(annotated, tmp_path):
    path = tmp_path / "notes.jsonld"
    path.write_bytes(export_annotations("jsonld"))
    connect(tmp_path / "empty.sqlite3")
    report = import_annotations(path)
    assert len(report.orphans) == 4 and {a["method"] for a in report.added} == {"no matching issue"}
    views = list_annotations(orphans=True)
    assert len(views) == 4 and all(v.source == "003_test.txt" for v in views)
    assert {tuple(v.tags) for v in views} >= {("承诺", "承诺/经济")}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json", "not valid JSON"),
        (b'{"type": "Thing"}', "no Annotation"),
        (b"\xff\xfe\x00", "not UTF-8"),
    ],
)
def test_bad_files_are_refused_and_change_nothing(library, tmp_path, content, message):
    path = tmp_path / "bad.jsonld"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        import_annotations(path)
    with pytest.raises(InputError, match="no such file"):
        import_annotations(tmp_path / "missing.jsonld")


def test_unreadable_entries_are_reported_not_dropped(issue, tmp_path):
    doc = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationPage",
        "items": [
            {"type": "Annotation", "id": "urn:uuid:0b7c5a8e-58b8-4b54-9d1b-8d3c1b1c7d11", "target": "urn:x"},
            {
                "type": "Annotation",
                "id": "http://example.org/a1",
                "target": {
                    "source": "http://example.org/other",
                    "selector": {"type": "TextQuoteSelector", "exact": "物理空间"},
                },
                "body": {"type": "TextualBody", "value": "外来的注释"},
                "reader:source": "003_test.txt",
            },
        ],
    }
    path = tmp_path / "foreign.jsonld"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    report = import_annotations(path)
    assert report.failed == [{"index": 0, "reason": "its target has no selector"}]
    assert len(report.added) == 1 and report.added[0]["method"] == "quote"
    assert list_annotations()[0].note == "外来的注释"


def test_a_fuzzily_placed_annotation_exports_what_it_covers_and_keeps_its_words(issue, make_issue, tmp_path):
    annotate(source="003_test.txt", quote="整合升级养老机构设施资源，支持康养、旅居等", tags=["养老"])
    Article.update(text="聚焦一老提品质，整合升级养老机构设施资源，支持康养和旅居等飞地养老。").where(
        Article.order == 0
    ).execute()
    reanchor_issue(issue.id)
    first = export_annotations("jsonld")
    [item] = json.loads(first)["first"]["items"]
    assert must_failures(item) == []
    exact = item["target"]["selector"][0]["exact"]
    start, end = item["target"]["selector"][1]["start"], item["target"]["selector"][1]["end"]
    assert Article.get(Article.order == 0).text[start:end] == exact and "康养和旅居" in exact
    assert item["reader:quote"] == "整合升级养老机构设施资源，支持康养、旅居等"
    path = tmp_path / "a.jsonld"
    path.write_bytes(first)
    sha = issue.sha256
    texts = [(a.title, a.text.split("\n")) for a in Article.select().order_by(Article.order)]
    connect(tmp_path / "fresh.sqlite3")
    make_issue(source="003_test.txt", sha=sha, articles=texts)
    import_annotations(path)
    assert list_annotations()[0].quote == "整合升级养老机构设施资源，支持康养、旅居等"
    assert json.loads(export_annotations("jsonld")) == json.loads(first)
