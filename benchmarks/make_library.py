"""Make a library of generated issues for the search and import benchmarks.

    uv run python benchmarks/make_library.py OUT_DIR [--issues 1000] [--db FILE]

Writes OUT_DIR/issue-0001.txt … — each one of the seed dumps with a masthead (paper, date,
number), some blocks of another seed spliced in at a block boundary and its figures varied, so
every issue has its own content (and its own SHA-256). With ``--db`` the files are also imported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def make_issue(number: int, seeds: list[str]) -> str:
    """The text of generated issue ``number`` (deterministic)."""
    rng = random.Random(number)
    blocks = seeds[number % len(seeds)].split("\n\n")
    other = seeds[(number + 1 + rng.randrange(len(seeds) - 1)) % len(seeds)].split("\n\n")
    take = rng.randrange(4, 16)
    at = rng.randrange(len(other) - take) if len(other) > take else 0
    where = rng.randrange(1, len(blocks))
    blocks[where:where] = other[at : at + take]
    body = "\n\n".join(blocks)
    body = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randrange(0, 3)), body)
    day = dt.date(2020, 1, 1) + dt.timedelta(days=number)
    masthead = f"# 渝中报\n\n{day.year}年{day.month}月{day.day}日 第{number}期\n\n"
    return masthead + body


def write_issues(out: Path, count: int) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    seeds = seed_texts()
    paths = []
    for number in range(1, count + 1):
        path = out / f"issue-{number:04d}.txt"
        path.write_text(make_issue(number, seeds), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--issues", type=int, default=1000)
    parser.add_argument("--db", type=Path, help="also import the issues into this library")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    paths = write_issues(args.out, args.issues)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} issues ({size / 1e6:.1f} MB) to {args.out} in {time.perf_counter() - began:.1f} s")
    if args.db:
        sys.path.insert(0, str(ROOT))
        from reader.library.db import connect
        from reader.library.importer import import_paths

        connect(args.db)
        began = time.perf_counter()
        report = import_paths(paths)
        print(f"imported {len(report.added)} (skipped {len(report.skipped)}, failed {len(report.failed)}) "
              f"into {args.db} in {time.perf_counter() - began:.1f} s")
        for failure in report.failed[:5]:
            print(f"  failed: {failure.source}: {failure.reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
