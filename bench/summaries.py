"""Throughput of summary + key facts against sumy LexRank and Lead-3, in one run.

    python bench/summaries.py [--corpus DIR_OR_FILE] [--n 1000] [--sentences 3]

Reads the evaluation corpora by path (default: ``../shared/corpus`` beside the
repository; nothing is copied into the repository) and times, on the same articles in
the same process:

- ``ours+facts``: ``summarize(…, method="ours")`` then ``key_facts(…, exclude=summary)``,
  first with empty token/stem caches (cold, the first pass) and then warm;
- ``lead3``: ``summarize(…, method="lead3")`` (same cleaning and splitting);
- ``lexrank``: sumy's LexRank through our offline tokenizer (timed after one untimed
  call that pays for importing NLTK).

The per-article memo of :func:`summaries.document.prepare` is cleared before every
timed call, so each one tokenizes its article from scratch. Peak memory is measured in
a separate pass with ``tracemalloc`` (Python allocations of summary + facts over all
articles) and as the process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# This file is named like the package it measures: make sure ``summaries`` is the
# package, not this script's folder.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(ROOT))

from summaries.document import prepare  # noqa: E402
from summaries.extractive import summarize  # noqa: E402
from summaries.keyfacts import key_facts  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CORPUS_FILES = ("cnndm_dev.jsonl", "bbc_news_summary.jsonl")

Article = tuple[str, str | None]


def load_articles(corpus: Path, n: int) -> list[Article]:
    """Up to ``n`` (text, title) pairs from a JSONL file or the corpus directory."""
    files = [corpus] if corpus.is_file() else [corpus / name for name in CORPUS_FILES]
    articles: list[Article] = []
    for path in files:
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    record = json.loads(line)
                    articles.append((record["text"], record.get("title")))
    if not articles:
        raise SystemExit(f"bench: no articles under {corpus}")
    while len(articles) < n:  # repeat the corpus if it is smaller than asked for
        articles.extend(articles[: n - len(articles)])
    return articles[:n]


def time_pass(articles: list[Article], run: Callable[[str, str | None], object]) -> list[float]:
    """Milliseconds per article for one pass, with the per-article memo cleared."""
    times: list[float] = []
    for text, title in articles:
        prepare.cache_clear()
        start = time.perf_counter()
        run(text, title)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--n", type=int, default=1000, help="articles (default 1000)")
    parser.add_argument("--sentences", type=int, default=3)
    args = parser.parse_args(argv)
    articles = load_articles(args.corpus, args.n)
    k = args.sentences

    def ours(text: str, title: str | None) -> object:
        summary = summarize(text, title, k, "ours")
        return key_facts(text, title, exclude=summary)

    def lead3(text: str, title: str | None) -> object:
        return summarize(text, title, k, "lead3")

    def lexrank(text: str, title: str | None) -> object:
        return summarize(text, title, k, "lexrank")

    print(f"bench: {len(articles)} articles from {args.corpus}", file=sys.stderr)
    lexrank(*articles[0])  # pays for importing sumy and NLTK
    results: dict[str, list[float]] = {}
    for name, fn in (
        ("ours+facts (cold caches)", ours),
        ("lead3", lead3),
        ("lexrank (sumy)", lexrank),
        ("ours+facts", ours),
    ):
        print(f"bench: timing {name}", file=sys.stderr)
        start = time.perf_counter()
        results[name] = time_pass(articles, fn)
        print(f"bench: {name} took {time.perf_counter() - start:.1f} s", file=sys.stderr)

    # "Typical" news: 20-40 sentences after cleaning.
    sizes = []
    for text, title in articles:
        prepare.cache_clear()
        sizes.append(len(prepare(text, title).sentences))
    typical = [i for i, size in enumerate(sizes) if 20 <= size <= 40]

    tracemalloc.start()
    for text, title in articles:
        prepare.cache_clear()
        ours(text, title)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    max_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    base = results["ours+facts"]
    lex = results["lexrank (sumy)"]
    lead = results["lead3"]
    print(
        f"{len(articles)} articles ({len(typical)} of them with 20-40 sentences), "
        f"{k} sentences + key facts"
    )
    print()
    print("| method | articles/s | median ms | median ms (20-40 sentences) | p95 ms |")
    print("|---|---:|---:|---:|---:|")
    for name, times in results.items():
        typical_times = [times[i] for i in typical] or times
        p95 = sorted(times)[int(0.95 * (len(times) - 1))]
        print(
            f"| {name} | {1000 * len(times) / sum(times):,.0f} | {statistics.median(times):.2f} "
            f"| {statistics.median(typical_times):.2f} | {p95:.2f} |"
        )
    print()
    print(
        f"- throughput ours+facts / LexRank: {sum(lex) / sum(base):.1f}x "
        f"(median {statistics.median(lex) / statistics.median(base):.1f}x; "
        f"cold caches {sum(lex) / sum(results['ours+facts (cold caches)']):.1f}x)"
    )
    print(f"- throughput ours+facts / Lead-3: {sum(lead) / sum(base):.2f}x")
    print(
        f"- peak traced Python memory, summary + facts over all articles: "
        f"{peak / 1e6:.1f} MB; process max RSS {max_rss_mb:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
