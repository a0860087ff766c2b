"""Many digests due at once, posted by 1, 2 or 4 `newsbot run` workers, within a rate limit.

    python -m bench.workers [--subscriptions 10000] [--rate 200] [--pg postgresql://…]

Every subscription (a Slack channel each) falls due in the same minute. The workers
are real `newsbot run` processes posting to a fake Slack on 127.0.0.1 that answers
429 past `--rate` posts a second; the workers share one token bucket of that rate
(`[slack] posts_per_second`). Reported per run: seconds from the due time to the
last post, beside the least the rate allows (subscriptions / rate, the baseline),
duplicates (must be 0), lost digests (must be 0), 429s, and each worker's peak RSS.
The same again with one worker killed -9 when a third is posted (0 duplicates, 0
lost, and how long the survivors took after the kill). Last, claim throughput:
`claim_digests` batches against a bare `UPDATE … FOR UPDATE SKIP LOCKED` loop over
the same number of rows, on PostgreSQL.

Without `--pg` a throwaway PostgreSQL server is started from the installed server
binaries (as for the tests). Results go to bench/results/workers-report.json.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.app import build_app
from bot.bundled import SAMPLES
from bot.settings import load_settings
from bot.storage import open_store
from bot.storage.records import DueDigest
from tests import postgres
from tests.fakes.slack import FakeSlack
from tests.running import Running

RESULTS = Path(__file__).resolve().parent / "results"
TEAM = "T0BENCH"
LEAD_SECONDS = 15  # the workers start and settle before the digests fall due


@dataclass
class Run:
    label: str
    backend: str
    workers: int
    kill: bool


def config(folder: Path, fake: FakeSlack, rate: float, lease: float) -> Path:
    path = folder / "workers.toml"
    path.write_text(
        'log_level = "WARNING"\n[feeds]\nurls = []\n'
        f"[digest]\nlease_seconds = {lease}\n"
        "[workers]\npoll_seconds = 1\nheartbeat_seconds = 5\n"
        f'[slack]\napi_url = "{fake.api_url}"\nposts_per_second = {rate}\n'
    )
    return path


def posts(fake: FakeSlack) -> list[Any]:
    """The posts the fake accepted: one answered 429 is no post, and its retry no duplicate."""
    refused = {id(c) for c in fake.refused}
    return [c for c in fake.calls_to("chat.postMessage") if id(c) not in refused]


async def seed(database: str, count: int) -> None:
    """The sample articles and `count` subscriptions, one Slack channel each, on topics no
    article matches: each digest is the one-line "no new stories" message, so the run
    measures claiming, posting and the shared rate limit, not summarising (that is
    bench.digests' job)."""
    settings = load_settings(database=database, environ={}, overrides={"feeds": {"urls": []}})
    app = await build_app(settings, adapters=[])
    try:
        await app.ingestor.ingest([str(SAMPLES / "meridian-wire.xml")])
        from bot.models import Destination

        now = datetime.now(UTC)
        for n in range(count):
            await app.store.upsert_subscription(
                Destination("slack", TEAM, f"C{n:06d}"),
                topic=f"zqx{n}",
                topic_key=f"zqx{n}",
                at=now.time(),
                timezone="UTC",
                quiet=False,
                created_by="bench",
                now=now - timedelta(days=1),
                next_due_at=now + timedelta(days=1),
            )
    finally:
        await app.close()


async def set_due(database: str, due: datetime, count: int) -> None:
    """Every subscription falls due at `due` (next_due_at moved back for the run: the bench
    writes the column itself, the only place that moves a due time backwards)."""
    store = await open_store(database)
    try:
        subs = await store.list_subscriptions()
        async with store.transaction() as db:  # type: ignore[attr-defined]
            await db.executemany(
                "UPDATE subscriptions SET at = ?, next_due_at = ? WHERE id = ?",
                [
                    (store._clock_param(due.time()), store._stamp(due), s.id)  # type: ignore[attr-defined]
                    for s in subs
                ],
            )
        assert len(subs) == count
    finally:
        await store.close()


def peak_rss_mb(pid: int) -> float:
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


async def one_run(run: Run, database: str, count: int, rate: float, folder: Path) -> dict[str, Any]:
    async with FakeSlack(post_rate=rate) as fake:
        settings = config(folder, fake, rate, lease=10)
        due = (datetime.now(UTC) + timedelta(seconds=LEAD_SECONDS)).replace(microsecond=0)
        await set_due(database, due, count)
        env = {"SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_APP_TOKEN": "xapp-bench"}
        workers = [
            Running("--db", database, "--config", str(settings), env=env)
            for _ in range(run.workers)
        ]
        killed_at: float | None = None
        try:
            for worker in workers:
                await asyncio.to_thread(worker.wait_for, "newsbot is running", 120)
            deadline = time.monotonic() + 30 * 60
            last = time.monotonic()
            posted = 0
            while True:
                channels = {c.args.get("channel") for c in posts(fake)}
                if len(channels) != posted:
                    posted, last = len(channels), time.monotonic()
                if run.kill and killed_at is None and posted >= count // 3:
                    workers[0].proc.send_signal(signal.SIGKILL)
                    killed_at = time.monotonic()
                if posted >= count or time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.2)
            finished = datetime.now(UTC) - timedelta(seconds=time.monotonic() - last)
            rss = [peak_rss_mb(w.proc.pid) for w in workers if w.proc.poll() is None]
        finally:
            for worker in workers:
                if worker.proc.poll() is None:
                    await asyncio.to_thread(worker.stop)
                else:
                    worker.kill()
        per_channel = Counter(c.args.get("channel") for c in posts(fake))
        return {
            "run": run.label,
            "backend": run.backend,
            "workers": run.workers,
            "killed": run.kill,
            "subscriptions": count,
            "seconds_to_last_post": round((finished - due).total_seconds(), 1),
            "least_the_rate_allows": round(count / rate, 1),
            "duplicates": sum(n - 1 for n in per_channel.values() if n > 1),
            "lost": count - len(per_channel),
            "rate_limited_429": fake.rate_limited,
            "after_kill_seconds": round(last - killed_at, 1) if killed_at else None,
            "peak_rss_mb": [round(r) for r in rss],
        }


