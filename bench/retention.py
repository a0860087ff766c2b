"""Six months of news with retention on: database size and digest latency by day.

    python -m bench.retention [--days 180] [--per-day 3000] [--keep-days 90]

Simulates `--days` days at `--per-day` corpus articles a day (`bench/newswire.py`:
stories carried by one to six outlets, stored straight through the store, spread over
each day) with `[storage] keep_days = --keep-days`: at the end of each day the real
`Pruner` deletes what is older, and every `--every` days the bench records the database
file's size and the median build time of 20 topics' digests over the last 24 hours
(cold summaries; the real `DigestBuilder`), beside the bare full-text query for the same
topics (`bench.digests.bare_query`). Once the window is full (day keep_days) both should
stay flat: the table gives each figure as a ratio to its value on the day the window
filled, measured in the same run. The corpora are read by path, never copied.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.corpus import CORPUS
from bench.digests import bare_query, make_topics
from bench.newswire import NewsWire
from bot.clock import ManualClock
from bot.delivery.digest import DigestBuilder
from bot.settings import DigestSettings, StorageSettings
from bot.storage.retention import Pruner
from bot.storage.sqlite.store import SQLiteStore

RESULTS = Path(__file__).resolve().parent / "results"
START = datetime(2026, 1, 1, tzinfo=UTC)
BATCH = 1000


def size_mb(path: Path) -> float:
    files = [path, path.with_name(path.name + "-wal")]
    return sum(f.stat().st_size for f in files if f.exists()) / 1e6


async def simulate(args: argparse.Namespace, path: Path) -> list[dict[str, float]]:
    wire = NewsWire(args.corpus)
    topics = make_topics(args.corpus, 20)
    store = await SQLiteStore.open(path)
    plain = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    clock = ManualClock(START)
    pruner = Pruner(store, StorageSettings(keep_days=args.keep_days), clock)
    builder = DigestBuilder(store, DigestSettings(first_digest_hours=24), clock)
    rows: list[dict[str, float]] = []
    try:
        for day in range(1, args.days + 1):
            day_start = START + timedelta(days=day - 1)
            for start in range(0, args.per_day, BATCH):
                stamp = day_start + timedelta(days=1) * (start / args.per_day)
                await wire.store(store, min(BATCH, args.per_day - start), stamp)
            now = day_start + timedelta(days=1)
            clock.set(now)
            started = time.perf_counter()
            pruned = await pruner.prune()
            prune_ms = (time.perf_counter() - started) * 1000
            if day % args.every and day != args.days:
                continue
            await store._read("PRAGMA wal_checkpoint(TRUNCATE)")
            since = now - timedelta(hours=24)
            bare, built, stories = [], [], []
            for topic in topics:
                t = time.perf_counter()
                bare_query(plain, topic, since, now)
                bare.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                digest = await builder.build(topic, since=since, until=now, title="bench")
                stories.append(len(digest.entries))
                built.append((time.perf_counter() - t) * 1000)
            row = {
                "day": day,
                "articles": await store.article_count(),
                "size_mb": round(size_mb(path), 1),
                "digest_ms": round(statistics.median(built), 1),
                "bare_ms": round(statistics.median(bare), 1),
                "stories": round(statistics.mean(stories), 1),
                "prune_ms": round(prune_ms, 1),
                "pruned": pruned.articles,
            }
            rows.append(row)
            print(json.dumps(row), file=sys.stderr)
    finally:
        plain.close()
        await store.close()
    return rows


def table(rows: list[dict[str, float]], keep_days: int) -> str:
    full = next((r for r in rows if r["day"] >= keep_days), rows[-1])
    out = [
        f"Ratios are to day {full['day']:.0f}, when the {keep_days}-day window had filled.",
        "",
        "| day | articles kept | database (MB) | × | digest median (ms) | × | bare query (ms) "
        "| stories a digest | last prune (ms, articles) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        out.append(
            f"| {r['day']:.0f} | {r['articles']:,.0f} | {r['size_mb']} "
            f"| {r['size_mb'] / full['size_mb']:.2f} | {r['digest_ms']} "
            f"| {r['digest_ms'] / full['digest_ms']:.2f} | {r['bare_ms']} | {r['stories']} "
            f"| {r['prune_ms']:.0f}, {r['pruned']:,.0f} |"
        )
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=int, default=180)
    parser.add_argument("--per-day", type=int, default=3000)
    parser.add_argument("--keep-days", type=int, default=90)
    parser.add_argument("--every", type=int, default=10, help="measure every N days")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        rows = asyncio.run(simulate(args, Path(folder) / "retention.db"))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "retention-report.json").write_text(json.dumps(rows, indent=2))
    print(table(rows, args.keep_days))


if __name__ == "__main__":
    main()
