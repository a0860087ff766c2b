"""Digests for 1,000 subscriptions over 100,000 stored articles.

    python -m bench.digests [--articles 100000] [--subscriptions 1000]

Builds (once, cached under bench/results/) a database of that many articles from the
dev corpora (`bench/newswire.py`: stories carried by one to six outlets), stored at
`--per-day` articles a day up to now, so the last 24 hours always hold a day's news
whatever the size, then measures:

1. building each subscription's digest for the last 24 hours: median and p95 ms, with
   cold summaries (first build) and warm ones (summaries cached in the database),
   against the bare full-text query for the same topic, measured in the same run (plain
   SQL on the FTS5 table joined to the articles, the window in the WHERE clause: what
   any SQLite bot would run, and independent of newsbot's store, so ratios compare
   across versions);
2. the time until all subscriptions' digests are posted when they are all due in the
   same minute (cold summaries, the real Deliverer with claims and delivery rows, and a
   chat adapter that only records), against running the same number of bare queries.

The corpora are read by path (../shared/corpus) and never copied into the repository.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sqlite3
import statistics
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.corpus import CORPUS
from bench.memory import TreePeak
from bench.newswire import NewsWire, corpus_texts
from bot.answers.topics import TopicQuery, parse_topic
from bot.app import App
from bot.clock import SystemClock, to_db
from bot.delivery.deliverer import Deliverer
from bot.delivery.digest import CANDIDATES, DigestBuilder
from bot.models import CommandHandler, Destination, Digest, Posted, PostProgress
from bot.settings import DigestSettings
from bot.storage.query import fts5
from bot.storage.relational import RelationalStore
from bot.storage.sqlite.store import SQLiteStore as Store
from summaries.text import STOP_WORDS, words

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"


class Recorder:
    """A chat adapter that accepts every post instantly."""

    platform = "bench"

    def __init__(self) -> None:
        self.posted = 0

    async def start(self, on_command: CommandHandler) -> None:
        return None

    async def post_digest(
        self, destination: Destination, digest: Digest, progress: PostProgress | None = None
    ) -> Posted:
        self.posted += 1
        return Posted((f"m{self.posted}",))

    async def stop(self) -> None:
        return None


async def build_database(path: Path, n: int, corpus: Path, now: datetime, per_day: int) -> None:
    """`n` articles at `per_day` a day, an hour's worth a batch, the last just before `now`."""
    wire = NewsWire(corpus)
    store = await Store.open(path)
    try:
        hourly = max(1, per_day // 24)
        for start in range(0, n, hourly):
            stamp = now - timedelta(days=(n - start) / per_day)
            await wire.store(store, min(hourly, n - start), stamp)
            print(f"\rbuilding {min(n, start + hourly):,}/{n:,}", end="", file=sys.stderr)
        print(file=sys.stderr)
    finally:
        await store.close()


def make_topics(corpus: Path, count: int) -> list[TopicQuery]:
    """Topics like people write them: one or two words, or alternatives with OR."""
    freq: Counter[str] = Counter()
    for title, text in corpus_texts(corpus):
        freq.update(
            {
                w
                for w in words(f"{title} {text[:600]}")
                if w.isalpha() and len(w) > 3 and w not in STOP_WORDS
            }
        )
    pool = sorted(w for w, c in freq.items() if 15 <= c <= 400)
    rng = random.Random(42)
    topics = []
    for i in range(count):
        kind = i % 3
        if kind == 0:
            text = rng.choice(pool)
        elif kind == 1:
            text = " OR ".join(rng.sample(pool, 3))
        else:
            text = f"{rng.choice(pool)} -{rng.choice(pool)}"
        topics.append(parse_topic(text))
    return topics


def bare_query(
    conn: sqlite3.Connection, topic: TopicQuery, since: datetime, until: datetime
) -> list[Any]:
    """The plain SQLite full-text search for a topic's best CANDIDATES articles in a window."""
    return conn.execute(
        "SELECT a.*, bm25(articles_fts, 4.0, 1.0) AS rank FROM articles_fts "
        "JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? "
        "AND a.fetched_at > ? AND a.fetched_at <= ? ORDER BY rank LIMIT ?",
        (fts5(topic.query), to_db(since), to_db(until), CANDIDATES),
    ).fetchall()


async def due_at_start(app: App, destinations: list[Destination]) -> None:
    """A subscription for each channel on a bench.digests database, their first digests
    due as newsbot starts (for the ack benches: acks while a burst builds)."""
    topics = make_topics(CORPUS, len(destinations))
    now = app.clock.now()
    assert isinstance(app.store, RelationalStore)
    async with app.store.transaction() as db:  # what bench.digests left behind
        await db.execute("DELETE FROM deliveries")
        await db.execute("DELETE FROM subscriptions")
        await db.execute("UPDATE articles SET summary = NULL WHERE summary IS NOT NULL")
    for destination, topic in zip(destinations, topics, strict=True):
        await app.store.upsert_subscription(
            destination,
            topic=topic.text,
            topic_key=topic.key,
            at=(now - timedelta(minutes=1)).time(),
            timezone="UTC",
            quiet=False,
            created_by="bench",
            now=now - timedelta(hours=2),
        )


def stats(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return f"median {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms"


async def measure(db: Path, topics: list[TopicQuery], now: datetime) -> None:
    store = await Store.open(db)
    settings = DigestSettings(first_digest_hours=24)
    clock = SystemClock()
    builder = DigestBuilder(store, settings, clock)
    since = now - timedelta(hours=24)
    try:
        async with store.transaction() as conn:
            await conn.execute("UPDATE articles SET summary = NULL WHERE summary IS NOT NULL")
            await conn.execute("DELETE FROM subscriptions")

        plain = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        bare = []
        for topic in topics:
            started = time.perf_counter()
            bare_query(plain, topic, since, now)
            bare.append((time.perf_counter() - started) * 1000)
        runs: dict[str, list[float]] = {"cold": [], "warm": []}
        stories = []
        for label in ("cold", "warm"):
            for topic in topics:
                started = time.perf_counter()
                digest = await builder.build(topic, since=since, until=now, title="bench")
                runs[label].append((time.perf_counter() - started) * 1000)
                stories.append(len(digest.entries))
        print(f"bare full-text query (baseline): {stats(bare)}")
        for label, samples in runs.items():
            ratio = statistics.median(samples) / statistics.median(bare)
            print(
                f"digest build, {label} summaries: {stats(samples)} ({ratio:.1f}x the bare query)"
            )
        print(
            f"stories per digest: median {statistics.median(stories):.0f}, "
            f"empty digests {sum(1 for s in stories if s == 0) / len(stories):.0%}"
        )

        # all due in the same minute: the real claim → build → post → record path
        async with store.transaction() as conn:
            await conn.execute("UPDATE articles SET summary = NULL WHERE summary IS NOT NULL")
        subs = []
        for i, topic in enumerate(topics):
            sub, _ = await store.upsert_subscription(
                Destination("bench", "", f"c{i}"),
                topic=topic.text,
                topic_key=topic.key,
                at=now.time(),
                timezone="UTC",
                quiet=False,
                created_by="bench",
                now=now - timedelta(hours=1),
            )
            subs.append(sub)
        recorder = Recorder()
        # as `newsbot run` builds them: nothing summarized in memory yet, summaries
        # made in a worker process
        cold = DigestBuilder(store, settings, clock)
        cold.workers.start()
        deliverer = Deliverer(store, cold, {"bench": recorder}, settings, clock)
        started = time.perf_counter()
        with TreePeak(os.getpid()) as peak:
            outcomes = await asyncio.gather(*(deliverer.deliver(s.id, now) for s in subs))
        all_ready = time.perf_counter() - started
        cold.workers.close()
        started = time.perf_counter()
        for topic in topics:
            bare_query(plain, topic, since, now)
        bare_all = time.perf_counter() - started
        plain.close()
        print(
            f"all {len(subs):,} due in one minute: posted {recorder.posted:,} "
            f"({Counter(outcomes)}) in {all_ready:.1f} s "
            f"(baseline: the same {len(subs):,} bare queries {bare_all:.1f} s; "
            f"ratio {all_ready / bare_all:.1f}x); peak RSS of the bench and its worker "
            f"{peak.kib / 1024:.0f} MiB"
        )
    finally:
        await store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--subscriptions", type=int, default=1000)
    parser.add_argument("--per-day", type=int, default=3000)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    db = RESULTS / f"digests-{args.articles}-{args.per_day}.db"
    now = datetime.now(UTC).replace(microsecond=0)
    if db.exists():
        # shift the cached articles so the last 24 hours hold the same share as when built
        stamp = json.loads((db.with_suffix(".json")).read_text())["built"]
        now = datetime.fromisoformat(stamp)
    else:
        asyncio.run(build_database(db, args.articles, args.corpus, now, args.per_day))
        db.with_suffix(".json").write_text(json.dumps({"built": now.isoformat()}))
    print(
        f"{args.articles:,} articles, {args.subscriptions:,} subscriptions "
        f"(python {sys.version.split()[0]})"
    )
    asyncio.run(measure(db, make_topics(args.corpus, args.subscriptions), now))
    return 0


if __name__ == "__main__":
    sys.exit(main())
