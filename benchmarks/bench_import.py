"""Import speed and memory: importing N generated issues vs ``jieba.lcut`` on the same text.

    uv run python benchmarks/bench_import.py [--issues 1000] [--breakdown]

Goal: the import within 3× the time of ``jieba.lcut`` alone, peak memory under 500 MB.
Both timings start with jieba's dictionary already loaded.
"""

from __future__ import annotations

import argparse
import logging
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_library import write_issues  # noqa: E402


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--issues", type=int, default=1000)
    parser.add_argument("--breakdown", action="store_true", help="also time the repair engine alone")
    parser.add_argument("--workers", type=int, help="repair processes (default: as `reader import` chooses)")
    args = parser.parse_args(argv)

    import jieba

    from reader.library.db import connect
    from reader.library.importer import import_paths
    from reader.library.pool import worker_count

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_issues(Path(tmp) / "issues", args.issues)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        chars = sum(map(len, texts))
        print(f"{len(paths)} issues, {chars / 1e6:.2f} M characters, {sum(p.stat().st_size for p in paths) / 1e6:.1f} MB")

        began = time.perf_counter()
        for text in texts:
            jieba.lcut(text)
        lcut = time.perf_counter() - began
        print(f"jieba.lcut:       {lcut:8.2f} s")
        del texts

        if args.breakdown:
            from reader.repair import load_pages, repair_pages

            began = time.perf_counter()
            for path in paths:
                repair_pages(load_pages([path]))
            print(f"repair only:      {time.perf_counter() - began:8.2f} s")

        connect(Path(tmp) / "library.sqlite3")
        began = time.perf_counter()
        workers = worker_count(len(paths)) if args.workers is None else args.workers
        report = import_paths(paths, workers=workers)
        took = time.perf_counter() - began
        size = (Path(tmp) / "library.sqlite3").stat().st_size
        print(f"import:           {took:8.2f} s  ({len(report.added)} added, {len(report.failed)} failed, "
              f"{took / max(1, len(paths)) * 1000:.1f} ms/issue, library {size / 1e6:.0f} MB)")
        print(f"ratio:            {took / lcut:8.2f} × jieba.lcut  (goal ≤ 3)")
        main, child = peak_mb(), peak_mb(resource.RUSAGE_CHILDREN)
        total = main + (workers * child if workers > 1 else 0)
        print(f"workers:          {workers:8d}  (largest worker {child:.0f} MB)")
        print(f"peak memory:      {total:8.0f} MB  (this process {main:.0f} MB + workers; goal < 500)")
        for failure in report.failed[:5]:
            print(f"  failed: {failure.source}: {failure.reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
