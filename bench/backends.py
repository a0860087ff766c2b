"""SQLite and PostgreSQL side by side: ingest, digest build and /news ask at two sizes.

    python -m bench.backends [--sizes 10000,100000] [--pg postgresql://…]

For each backend and size, one run measures, with SQLite as the baseline:
- ingest: 1,000 fresh corpus articles through the normal ingestion path
  (cleaning, dedupe, story grouping, the index) into the database of that size;
- digest build: 60 topics (a title's rarest words, OR'ed), the last 24 hours, cold and
  warm summaries: median and p99 ms;
- ask: the who-questions of bench/ask.py and its 50 unanswerable ones: P@1 of the
  answer, hit@1 and hit@10 of the index query alone (is the source article, or a copy
  of it, among the first k), unanswerable questions answered, median and p99 ms.

The databases are the development corpora (cnndm_dev + BBC, read by path) stored
through the store protocol in the same order on both backends, then replicated to
the size (each copy in its original's story), so both hold identical articles.
Without `--pg`, a throwaway PostgreSQL server is started from the installed server
binaries (as for the tests). Results go to bench/results/backends-report.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import statistics
import sys
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.ask import (
    ARTICLES,
    BENCH_NOW,
    DISTRACTORS,
    RESULTS,
    Case,
    build_cases,
    build_corpus_db,
    ours,
)
from bench.corpus import CORPUS
from bot.answers.ask import index_queries
from bot.answers.question import analyze
from bot.answers.topics import parse_topic
from bot.clock import ManualClock, from_db
from bot.delivery.digest import DigestBuilder
from bot.ingestion.dedupe import fingerprint
from bot.ingestion.fetch import Fetcher
from bot.ingestion.ingest import Ingestor
from bot.ingestion.sources import RawArticle
from bot.settings import DigestSettings, load_settings
from bot.storage import open_store
from bot.storage.ports import Store
from bot.storage.records import NewArticle
from summaries.text import STOP_WORDS, content_terms, words
from tests import postgres

BATCH = 2000
FRESH = 1000
TOPICS = 60


def corpus_rows(db_path: Path) -> tuple[list[tuple[NewArticle, int]], dict[int, int]]:
    """The corpus articles (as ingested once into SQLite) with their story ids, and each
    one's id there → its position."""
    with sqlite3.connect(db_path) as db:
        rows = db.execute(
            "SELECT title, text, source, url, guid, published_at, content_hash, story_id, id "
            "FROM articles ORDER BY id"
        ).fetchall()
    out: list[tuple[NewArticle, int]] = []
    positions: dict[int, int] = {}
    for title, text, source, url, guid, published, chash, story, old_id in rows:
        positions[int(old_id)] = len(out)
        lead = f"{title}\n{text[:2000]}"
        out.append(
            (
                NewArticle(
                    title=title,
                    text=text,
                    source=source,
                    url=url,
                    guid=guid,
                    published_at=None if published is None else from_db(published),
                    content_hash=chash,
                    fingerprint=fingerprint(lead, content_terms(lead)),
                ),
                int(story),
            )
        )
    return out, positions


async def fill(store: Store, rows: list[tuple[NewArticle, int]], size: int) -> None:
    """Store the corpus, then copies of it, until the store holds `size` articles."""
    have = await store.article_count()
    stories: dict[int, int] = {}
    copy = have
    while have < size:
        batch: list[tuple[NewArticle, int]] = []
        refs: list[int] = []
        for _ in range(min(BATCH, size - have)):
            original, story = rows[copy % len(rows)]
            round_ = copy // len(rows)
            if round_:
                original = replace(
                    original,
                    url=f"{original.url}#replica-{round_}" if original.url else None,
                    guid=None,
                    content_hash=f"{original.content_hash}:{round_}",
                )
            batch.append((original, stories.get(story, -story)))
            refs.append(story)
            copy += 1
        _ids, created = await store.add_articles(batch, BENCH_NOW)
        for story in refs:
            stories.setdefault(story, created.get(-story, stories.get(story, 0)))
        have += len(batch)
        sys.stderr.write(f"\r  {have:,}/{size:,} articles")
    sys.stderr.write("\n")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timing(values: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(values), 2),
        "p99_ms": round(percentile(values, 0.99), 2),
    }


async def measure_ingest(store: Store, corpus: Path, salt: str) -> float:
    """Articles per second for FRESH new articles through the full ingestion path."""
    texts = []
    with (corpus / DISTRACTORS).open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            texts.append((record.get("title") or "", record["text"]))
            if len(texts) == FRESH:
                break
    raws = [
        RawArticle(title=f"{t} ({salt})", text=f"{body}\n\nUpdated {salt} {n}.", source="Bench")
        for n, (t, body) in enumerate(texts)
    ]
    settings = load_settings(database=":memory:", overrides={"feeds": {"urls": []}}, environ={})
    async with Fetcher(settings.fetch) as fetcher:
        ingestor = Ingestor(store, fetcher, settings, ManualClock(BENCH_NOW))
        start = time.perf_counter()
        report = await ingestor.store_batch(raws)
        seconds = time.perf_counter() - start
    assert report.count("added") == FRESH, report.count("added")
    return FRESH / seconds


def topics_of(rows: list[tuple[NewArticle, int]]) -> list[str]:
    """Topics a subscriber would write: two distinctive words of a title, OR'ed."""
    picked = random.Random(7).sample(rows, TOPICS)
    out = []
    for article, _ in picked:
        candidates = [w for w in words(article.title) if w not in STOP_WORDS and len(w) > 3]
        out.append(" OR ".join(candidates[:2]) or "news")
    return out