async def claim_throughput(database: str, rows: int) -> dict[str, float]:
    """Rows claimed and marked sent per second: claim_digests against a bare loop."""
    store = await open_store(database)
    try:
        subs = await store.list_subscriptions()
        now = datetime.now(UTC)

        async def fill(period: str) -> None:
            await store.enqueue_digests(
                [
                    DueDigest(s.id, period, now, now - timedelta(days=1), now + timedelta(days=1))
                    for s in subs[:rows]
                ]
            )

        await fill("claims-1")
        start = time.perf_counter()
        claimed = 0
        while batch := await store.claim_digests(
            "bench", now=now, lease_until=now + timedelta(minutes=5), limit=50
        ):
            for claim in batch:
                await store.finish_delivery(claim.id, "bench", status="sent", now=now)
            claimed += len(batch)
        ours = claimed / (time.perf_counter() - start)

        await fill("claims-2")
        start = time.perf_counter()
        bare = 0
        while True:
            async with store.transaction() as db:  # type: ignore[attr-defined]
                got = await db.fetch(
                    "UPDATE deliveries SET status = 'claimed' WHERE id IN (SELECT id FROM "
                    "deliveries WHERE status = 'due' LIMIT 50 FOR UPDATE SKIP LOCKED) "
                    "RETURNING id"
                )
            if not got:
                break
            for (delivery_id,) in got:
                async with store.transaction() as db:  # type: ignore[attr-defined]
                    await db.execute(
                        "UPDATE deliveries SET status = 'sent' WHERE id = ?", (delivery_id,)
                    )
            bare += len(got)
        return {
            "claim_digests_per_s": round(ours),
            "bare_skip_locked_per_s": round(bare / (time.perf_counter() - start)),
        }
    finally:
        await store.close()


async def main_async(args: argparse.Namespace) -> dict[str, Any]:

    runs = [Run("sqlite, 1 worker", "sqlite", 1, False)]
    runs += [Run(f"postgres, {n} worker(s)", "postgres", n, False) for n in args.workers]
    runs += [Run("postgres, 4 workers, one killed -9", "postgres", 4, True)]
    report: dict[str, Any] = {"runs": []}
    folder = Path(tempfile.mkdtemp(prefix="newsbot-bench-workers-"))
    try:
        with postgres.server(args.pg) as server:
            template_sqlite = folder / "template.db"
            sys.stderr.write(f"seeding {args.subscriptions:,} subscriptions …\n")
            await seed(str(template_sqlite), args.subscriptions)
            template_pg = postgres.create_database(server)
            await seed(template_pg, args.subscriptions)
            for run in runs:
                if run.backend == "sqlite":
                    path = folder / f"run-{len(report['runs'])}.db"
                    shutil.copyfile(template_sqlite, path)
                    database = str(path)
                else:
                    name = template_pg.rsplit("/", 1)[1]
                    database = postgres.create_database(server, template=name)
                sys.stderr.write(f"{run.label} …\n")
                try:
                    figures = await one_run(run, database, args.subscriptions, args.rate, folder)
                finally:
                    if run.backend == "postgres":
                        postgres.drop_database(database)
                print(json.dumps(figures), flush=True)
                report["runs"].append(figures)
            report["claims"] = await claim_throughput(template_pg, args.subscriptions)
            print(json.dumps(report["claims"]), flush=True)
            postgres.drop_database(template_pg)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return report


def table(report: dict[str, Any]) -> str:
    lines = [
        "| run | to last post (s) | least the rate allows (s) | duplicates | lost | 429s "
        "| after the kill (s) | peak RSS per worker (MB) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in report["runs"]:
        lines.append(
            f"| {r['run']} | {r['seconds_to_last_post']} | {r['least_the_rate_allows']} "
            f"| {r['duplicates']} | {r['lost']} | {r['rate_limited_429']} "
            f"| {r['after_kill_seconds'] or '–'} | {', '.join(map(str, r['peak_rss_mb']))} |"
        )
    claims = report["claims"]
    lines.append("")
    lines.append(
        f"Claims on PostgreSQL: claim_digests {claims['claim_digests_per_s']:,}/s, "
        f"a bare SKIP LOCKED loop {claims['bare_skip_locked_per_s']:,}/s "
        f"({claims['claim_digests_per_s'] / max(1, claims['bare_skip_locked_per_s']):.2f}×)"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscriptions", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=200.0, help="posts a second the fake allows")
    parser.add_argument("--workers", default="1,2,4", help="worker counts on PostgreSQL")
    parser.add_argument("--pg", help="a PostgreSQL server URL (default: a throwaway server)")
    args = parser.parse_args()
    args.workers = [int(n) for n in args.workers.split(",")]
    report = asyncio.run(main_async(args))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "workers-report.json").write_text(json.dumps(report, indent=2))
    print(table(report))


if __name__ == "__main__":
    main()
