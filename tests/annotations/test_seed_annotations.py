"""Highlights on the real seed issues: quotes split by a column break, re-repair, manual fixes, --replace."""

from __future__ import annotations

import shutil

import pytest

from reader.annotations.ops import annotate, list_annotations
from reader.library.models import Article

SPLIT_WORDS = {  # the raw dumps cut these at a column break: grep finds none of them
    "003_e4feb845366e9c79.txt": ["物理空间", "研究部署"],
    "002_405a22e14fca248f.txt": ["取得胜利", "妇女力量"],
}


@pytest.fixture
def seeded(library, seed_paths, tmp_path):
    from reader.library.importer import import_paths

    paths = [shutil.copy(p, tmp_path / p.name) for p in seed_paths if p.name in SPLIT_WORDS]
    report = import_paths(paths)
    assert len(report.added) == 2, report.to_json()
    return paths


def _check(view) -> None:
    article = Article.get_by_id(view.article_id)
    assert article.text[view.start : view.end] == view.quote


def test_quotes_across_column_breaks_are_found_in_the_repaired_text(seeded, seed_paths):
    raw = {p.name: p.read_text(encoding="utf-8") for p in seed_paths}
    for source, words in SPLIT_WORDS.items():
        for word in words:
            assert word not in raw[source]
            view = annotate(source=source, quote=word, tags=["承诺"])
            assert view.quote == word and not view.orphan
            _check(view)


def test_annotations_survive_a_re_repair_and_a_replace_import(seeded, tmp_path):
    from reader.library.importer import import_paths, rerepair_issue

    views = [annotate(source=s, quote=w, note=w) for s, words in SPLIT_WORDS.items() for w in words]
    for issue_id in {v.issue_id for v in views}:
        rerepair_issue(issue_id)
    after = {v.note: v for v in list_annotations()}
    assert len(after) == 4 and not any(v.orphan for v in after.values())
    for view in after.values():
        _check(view)

    path = tmp_path / "003_e4feb845366e9c79.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text("（本期有更正）\n\n" + text, encoding="utf-8")  # same issue, edited: --replace
    report = import_paths([path], replace=True)
    assert report.added and not report.failed
    replaced = {v.note: v for v in list_annotations(source="003_e4feb845366e9c79.txt")}
    assert set(replaced) == {"物理空间", "研究部署"}
    for view in replaced.values():
        assert not view.orphan
        _check(view)


def test_a_manual_fix_orphans_a_highlight_and_undoing_it_brings_it_back(seeded):
    from reader.library.overrides import add_override, list_overrides, remove_override
    from reader.library.queries import issue_repairs
    from reader.repair.model import Override

    view = annotate(source="003_e4feb845366e9c79.txt", quote="物理空间", tags=["承诺"], note="空间")
    other = annotate(source="003_e4feb845366e9c79.txt", quote="研究部署")
    join = next(r for r in issue_repairs(view.issue_id) if r["kind"] == "join" and "物理" in r["detail"])
    a, b = join["id"].split(":", 1)[1].split("+")
    add_override(view.issue_id, Override("unjoin", a, b))  # the user says: these blocks do not belong together
    orphans = list_annotations(orphans=True)
    assert [o.id for o in orphans] == [view.id] and orphans[0].quote == "物理空间" and orphans[0].tags == ["承诺"]
    _check(next(v for v in list_annotations() if v.id == other.id))  # the other highlight did not move

    remove_override(list_overrides(view.issue_id)[-1].id)
    back = next(v for v in list_annotations() if v.id == view.id)
    assert not back.orphan and back.quote == "物理空间" and back.note == "空间"
    _check(back)
