"""Measure the repair engine against gold: the five seeds and N generated damaged issues.

    uv run python benchmarks/eval_repair.py [--n 50] [--seed 1] [--half 0|1] [--corpus DIR] [--json] [--verbose] [--dump DIR]

Prints, for the seeds and for the generated issues: join recall (% of gold joins made), false-join
rate (% of joins made that are not gold), jumps stitched, titles found, duplicates left, characters
lost, boilerplate left inside articles and paragraphs found outside their article.
``--dump DIR`` also writes every generated issue (page files + gold.json) so that a miss can be
replayed with ``reader repair DIR/issue-<seed>``.

The shipped character model has read the bundled corpus (see benchmarks/build_char_model.py), so
figures on it flatter the engine: benchmarks/eval_held_out.py gives the figures on text it never read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.repair.model import Page  # noqa: E402
from reader.testing import SEED_DIR, Score, score_issue, seed_gold, seed_stems, summarise  # noqa: E402
from reader.testing.damage import CORPUS_DIR, DROPS, generate_issue, load_corpus  # noqa: E402


def _engine():
    import reader.repair as repair

    missing = [name for name in ("repair_pages", "repair_paths") if not hasattr(repair, name)]
    if missing:
        raise SystemExit(f"eval_repair: error: reader.repair has no {', '.join(missing)} yet")
    return repair.repair_pages, repair.repair_paths


def eval_seeds(repair_paths, *, verbose: bool) -> tuple[Score, dict[str, dict]]:
    total, per_seed = Score(), {}
    for stem in seed_stems():
        issue = repair_paths([SEED_DIR / f"{stem}.txt"])
        score = score_issue(issue, seed_gold(stem))
        per_seed[stem] = summarise(score)
        total.add(score)
        if verbose:
            _explain(stem, score)
    return total, per_seed


def eval_generated(
    repair_pages, *, n: int, seed: int, verbose: bool, dump: Path | None = None, half: int | None = None,
    corpus_dir: Path | None = None, drops: float = DROPS,
) -> tuple[Score, list[int]]:
    total, crashed = Score(), []
    corpus = load_corpus(corpus_dir or CORPUS_DIR, half=half)  # --half: the half the model did not learn on
    for k in range(n):
        issue_seed = seed * 100_003 + k
        damaged = generate_issue(issue_seed, corpus=corpus, drops=drops)
        if dump is not None:
            _dump(dump / f"issue-{issue_seed}", damaged)
        pages = [
            Page(number=i, name=f"page-{i}.txt", text=text, encoding="utf-8", raw=text.encode("utf-8"))
            for i, text in enumerate(damaged.pages, start=1)
        ]
        try:
            repaired = repair_pages(pages)
        except Exception as exc:  # a crash is a result here, not the end of the measurement
            crashed.append(issue_seed)
            print(f"generated issue {issue_seed}: engine crashed: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        score = score_issue(repaired, damaged.gold, page_texts=damaged.pages)
        total.add(score)
        if verbose:
            _explain(f"generated {issue_seed}", score)
    return total, crashed


def _dump(folder: Path, damaged) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(damaged.pages, start=1):
        (folder / f"page-{i}.txt").write_text(text, encoding="utf-8")
    (folder / "gold.json").write_text(json.dumps(damaged.gold, ensure_ascii=False, indent=1), encoding="utf-8")


def _explain(name: str, score: Score) -> None:
    problems = {
        "missed joins": score.missed_joins,
        "false joins": score.false_joins,
        "missing titles": score.missing_titles,
        "duplicates left": score.duplicates_left,
        "wrongly deduplicated": score.over_deduped,
        "boilerplate left": score.boilerplate_left,
        "unstitched jumps": score.unstitched_jumps,
        "misplaced": score.misplaced,
    }
    lines = [f"  {k}: {v}" for k, v in problems.items() if v]
    if score.chars_lost:
        lines.append(f"  chars lost: {dict(score.chars_lost.most_common(12))}")
    print(f"{name}: " + ("ok" if not lines else ""), file=sys.stderr)
    for line in lines:
        print(line, file=sys.stderr)


def _table(rows: dict[str, dict]) -> str:
    cols = [
        ("issues", "issues"), ("joins", "joins"), ("join_recall_pct", "recall%"),
        ("false_joins", "false"), ("false_join_pct", "false%"), ("jumps", "jumps"),
        ("jumps_stitched_pct", "stitched%"), ("titles", "titles"), ("titles_found_pct", "titles%"),
        ("duplicates_left", "dups left"), ("chars_lost", "lost chars"), ("boilerplate_left", "boiler"),
        ("misplaced_paragraphs", "misplaced"),
    ]
    name_w = max(len(k) for k in rows) + 2
    head = "".ljust(name_w) + "".join(label.rjust(11) for _, label in cols)
    out = [head]
    for name, row in rows.items():
        cells = ["-" if row.get(key) is None else str(row.get(key)) for key, _ in cols]
        out.append(name.ljust(name_w) + "".join(c.rjust(11) for c in cells))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50, help="generated issues to repair (default 50)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated issues (default 1)")
    parser.add_argument("--half", type=int, choices=(0, 1), help="draw articles from one half of the corpus only")
    parser.add_argument("--corpus", type=Path, metavar="DIR", help="clean articles to damage (default: the bundled corpus)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", action="store_true", help="list every miss on stderr")
    parser.add_argument("--dump", type=Path, metavar="DIR", help="write the generated issues and their gold here")
    parser.add_argument("--drops", type=float, default=DROPS,
                        help=f"pieces each generated page loses, leaving a tail dangling (default {DROPS})")
    args = parser.parse_args(argv)

    repair_pages, repair_paths = _engine()
    started = time.perf_counter()
    seeds_total, per_seed = eval_seeds(repair_paths, verbose=args.verbose)
    generated_total, crashed = eval_generated(
        repair_pages, n=args.n, seed=args.seed, verbose=args.verbose, dump=args.dump, half=args.half,
        corpus_dir=args.corpus, drops=args.drops,
    )
    rows = {**per_seed, "seeds (all)": summarise(seeds_total, issues=len(per_seed))}
    rows[f"generated (n={args.n}, seed={args.seed})"] = summarise(generated_total, issues=args.n - len(crashed))
    elapsed = time.perf_counter() - started
    if args.json:
        print(json.dumps({"rows": rows, "crashed": crashed, "seconds": round(elapsed, 2)}, ensure_ascii=False, indent=1))
    else:
        print(_table(rows))
        print(f"\ncrashed on {len(crashed)} generated issue(s){': ' + str(crashed) if crashed else ''}; {elapsed:.1f} s")
        if args.corpus is None:
            print("note: the shipped character model has read these articles; figures on unseen text: benchmarks/eval_held_out.py")
        print("targets: seeds 100% recall, 0 false, 0 lost, 100% titles, 0 dups left;"
              " generated >= 95% recall, <= 2% false joins, >= 95% jumps stitched")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
