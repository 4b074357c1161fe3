"""Importing dumps: what is stored, idempotency, --replace, failures leaving the library untouched."""

from __future__ import annotations

import hashlib
import json

import pytest

from reader.errors import ReaderError

SEED_003 = "003_e4feb845366e9c79.txt"


def _counts(db) -> tuple[int, ...]:
    tables = ("issue", "page", "article", "paragraph", "paragraph_fts")
    return tuple(db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)


def test_seeds_are_stored_with_raw_bytes_text_and_articles(seeded, seed_paths):
    from reader.library.models import Issue, Page
    from reader.library.queries import get_article, issue_articles, issue_pages, list_issues

    issues = list_issues()
    assert [i.source for i in issues] == [p.name for p in seed_paths]
    for summary, path in zip(issues, seed_paths):
        raw = path.read_bytes()
        assert summary.sha256 == hashlib.sha256(raw).hexdigest()
        assert summary.page_count == 1 and summary.article_count >= 1
        page = Page.get(Page.issue == summary.id)
        assert bytes(page.raw) == raw
        assert issue_pages(summary.id)[0].text == raw.decode("utf-8").replace("\r\n", "\n").replace("\u3000", " ")
        record = json.loads(Issue.get_by_id(summary.id).repair_json)
        assert record["repairs"] and "removed" in record
        for article in issue_articles(summary.id):
            view = get_article(article.id)
            assert view.text == "\n".join(p.text for p in view.paragraphs)
            for paragraph in view.paragraphs:
                assert view.text[paragraph.start : paragraph.end] == paragraph.text


def test_importing_the_same_content_again_is_reported_not_duplicated(seeded, seed_paths):
    from reader.library.importer import import_paths

    before = _counts(seeded)
    report = import_paths(seed_paths)
    assert not report.added and not report.failed
    assert [r.source for r in report.skipped] == [p.name for p in seed_paths]
    assert all("already present" in r.reason for r in report.skipped)
    assert _counts(seeded) == before


def test_same_name_other_content_needs_replace(seeded, seed_paths, tmp_path):
    from reader.library.importer import import_paths
    from reader.library.queries import find_issue_by_source, get_article, issue_articles

    changed = tmp_path / SEED_003
    changed.write_text("## 新增的文章\n\n这是加在最前面的一段新的文字。\n\n" + seed_paths[3].read_text("utf-8"), "utf-8")
    issue_id = find_issue_by_source(SEED_003)
    report = import_paths([changed])
    assert not report.added and "--replace" in report.skipped[0].reason
    report = import_paths([changed], replace=True)
    assert [r.issue_id for r in report.added] == [issue_id]
    texts = [get_article(a.id).text for a in issue_articles(issue_id)]
    assert any("这是加在最前面的一段新的文字" in t for t in texts)
    from reader.library.maintenance import check

    assert check(deep=True).ok


def test_replace_reanchors_annotations(seeded, seed_paths, tmp_path):
    from reader.annotations.ops import annotate, get_annotation
    from reader.library.importer import import_paths
    from reader.library.queries import get_article

    view = annotate(source=SEED_003, quote="物理空间", note="腾挪空间", tags=["承诺"])
    changed = tmp_path / SEED_003
    text = seed_paths[3].read_text("utf-8")
    changed.write_text(text.replace("12月16日", "12月16日上午", 1), "utf-8")
    report = import_paths([changed], replace=True)
    assert report.added and report.changes.annotations
    after = get_annotation(view.id)
    assert not after.orphan
    assert get_article(after.article_id).text[after.start : after.end] == "物理空间"


def test_a_bad_file_fails_alone_and_leaves_the_library_as_it_was(seeded, tmp_path):
    from reader.library.importer import import_paths

    binary = tmp_path / "broken.txt"
    binary.write_bytes(bytes(range(256)) * 50)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    before = _counts(seeded)
    report = import_paths([binary, empty, tmp_path / "missing.txt"])
    assert [r.source for r in report.failed] == ["broken.txt", "empty.txt", "missing.txt"]
    assert all(r.reason and "\n" not in r.reason for r in report.failed)
    assert _counts(seeded) == before


def test_a_failure_while_writing_rolls_the_issue_back(library, seed_paths, monkeypatch):
    from reader.library import store
    from reader.library.importer import import_paths

    def fail(*args, **kwargs):
        raise ValueError("disk on fire")

    monkeypatch.setattr(store, "write_articles", fail)
    report = import_paths(seed_paths[:1])
    assert report.failed and "disk on fire" in report.failed[0].reason
    assert _counts(library) == (0, 0, 0, 0, 0)


def test_a_folder_is_one_issue_of_pages_in_natural_order(library, seed_paths, tmp_path):
    from reader.library.importer import import_paths
    from reader.library.queries import issue_pages, list_issues

    folder = tmp_path / "2025-12-18"
    folder.mkdir()
    (folder / "page-10.txt").write_bytes(seed_paths[1].read_bytes())
    (folder / "page-2.txt").write_bytes(seed_paths[0].read_bytes())
    report = import_paths([folder])
    assert [r.source for r in report.added] == ["2025-12-18"]
    (issue,) = list_issues()
    assert issue.page_count == 2 and issue.date == "2025-12-18"
    assert [p.name for p in issue_pages(issue.id)] == ["page-2.txt", "page-10.txt"]


def test_paper_date_and_number_come_from_the_masthead(library, seed_paths, tmp_path):
    from reader.library.importer import import_paths
    from reader.library.queries import list_issues

    path = tmp_path / "today.txt"
    path.write_text("# 渝中报\n\n2025年12月18日 第1234期\n\n" + seed_paths[2].read_text("utf-8"), "utf-8")
    import_paths([path])
    (issue,) = list_issues()
    assert (issue.paper, issue.date, issue.number) == ("渝中报", "2025-12-18", "1234")


def test_progress_and_cancel(library, seed_paths):
    from reader.library.importer import import_paths

    calls = []
    report = import_paths(seed_paths[:2], progress=lambda d, t, n: calls.append((d, t, n)))
    assert calls == [(0, 2, seed_paths[0].name), (1, 2, seed_paths[1].name), (2, 2, "")]
    asked = []
    report = import_paths(seed_paths[2:], cancelled=lambda: asked.append(1) or len(asked) > 1)
    assert len(report.added) == 1
    assert [r.reason for r in report.skipped] == ["cancelled", "cancelled"]


def test_rerepair_keeps_articles_and_annotations(seeded):
    from reader.annotations.ops import annotate, get_annotation
    from reader.library.importer import rerepair_issue
    from reader.library.queries import find_issue_by_source, issue_articles

    view = annotate(source=SEED_003, quote="研究部署")
    issue_id = find_issue_by_source(SEED_003)
    before = [(a.id, a.title) for a in issue_articles(issue_id)]
    changes = rerepair_issue(issue_id)
    assert changes.issues and not changes.articles  # same input, same engine: nothing moved
    assert [(a.id, a.title) for a in issue_articles(issue_id)] == before
    after = get_annotation(view.id)
    assert (after.article_id, after.start, after.end, after.orphan) == (view.article_id, view.start, view.end, False)
    with pytest.raises(ReaderError):
        rerepair_issue(999)