async def measure_digests(store: Store, topics: list[str]) -> dict[str, Any]:
    builder = DigestBuilder(store, DigestSettings(), ManualClock(BENCH_NOW))
    out: dict[str, Any] = {}
    for phase in ("cold", "warm"):
        times = []
        for topic in topics:
            start = time.perf_counter()
            await builder.build(
                parse_topic(topic), since=BENCH_NOW - timedelta(hours=24), title="bench"
            )
            times.append((time.perf_counter() - start) * 1000)
        out[phase] = timing(times)
    return out


def sources_of(
    cases: list[Case], positions: dict[int, int], count: int, size: int
) -> dict[int, set[int]]:
    """Each case's source id → the ids of every copy of it in a database of `size` (ids
    are 1, 2, … in corpus order on both backends)."""
    out: dict[int, set[int]] = {}
    for case in cases:
        if case.article_id is None:
            continue
        first = positions[case.article_id] + 1
        out[case.article_id] = {first + k * count for k in range((size - first) // count + 1)}
    return out


async def measure_ask(store: Store, cases: list[Case], same: dict[int, set[int]]) -> dict[str, Any]:
    times: list[float] = []
    p1 = hit1 = hit10 = answered_none = 0
    who = [c for c in cases if c.name]
    for case in cases:
        start = time.perf_counter()
        answers = await ours(store, case.question)
        times.append((time.perf_counter() - start) * 1000)
        if case.article_id is None:
            answered_none += bool(answers)
            continue
        source = same[case.article_id]
        p1 += bool(answers) and answers[0][0] in source
        q = analyze(case.question, BENCH_NOW)
        counts = await store.document_counts(sorted({t.index_key for t in q.terms}))
        queries = index_queries(q, counts, None)
        found = await store.rank_article_ids(queries[-1], limit=10) if queries else []
        ids = [i for i, _ in found]
        hit1 += bool(ids) and ids[0] in source
        hit10 += bool(source & set(ids))
    n = max(1, len(who))
    return {
        "questions": len(who),
        "p_at_1": round(p1 / n, 3),
        "hit_at_1": round(hit1 / n, 3),
        "hit_at_10": round(hit10 / n, 3),
        "unanswerable_answered": f"{answered_none}/{len(cases) - len(who)}",
        **timing(times),
    }


async def run(args: argparse.Namespace) -> dict[str, Any]:
    corpus = Path(args.corpus)
    corpus_db = await build_corpus_db([corpus / ARTICLES, corpus / DISTRACTORS])
    rows, positions = corpus_rows(corpus_db)
    cases = build_cases(corpus, corpus_db)
    topics = topics_of(rows)
    sizes = [int(s) for s in args.sizes.split(",")]
    report: dict[str, Any] = {"sizes": sizes, "runs": []}
    with postgres.server(args.pg) as server:
        for size in sizes:
            for backend in ("sqlite", "postgres"):
                if backend == "sqlite":
                    path = RESULTS / f"backends-{size}.db"
                    for leftover in RESULTS.glob(path.name + "*"):
                        leftover.unlink()
                    database = str(path)
                else:
                    database = postgres.create_database(server)
                sys.stderr.write(f"{backend}, {size:,} articles:\n")
                store = await open_store(database)
                try:
                    start = time.perf_counter()
                    await fill(store, rows, size)
                    bulk = size / (time.perf_counter() - start)
                    figures = {
                        "backend": backend,
                        "articles": size,
                        "bulk_store_per_s": round(bulk),
                        "ingest_per_s": round(await measure_ingest(store, corpus, str(size))),
                        "digest": await measure_digests(store, topics),
                        "ask": await measure_ask(
                            store, cases, sources_of(cases, positions, len(rows), size)
                        ),
                    }
                finally:
                    await store.close()
                    if backend == "postgres":
                        postgres.drop_database(database)
                print(json.dumps(figures), flush=True)
                report["runs"].append(figures)
    return report


def table(report: dict[str, Any]) -> str:
    lines = [
        "| articles | backend | ingest /s | digest cold median / p99 ms "
        "| digest warm median / p99 ms | ask P@1 | hit@1 | hit@10 | unanswerable answered "
        "| ask median / p99 ms |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    base: dict[int, dict[str, Any]] = {}
    for run_ in report["runs"]:
        size, backend = run_["articles"], run_["backend"]
        if backend == "sqlite":
            base[size] = run_
        ref = base.get(size, run_)
        ask, dig = run_["ask"], run_["digest"]

        def ratio(value: float, reference: float, backend: str = backend) -> str:
            return "" if backend == "sqlite" else f" ({value / reference:.1f}×)"

        lines.append(
            f"| {size:,} | {backend} | {run_['ingest_per_s']:,}"
            f"{ratio(run_['ingest_per_s'], ref['ingest_per_s'])} "
            f"| {dig['cold']['median_ms']} / {dig['cold']['p99_ms']}"
            f"{ratio(dig['cold']['median_ms'], ref['digest']['cold']['median_ms'])} "
            f"| {dig['warm']['median_ms']} / {dig['warm']['p99_ms']}"
            f"{ratio(dig['warm']['median_ms'], ref['digest']['warm']['median_ms'])} "
            f"| {ask['p_at_1']:.3f} | {ask['hit_at_1']:.3f} | {ask['hit_at_10']:.3f} "
            f"| {ask['unanswerable_answered']} | {ask['median_ms']} / {ask['p99_ms']}"
            f"{ratio(ask['median_ms'], ref['ask']['median_ms'])} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--pg", help="a PostgreSQL server URL (default: a throwaway server)")
    args = parser.parse_args()
    report = asyncio.run(run(args))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "backends-report.json").write_text(json.dumps(report, indent=2))
    print(table(report))


if __name__ == "__main__":
    main()
