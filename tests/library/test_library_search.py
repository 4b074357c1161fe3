"""Search: words the dumps split across column breaks, offsets, filters, notes, tags, hostile input."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.errors import ReaderError

SPLIT_WORDS = [("物理空间", "003_e4feb845366e9c79.txt"), ("研究部署", "003_e4feb845366e9c79.txt"),
               ("取得胜利", "002_405a22e14fca248f.txt"), ("妇女力量", "002_405a22e14fca248f.txt")]
HIT_KEYS = {"source", "issue_id", "article_id", "article_title", "paragraph", "start", "end", "snippet"}


def _assert_hit_points_at(hit, word):
    from reader.library.queries import get_article

    article = get_article(hit.article_id)
    assert article.text[hit.start : hit.end] == word
    paragraph = article.paragraphs[hit.paragraph]
    assert paragraph.start <= hit.start and hit.end <= paragraph.end
    assert f"«{word}»" in hit.snippet


@pytest.mark.parametrize("word,source", SPLIT_WORDS)
def test_finds_words_the_dump_split_across_a_column_break(seeded, seed_paths, word, source):
    from reader.library.search import search

    raw = next(p for p in seed_paths if p.name == source).read_text("utf-8")
    assert word not in raw  # grep on the dump cannot find it
    result = search(word)
    assert result.total >= 1
    hits = [h for h in result.hits if h.source == source]
    assert hits
    for hit in hits:
        _assert_hit_points_at(hit, word)


def test_every_hit_is_exact_and_ranked_results_respect_limit(seeded):
    from reader.library.search import search

    result = search("社会消费品零售总额", limit=3)
    assert result.total >= 1 and 1 <= len(result.hits) <= 3
    for hit in result.hits:
        _assert_hit_points_at(hit, "社会消费品零售总额")
    everything = search("渝中", limit=1000)
    assert everything.total == len(everything.hits) > 20
    assert len(search("渝中", limit=5).hits) == 5


def test_several_words_must_all_occur(seeded):
    from reader.library.queries import get_article
    from reader.library.search import search

    result = search("科技 创新", limit=50)
    assert result.total >= 1
    for hit in result.hits:
        text = get_article(hit.article_id).paragraphs[hit.paragraph].text
        assert "科技" in text and "创新" in text


def test_source_and_tag_filters(seeded):
    from reader.annotations.ops import annotate
    from reader.library.search import search

    everywhere = search("发展", limit=1000)
    only = search("发展", limit=1000, source="003_e4feb845366e9c79.txt")
    assert 0 < only.total < everywhere.total
    assert {h.source for h in only.hits} == {"003_e4feb845366e9c79.txt"}
    with pytest.raises(ReaderError, match="no issue"):
        search("发展", source="nothing.txt")

    annotate(source="003_e4feb845366e9c79.txt", quote="物理空间", tags=["承诺/空间"])
    tagged = search("物理空间", tag="承诺")  # nested tags count for their parent
    assert tagged.hits and all(h.source == "003_e4feb845366e9c79.txt" for h in tagged.hits)
    assert search("社会消费品零售总额", tag="承诺").total == 0
    with pytest.raises(ReaderError, match="no tag"):
        search("发展", tag="没有这个标签")


def test_notes_and_tags_are_searchable(seeded):
    from reader.annotations.ops import annotate
    from reader.library.search import search

    view = annotate(source="002_405a22e14fca248f.txt", quote="妇女力量", note="跟进妇联换届后的落实情况", tags=["妇联工作"])
    by_note = search("换届")
    assert [(h.match, h.article_id, h.start, h.end) for h in by_note.hits] == [("note", view.article_id, view.start, view.end)]
    assert "«换届»" in by_note.hits[0].snippet
    by_tag = search("妇联工作")
    assert any(h.match == "tag" and h.start == view.start for h in by_tag.hits)


def test_index_follows_replace_and_stays_consistent(seeded, seed_paths, tmp_path):
    from reader.library.importer import import_paths
    from reader.library.maintenance import check
    from reader.library.search import search

    changed = tmp_path / seed_paths[3].name
    raw = seed_paths[3].read_text("utf-8")
    assert raw.count("理空间里") == 1  # the head of the word the column break cut
    changed.write_text(raw.replace("理空间里", "理时间里"), "utf-8")
    import_paths([changed], replace=True)
    assert check(deep=True).ok
    assert not [h for h in search("物理空间").hits if h.source == seed_paths[3].name]
    assert [h.source for h in search("物理时间").hits] == [seed_paths[3].name]


def test_cli_json_shape(seeded, cli):
    out = cli("search", "物理空间", "--json", db=seeded.database)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == {"query", "total", "took_ms", "hits"}
    assert data["query"] == "物理空间" and isinstance(data["total"], int) and isinstance(data["took_ms"], float)
    assert data["hits"] and all(set(h) == HIT_KEYS for h in data["hits"])
    hit = data["hits"][0]
    assert hit["source"] == "003_e4feb845366e9c79.txt"
    assert all(isinstance(hit[k], int) for k in ("issue_id", "article_id", "paragraph", "start", "end"))


HOSTILE = ['"', '""', "'", "AND", "OR", "NOT", "NEAR(物理 空间)", "*", "物理*", "^物理", "body:物理", "(", ")",
           "{物理}", "-", "+物理", '"物理', 'a"b', "\\", "%", "_", "'; DROP TABLE issue; --", "\x00", "   ",
           "。，！？", "物" * 150, "🙂", "ＡＢＣ", '物理 空间 "研究"', "rowid", "paragraph_fts", "a:b:c", "NEAR"]


@pytest.mark.parametrize("query", HOSTILE + [""])
def test_hostile_queries_answer_or_explain(seeded, query):
    from reader.library.search import search

    try:
        result = search(query)
    except ReaderError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert result.total >= len(result.hits)
    assert seeded.execute_sql("SELECT count(*) FROM issue").fetchone()[0] == 5


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=0, max_size=40))
def test_any_text_is_a_safe_query(seeded, query):
    from reader.library.search import search

    try:
        search(query, limit=5)
    except ReaderError:
        pass


@pytest.mark.parametrize("query,ok", [("物理空间", True), ('"', False), ("", False), ("NOT", True), ("(", False)])
def test_cli_queries_exit_cleanly(seeded, cli, query, ok):
    out = cli("search", query, db=seeded.database)
    assert out.returncode == (0 if ok else 2), out.stderr
    assert "Traceback" not in out.stderr and "sqlite" not in out.stderr.lower() and "fts5" not in out.stderr.lower()
    if not ok:
        assert out.stderr.startswith("reader: error: ") and out.stderr.count("\n") == 1
