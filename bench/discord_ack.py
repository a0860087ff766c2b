"""Interaction acknowledgement latency over the gateway, against the fake Discord.

Sends N `/news` interactions (in waves of concurrent interactions) to newsbot's
Discord adapter — the real discord.py client on the real core, with the bundled
sample feeds ingested — and measures, at the fake server, the time from sending
INTERACTION_CREATE on the gateway to receiving the interaction callback (the
defer). Each wave is answered in full (followups received) before the next.

The same waves are first sent to a bare websocket client that POSTs the callback
as soon as it reads the event (no discord.py, no newsbot): the fake's own
dispatch → HTTP callback round trip on this machine, measured in the same run,
so the figure is a ratio. Discord's deadline is 3 s.

With `--burst DB` (a `python -m bench.digests` database), newsbot runs on a copy of it
with `--subscriptions` channels whose digests all fall due as it starts, and the acks
are measured while that burst is built and posted on the same event loop.

    python bench/discord_ack.py [--interactions 500] [--wave 50] [--burst DB --subscriptions 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import sys
import tempfile
from functools import partial
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.fakes is not installed with the package

import discord  # noqa: E402
from discord import app_commands  # noqa: E402

from adapters.discord.client import DiscordAdapter  # noqa: E402
from adapters.discord.commands import build_groups  # noqa: E402
from bench.digests import due_at_start  # noqa: E402
from bot.app import build_app  # noqa: E402
from bot.bundled import SAMPLES  # noqa: E402
from bot.models import Destination  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from tests.fakes.discord import (  # noqa: E402
    CHANNEL_ID,
    GUILD_ID,
    FakeChannel,
    FakeDiscord,
    FakeGuild,
    Interaction,
)

INTERACTIONS: list[tuple[str, dict[str, Any]]] = [
    ("news help", {}),
    ("news digest", {}),
    ("news search", {"query": "harbour"}),
    ("news subscriptions", {}),
    ("news ask", {"question": "who reopened the harbour?"}),
]
DEADLINE = 3.0
RESULTS = ROOT / "bench" / "results"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def command_schema() -> list[dict[str, Any]]:
    """The /news and /news-admin commands as the adapter syncs them."""

    async def run(interaction: Any) -> None: ...

    async def complete(interaction: Any, current: str) -> list[Any]:
        return []

    tree: app_commands.CommandTree[discord.Client] = app_commands.CommandTree(
        discord.Client(intents=discord.Intents.none())
    )
    return [group.to_dict(tree) for group in build_groups(run, complete, complete)]


def _all_acked(sent: list[Interaction]) -> bool:
    return all(i.callback is not None for i in sent)


def _all_followed_up(sent: list[Interaction]) -> bool:
    return all(i.followups for i in sent)


async def send_waves(fake: FakeDiscord, total: int, wave: int, followups: bool) -> list[float]:
    """Ack seconds of `total` interactions sent `wave` at a time."""
    seconds: list[float] = []
    for start in range(0, total, wave):
        count = min(wave, total - start)
        sent: list[Interaction] = list(
            await asyncio.gather(
                *(
                    fake.send_interaction(*INTERACTIONS[(start + n) % len(INTERACTIONS)])
                    for n in range(count)
                )
            )
        )
        await fake.wait_until(partial(_all_acked, sent), 60)
        if followups:
            await fake.wait_until(partial(_all_followed_up, sent), 120)
        seconds.extend(i.ack_seconds or 0.0 for i in sent)
    return seconds


async def baseline(total: int, wave: int) -> list[float]:
    """The fake's round trip: a bare client that POSTs each callback as soon as it reads it."""
    async with FakeDiscord() as fake, aiohttp.ClientSession() as session:
        fake.commands[GUILD_ID] = [  # as if synced
            {**command, "id": str(1000 + n)} for n, command in enumerate(command_schema())
        ]
        async with session.ws_connect(fake.gateway_url) as ws:
            await ws.receive_json()  # HELLO
            await ws.send_json({"op": 2, "d": {"token": fake.token, "intents": 1}})

            posting: set[asyncio.Task[None]] = set()

            async def answer() -> None:
                async for message in ws:
                    frame = json.loads(message.data)
                    if frame.get("t") != "INTERACTION_CREATE":
                        continue
                    d = frame["d"]
                    url = f"{fake.api_base}/interactions/{d['id']}/{d['token']}/callback"
                    task = asyncio.create_task(post(url))
                    posting.add(task)
                    task.add_done_callback(posting.discard)

            async def post(url: str) -> None:
                async with session.post(url, json={"type": 5}) as response:
                    await response.read()

            reader = asyncio.create_task(answer())
            await fake.wait_until(lambda: fake.connected == 1)
            try:
                return await send_waves(fake, total, wave, followups=False)
            finally:
                reader.cancel()


