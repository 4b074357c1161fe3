"""Search latency on a library of generated issues: p50/p95 over many queries.

    uv run python benchmarks/bench_search.py [--db FILE] [--issues 1000] [--queries 400]

Without ``--db`` (or when FILE does not exist yet) a library is made first with make_library.py.
Queries: words and two-word phrases sampled from the library's paragraphs, plus fixed ones
(words the dumps split across column breaks, a commitment target, very common words).
Goal: p95 < 20 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

FIXED = ["物理空间", "研究部署", "取得胜利", "妇女力量", "社会消费品零售总额", "增长5%左右", "发展", "渝中",
         "高质量发展", "科技 创新", "CBD", "十五五", "解放碑", "数字经济", "养老服务"]


def sample_queries(db, count: int, rng: random.Random) -> list[str]:
    """Fixed queries, then words and pairs of adjacent words cut from random paragraphs."""
    from reader.library import segment

    rows = db.execute_sql("SELECT text FROM paragraph ORDER BY random() LIMIT ?", (count,)).fetchall()
    queries = list(FIXED)
    for (text,) in rows:
        spans = [(w, s, e) for w, s, e in segment.jieba_module().tokenize(text) if len(w) >= 2 and w.isalnum()]
        if len(spans) < 2:
            continue
        at = rng.randrange(len(spans) - 1)
        (w1, _, e1), (w2, s2, _) = spans[at], spans[at + 1]
        queries.append(w1 + w2 if e1 == s2 and rng.random() < 0.5 else w1)
    return queries[:count]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--issues", type=int, default=1000)
    parser.add_argument("--queries", type=int, default=400)
    args = parser.parse_args(argv)

    from reader.library.db import connect
    from reader.library.search import search

    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "library.sqlite3"
        if not db_path.exists():
            from make_library import main as make

            make([str(Path(tmp) / "issues"), "--issues", str(args.issues), "--db", str(db_path)])
        db = connect(db_path)
        issues = db.execute_sql("SELECT count(*) FROM issue").fetchone()[0]
        paragraphs = db.execute_sql("SELECT count(*) FROM paragraph").fetchone()[0]
        queries = sample_queries(db, args.queries, random.Random(4))
        search("渝中")  # warm the dictionary and the page cache
        wall, reported, totals = [], [], []
        for query in queries:
            began = time.perf_counter()
            result = search(query, limit=20)
            wall.append((time.perf_counter() - began) * 1000)
            reported.append(result.took_ms)
            totals.append(result.total)
        print(f"library: {issues} issues, {paragraphs} paragraphs; {len(queries)} queries, limit 20")
        print(f"hits per query: median {statistics.median(totals):.0f}, max {max(totals)}; "
              f"queries with no hit: {sum(t == 0 for t in totals)}")
        for name, values in (("took_ms", reported), ("wall ms", wall)):
            print(f"{name:8}: p50 {percentile(values, .5):6.2f}  p95 {percentile(values, .95):6.2f}  "
                  f"p99 {percentile(values, .99):6.2f}  max {max(values):6.2f}   (goal p95 < 20 ms)")
        sources = [r[0] for r in db.execute_sql("SELECT source FROM issue ORDER BY random() LIMIT 100")]
        filtered = []
        for query, source in zip(queries, sources):
            filtered.append(search(query, limit=20, source=source).took_ms)
        print(f"--source: p50 {percentile(filtered, .5):6.2f}  p95 {percentile(filtered, .95):6.2f}  "
              f"max {max(filtered):6.2f}   ({len(filtered)} queries, one issue each)")
        slow = sorted(zip(wall, queries), reverse=True)[:5]
        print("slowest: " + ", ".join(f"{q} {ms:.1f} ms" for ms, q in slow))
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
