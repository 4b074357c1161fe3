"""Repair speed: a 10/20/40-page issue built from the seed pages, against jieba.lcut on the same text.

Both sides are whole processes (interpreter start, imports, jieba's dictionary), measured as the best
of a few runs. Goal: repair ≤ 2× jieba.lcut on 40 pages (~330 KB), growing about linearly with pages.

    uv run python benchmarks/bench_repair.py [--runs 3]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE_BYTES = 8_400  # 40 pages ≈ 330 KB


def build_issue(folder: Path, pages: int) -> int:
    """Write ``pages`` page files cut from the seeds (rotating start blocks); returns total bytes."""
    seeds = [p.read_text(encoding="utf-8-sig") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    blocks = [[b for b in re.split(r"\n\s*\n", s) if b.strip()] for s in seeds]
    total = 0
    for n in range(pages):
        source = blocks[n % len(blocks)]
        start = (n * 7) % len(source)
        chosen: list[str] = []
        size = 0
        i = start
        while size < PAGE_BYTES:
            block = source[i % len(source)]
            chosen.append(block)
            size += len(block.encode("utf-8")) + 2
            i += 1
        text = "\n\n".join(chosen) + "\n"
        (folder / f"page-{n + 1}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def best_time(cmd: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'pages':>5} {'KB':>6} {'repair s':>9} {'jieba.lcut s':>13} {'ratio':>6}")
    rows = []
    for pages in (10, 20, 40):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            size = build_issue(folder, pages)
            joined = folder.parent / f"{folder.name}-all.txt"
            joined.write_text("\n\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))), encoding="utf-8")
            repair = best_time([sys.executable, "-m", "reader", "repair", "--format", "json", str(folder)], args.runs)
            lcut = best_time(
                [sys.executable, "-c", "import sys, jieba; jieba.setLogLevel(60); jieba.lcut(open(sys.argv[1], encoding='utf-8').read())", str(joined)],
                args.runs,
            )
            joined.unlink()
        rows.append((pages, repair))
        print(f"{pages:>5} {size / 1024:>6.0f} {repair:>9.2f} {lcut:>13.2f} {repair / lcut:>6.2f}")
    (p1, t1), (p3, t3) = rows[0], rows[-1]
    print(f"growth 10→40 pages: ×{t3 / t1:.2f} time for ×{p3 / p1:.0f} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