async def newsbot(
    total: int, wave: int, burst: Path | None = None, subscriptions: int = 0
) -> tuple[list[float], int]:
    """newsbot's Discord adapter on the real core, sample feeds ingested (or on a copy of
    `burst` with `subscriptions` digests falling due as it starts); also how many digest
    messages were posted while the acks were measured."""
    channels = [FakeChannel(CHANNEL_ID + i) for i in range(max(1, subscriptions))]
    with tempfile.TemporaryDirectory() as folder:
        async with FakeDiscord(guilds=[FakeGuild(GUILD_ID, channels=channels)]) as fake:
            database = Path(folder) / "bench.db"
            if burst is not None:
                shutil.copyfile(burst, database)
            settings = load_settings(
                database=database,
                overrides={
                    "feeds": {"urls": [], "fetch_full_text": False},  # no network
                    "discord": {
                        "api_base": fake.api_base,
                        "gateway_url": fake.gateway_url,
                        "guild_ids": [GUILD_ID],
                        "posts_per_second": 10_000,
                    },
                },
                environ={"DISCORD_TOKEN": fake.token},
            )
            adapter = DiscordAdapter(settings.discord, guild_ready_timeout=0.05)
            app = await build_app(settings, adapters=[adapter], owner="bench")
            try:
                if burst is None:
                    await app.ingestor.ingest([str(SAMPLES)])
                else:
                    await due_at_start(
                        app, [Destination("discord", str(GUILD_ID), str(c.id)) for c in channels]
                    )
                await app.start(schedule=burst is not None)
                posted = len(fake.channel_messages)
                seconds = await send_waves(fake, total, wave, followups=True)
                return seconds, len(fake.channel_messages) - posted
            finally:
                await app.close()


def summary(seconds: list[float]) -> dict[str, float]:
    return {
        "p50_ms": statistics.median(seconds) * 1000,
        "p99_ms": percentile(seconds, 99) * 1000,
        "max_ms": max(seconds) * 1000,
        "over_3s": float(sum(s >= DEADLINE for s in seconds)),
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--interactions", type=int, default=500)
    parser.add_argument("--wave", type=int, default=50, help="interactions sent at once")
    parser.add_argument("--burst", type=Path, help="a bench.digests database to run on")
    parser.add_argument("--subscriptions", type=int, default=1000)
    args = parser.parse_args()
    base = summary(await baseline(args.interactions, args.wave))
    seconds, during = await newsbot(args.interactions, args.wave, args.burst, args.subscriptions)
    bot = summary(seconds)
    report = {
        "interactions": args.interactions,
        "wave": args.wave,
        "baseline": base,
        "newsbot": bot,
        "ratio_p50": bot["p50_ms"] / base["p50_ms"],
        "ratio_p99": bot["p99_ms"] / base["p99_ms"],
    }
    burst = f", during a burst of {args.subscriptions:,} digests" if args.burst else ""
    print(
        f"{args.interactions} interactions in waves of {args.wave}{burst}; "
        "Discord's deadline is 3 s"
    )
    print(f"{'':34}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'≥3 s':>6}")
    for name, row in (
        ("baseline (bare websocket client)", base),
        ("newsbot (discord.py + core)", bot),
    ):
        print(
            f"{name:34}{row['p50_ms']:9.1f}{row['p99_ms']:9.1f}{row['max_ms']:9.1f}"
            f"{row['over_3s']:6.0f}"
        )
    print(
        f"ratio newsbot / baseline: p50 {report['ratio_p50']:.1f}×, p99 {report['ratio_p99']:.1f}×"
        + (f"; {during} digest messages posted while they were measured" if args.burst else "")
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "discord-ack.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    asyncio.run(main())
