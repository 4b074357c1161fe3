"""JSON-LD of highlights on the real seed issues: valid, and it comes back whole in a fresh library."""

from __future__ import annotations

import json

from reader.annotations.ops import annotate
from reader.export import export_annotations, import_annotations
from reader.library.db import connect
from w3c import must_failures

QUOTES = {"003_e4feb845366e9c79.txt": ["物理空间", "研究部署"], "002_405a22e14fca248f.txt": ["取得胜利", "妇女力量"]}


def test_seed_annotations_export_and_import_back(library, seed_paths, tmp_path):
    from reader.library.importer import import_paths

    paths = [p for p in seed_paths if p.name in QUOTES]
    assert len(import_paths(paths).added) == 2
    for source, words in QUOTES.items():
        for word in words:
            annotate(source=source, quote=word, tags=["承诺/经济"], note=f"说明：{word}")
    exported = export_annotations("jsonld")
    items = json.loads(exported)["first"]["items"]
    assert len(items) == 4 and all(must_failures(i) == [] for i in items)
    (tmp_path / "a.jsonld").write_bytes(exported)

    connect(tmp_path / "fresh.sqlite3")
    import_paths(paths)
    report = import_annotations(tmp_path / "a.jsonld")
    assert len(report.added) == 4 and not report.orphans
    again = json.loads(export_annotations("jsonld"))["first"]["items"]
    assert sorted(again, key=lambda i: i["id"]) == sorted(items, key=lambda i: i["id"])


def test_annotations_imported_before_their_issue_attach_when_it_arrives(library, seed_paths, tmp_path):
    from reader.annotations.ops import list_annotations
    from reader.library.importer import import_paths

    paths = [p for p in seed_paths if p.name in QUOTES]
    import_paths(paths)
    for source, words in QUOTES.items():
        for word in words:
            annotate(source=source, quote=word, note=word)
    (tmp_path / "a.jsonld").write_bytes(export_annotations("jsonld"))

    connect(tmp_path / "fresh.sqlite3")
    report = import_annotations(tmp_path / "a.jsonld")
    assert len(report.orphans) == 4  # no issues yet: kept as orphans that know their issue's hash
    import_paths(paths)
    views = list_annotations()
    assert len(views) == 4 and not any(v.orphan for v in views)
    assert sorted(v.quote for v in views) == sorted(w for words in QUOTES.values() for w in words)
