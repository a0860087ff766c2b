"""Slash-command acknowledgement latency over Socket Mode, against the fake Slack.

Sends N `/news` commands (in waves of concurrent commands) to newsbot's Slack
adapter running on the real core, and measures how long each envelope waits for
its ack at the fake server. The same waves are first sent to a bare websocket
client that acks every envelope at once (no slack-bolt, no newsbot): the fake's
own round trip on this machine, measured in the same run, so the figure is a
ratio. Slack's deadline is 3 s.

With `--burst DB` (a database `python -m bench.digests` built, e.g.
bench/results/digests-100000-3000.db), newsbot runs on a copy of it with `--subscriptions`
Slack channels whose digests all fall due as it starts, posted as fast as the fake
takes them: the acks are measured while that burst is being built and posted on the
same event loop, as `newsbot run` shares it with the adapters.

    python bench/slack_ack.py [--commands 500] [--wave 50] [--burst DB --subscriptions 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.fakes is not installed with the package

from adapters.slack.app import SlackAdapter  # noqa: E402
from bench.digests import due_at_start  # noqa: E402
from bot.app import build_app  # noqa: E402
from bot.bundled import SAMPLES  # noqa: E402
from bot.models import Destination  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from tests.fakes.slack import FakeSlack  # noqa: E402

COMMANDS = ["help", "digest", "search harbour", "subscriptions", "ask who reopened the harbour?"]
DEADLINE = 3.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


async def send_waves(
    fake: FakeSlack, total: int, wave: int, answered: Callable[[str], Awaitable[None]]
) -> list[float]:
    """Ack seconds of `total` commands sent `wave` at a time; each wave is fully answered."""
    seconds: list[float] = []
    for start in range(0, total, wave):
        count = min(wave, total - start)
        sent = await asyncio.gather(
            *(fake.send_command(COMMANDS[(start + n) % len(COMMANDS)]) for n in range(count))
        )
        acks = await asyncio.gather(*(fake.wait_ack(e, 30) for e in sent))
        seconds.extend(a.seconds for a in acks)
        await asyncio.gather(*(answered(e) for e in sent))
    return seconds


async def baseline(total: int, wave: int) -> list[float]:
    """The fake's websocket round trip: a bare client that acks each envelope at once."""
    async with (
        FakeSlack() as fake,
        aiohttp.ClientSession() as session,
        session.ws_connect(f"ws://{fake.host}:{fake.port}/link/") as ws,
    ):

        async def echo() -> None:
            async for message in ws:
                data = json.loads(message.data)
                if "envelope_id" in data:
                    await ws.send_str(json.dumps({"envelope_id": data["envelope_id"]}))

        reader = asyncio.create_task(echo())

        async def nothing(envelope: str) -> None:
            return None

        try:
            return await send_waves(fake, total, wave, nothing)
        finally:
            reader.cancel()


async def newsbot(
    total: int, wave: int, burst: Path | None = None, subscriptions: int = 0
) -> tuple[list[float], str]:
    """newsbot's Slack adapter on the real core, with the bundled sample feeds ingested
    (or on a copy of `burst` with `subscriptions` digests falling due as it starts)."""
    async with FakeSlack() as fake:
        folder = tempfile.TemporaryDirectory(prefix="newsbot-bench-")
        database = Path(folder.name) / "bench.db"
        if burst is not None:
            shutil.copyfile(burst, database)
        settings = load_settings(
            database=database,
            overrides={
                "feeds": {"urls": [], "fetch_full_text": False},  # no network
                "slack": {"api_url": fake.api_url, "posts_per_second": 10_000},
            },
            environ={"SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_APP_TOKEN": "xapp-bench"},
        )
        app = await build_app(settings, adapters=[SlackAdapter(settings.slack)], owner="bench")
        try:
            if burst is None:
                await app.ingestor.ingest([str(SAMPLES)])
            else:
                await due_at_start(
                    app,
                    [
                        Destination("slack", fake.team_id, f"CB{i:05d}")
                        for i in range(subscriptions)
                    ],
                )
            await app.start(schedule=burst is not None)

            async def answered(envelope: str) -> None:
                await fake.wait_hooks(envelope, within=60)

            await send_waves(fake, wave, wave, answered)  # warm-up: caches, first summaries
            fake.acks.clear()
            posted = len(fake.calls_to("chat.postMessage"))
            seconds = await send_waves(fake, total, wave, answered)
            during = len(fake.calls_to("chat.postMessage")) - posted
            return (
                seconds,
                f"; {during} digest messages posted while they were measured" if burst else "",
            )
        finally:
            await app.close()
            folder.cleanup()


def line(name: str, values: list[float]) -> str:
    return (
        f"{name:<34} p50 {percentile(values, 50) * 1000:7.2f} ms   "
        f"p99 {percentile(values, 99) * 1000:7.2f} ms   max {max(values) * 1000:7.2f} ms"
    )


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commands", type=int, default=500)
    parser.add_argument("--wave", type=int, default=50, help="commands sent at once")
    parser.add_argument("--burst", type=Path, help="a bench.digests database to run on")
    parser.add_argument("--subscriptions", type=int, default=1000)
    args = parser.parse_args()
    started = time.perf_counter()
    base = await baseline(args.commands, args.wave)
    bot, during = await newsbot(args.commands, args.wave, args.burst, args.subscriptions)
    print(
        f"{args.commands} /news commands over Socket Mode, {args.wave} at a time"
        + (
            f", during a burst of {args.subscriptions:,} digests on {args.burst.name}"
            if args.burst
            else ""
        )
    )
    print(line("baseline (fake's ws round trip)", base))
    print(line("newsbot (slack-bolt + core)", bot))
    p50 = percentile(bot, 50) / percentile(base, 50)
    p99 = percentile(bot, 99) / percentile(base, 99)
    print(f"{'ratio newsbot / baseline':<34} p50 {p50:7.1f}x     p99 {p99:7.1f}x")
    late = sum(1 for s in bot if s >= DEADLINE)
    print(
        f"acks at or over Slack's 3 s deadline: {late} of {len(bot)}; mean "
        f"{statistics.fmean(bot) * 1000:.2f} ms; run took {time.perf_counter() - started:.1f} s"
        + during
    )
    return 1 if late else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
