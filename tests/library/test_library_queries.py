"""Views of the library and manual repair fixes (stored, re-applied, searchable at once)."""

from __future__ import annotations

import dataclasses

import pytest

from reader.errors import ReaderError

SEED_003 = "003_e4feb845366e9c79.txt"


def test_article_views_walk_the_issue_in_reading_order(seeded):
    from reader.library.queries import find_issue_by_source, get_article, issue_articles

    issue_id = find_issue_by_source(SEED_003)
    summaries = issue_articles(issue_id)
    assert [s.order for s in summaries] == sorted(s.order for s in summaries)
    views = [get_article(s.id) for s in summaries]
    assert views[0].prev_id is None and views[-1].next_id is None
    for a, b in zip(views, views[1:]):
        assert a.next_id == b.id and b.prev_id == a.id
    view = views[0]
    assert dataclasses.is_dataclass(view) and view.source == SEED_003
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.title = "x"
    assert all(seg.source.page == 1 for p in view.paragraphs for seg in p.segments)
    with pytest.raises(ReaderError):
        get_article(10**6)
    assert find_issue_by_source("nothing.txt") is None


def test_pages_and_repairs_of_an_issue(seeded):
    from reader.library.queries import find_issue_by_source, issue_pages, issue_repairs

    issue_id = find_issue_by_source(SEED_003)
    (page,) = issue_pages(issue_id)
    assert "有限的物" in page.text and page.name == SEED_003
    joins = [r for r in issue_repairs(issue_id) if r["kind"] == "join"]
    assert any("物理" in r["detail"] for r in joins)


def test_a_manual_unjoin_is_kept_applied_and_undone(seeded):
    from reader.annotations.ops import annotate, get_annotation
    from reader.library.importer import rerepair_issue
    from reader.library.overrides import add_override, list_overrides, remove_override
    from reader.library.queries import find_issue_by_source, get_article, issue_repairs
    from reader.library.search import search
    from reader.repair.model import Override

    issue_id = find_issue_by_source(SEED_003)
    join = next(r for r in issue_repairs(issue_id) if r["kind"] == "join" and "物理" in r["detail"])
    a, b = (f"p{s['page']}b{s['block']}" for s in join["source"][:2])
    note = annotate(source=SEED_003, quote="在有限的物理空间里")

    changes = add_override(issue_id, Override(op="unjoin", a=a, b=b))
    assert changes.overrides and changes.issues
    (fix,) = list_overrides(issue_id)
    assert (fix.op, fix.a, fix.b) == ("unjoin", a, b)
    assert search("物理空间", source=SEED_003).total == 0
    rerepair_issue(issue_id)  # re-repairs keep applying the fix
    assert search("物理空间", source=SEED_003).total == 0
    assert get_annotation(note.id).quote == "在有限的物理空间里"  # kept (orphan or fuzzy), never dropped

    remove_override(fix.id)
    assert list_overrides(issue_id) == []
    hits = search("物理空间", source=SEED_003).hits
    assert hits
    again = get_annotation(note.id)
    assert not again.orphan and get_article(again.article_id).text[again.start : again.end] == "在有限的物理空间里"


@pytest.mark.parametrize(
    "override,message",
    [
        (("merge", "p1b1", "p1b2", None), "unknown fix"),
        (("join", "block1", "p1b2", None), "not of the form"),
        (("unjoin", "p1b1", None, None), "needs two blocks"),
        (("split", "p1b1", None, 0), "positive offset"),
    ],
)
def test_bad_fixes_are_refused(seeded, override, message):
    from reader.library.overrides import add_override, list_overrides
    from reader.library.queries import find_issue_by_source
    from reader.repair.model import Override

    issue_id = find_issue_by_source(SEED_003)
    op, a, b, offset = override
    with pytest.raises(ReaderError, match=message):
        add_override(issue_id, Override(op=op, a=a, b=b, offset=offset))
    assert list_overrides(issue_id) == []


def test_fix_cli(seeded, cli):
    out = cli("fix", "list", SEED_003, db=seeded.database)
    assert out.returncode == 0 and out.stdout == ""
    out = cli("fix", "add", SEED_003, "unjoin", "p1b46", "p1b48", db=seeded.database)
    assert out.returncode == 0, out.stderr
    out = cli("fix", "list", SEED_003, "--json", db=seeded.database)
    assert '"unjoin"' in out.stdout
    out = cli("rerepair", SEED_003, db=seeded.database)
    assert out.returncode == 0 and "article(s)" in out.stdout
