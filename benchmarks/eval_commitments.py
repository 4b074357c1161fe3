"""Precision and recall of the commitment detector on the labelled seeds and the held-out paragraphs.

Usage: uv run python benchmarks/eval_commitments.py [--repaired] [--verbose] [--json]
--repaired runs the repair engine on each seed first (the text users see); default is the raw seed text.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.commitments.detect import detect  # noqa: E402
from reader.commitments.evaluation import Score, score_text  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "commitments"


def seed_text(seed: str, *, repaired: bool) -> str:
    path = ROOT / "seeds" / f"{seed}.txt"
    if not repaired:
        return path.read_text(encoding="utf-8")
    from reader.repair import repair_paths

    issue = repair_paths([path])
    return ARTICLE_BREAK.join(a.text for a in issue.articles)


ARTICLE_BREAK = "\n\f\n"


def detect_articles(text: str) -> list:
    """Detect in each article on its own (context never crosses articles), offsets in the joined text."""
    found, offset = [], 0
    for article in text.split(ARTICLE_BREAK):
        for c in detect(article):
            c.start += offset
            c.end += offset
            found.append(c)
        offset += len(article) + len(ARTICLE_BREAK)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repaired", action="store_true", help="detect in the repaired articles")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and wrong suggestions")
    parser.add_argument("--show-heldout", action="store_true", help="with --verbose, list held-out errors too")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    labels = json.loads((FIXTURES / "labels.json").read_text(encoding="utf-8"))["labels"]
    heldout = json.loads((FIXTURES / "heldout.json").read_text(encoding="utf-8"))["paragraphs"]
    heldout2 = json.loads((FIXTURES / "heldout2.json").read_text(encoding="utf-8"))["paragraphs"]
    heldout3 = json.loads((FIXTURES / "heldout3.json").read_text(encoding="utf-8"))["paragraphs"]
    began = time.perf_counter()
    rows: list[Score] = []
    seeds_total = Score("seeds")
    for seed in sorted({lab["seed"] for lab in labels}):
        score = score_text(seed[:3], seed_text(seed, repaired=args.repaired), [l for l in labels if l["seed"] == seed], detect_articles)
        rows.append(score)
        seeds_total.add(score)
    rows.append(seeds_total)
    held_sets = []
    for name, paragraphs in (("held-out", heldout), ("held-out-2", heldout2), ("held-out-3", heldout3)):
        held = Score(name)
        for para in paragraphs:
            held.add(score_text(para["id"], para["text"], para["labels"], detect))
        rows.append(held)
        held_sets.append(held)
    took = time.perf_counter() - began

    if args.json:
        print(json.dumps({"scores": [r.to_json() for r in rows], "seconds": round(took, 2)}, ensure_ascii=False, indent=1))
        return 0
    print(f"{'text':10} {'targets':>7} {'found':>5} {'recall':>7} {'suggested':>9} {'precision':>9} {'past':>4} {'other':>5} {'ambig':>5} {'fields':>6}")
    for r in rows:
        print(
            f"{r.name:10} {r.targets:7} {r.found:5} {r.recall:7.1%} {r.suggested:9} {r.precision:9.1%} "
            f"{r.past:4} {r.other:5} {r.ambiguous:5} {r.fields_right:6}"
        )
    print(f"({'repaired' if args.repaired else 'raw'} text, {took:.1f} s)")
    if args.verbose:
        for r in [seeds_total] + (held_sets if args.show_heldout else []):
            for line in r.missed:
                print("MISSED ", line)
            for line in r.wrong:
                print("WRONG  ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
