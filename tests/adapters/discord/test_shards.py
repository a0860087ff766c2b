"""Discord shards across processes: two `newsbot run`s against the fake gateway, four shards,
each process connecting two. Every guild's commands are answered by exactly one process,
and any process posts any digest over REST, once."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.models import Destination
from bot.storage import open_store
from tests.conftest import add_subscription
from tests.fakes.discord import FakeChannel, FakeDiscord, FakeGuild
from tests.running import Running

BASE = 800000000000000000
GUILDS = [FakeGuild(BASE + (n << 22), f"Guild {n}", [FakeChannel(BASE + n + 1)]) for n in range(8)]


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(guilds=GUILDS, shards=4) as running:
        yield running


def worker(fake: FakeDiscord, db: str, folder: Path, shards: list[int]) -> Running:
    config = folder / f"shards{shards[0]}.toml"
    guilds = ", ".join(str(g.id) for g in GUILDS)
    config.write_text(
        'log_level = "INFO"\n[feeds]\nurls = []\n[workers]\npoll_seconds = 0.5\n'
        f'[discord]\napi_base = "{fake.api_base}"\ngateway_url = "{fake.gateway_url}"\n'
        f"guild_ids = [{guilds}]\nshard_count = 4\nshard_ids = {shards}\n"
    )
    return Running("--db", db, "--config", str(config), env={"DISCORD_TOKEN": fake.token})


async def test_two_processes_split_four_shards_and_answer_each_guild_once(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    db = str(tmp_path / "shards.db")
    first = worker(fake, db, tmp_path, [0, 1])
    second = worker(fake, db, tmp_path, [2, 3])
    try:
        for process in (first, second):
            await asyncio.to_thread(process.wait_for, "newsbot is running")
        assert sorted(tuple(i["shard"]) for i in fake.identifies) == [
            (0, 4),
            (1, 4),
            (2, 4),
            (3, 4),
        ], "each shard connected once, by the process it was given to"

        answered = []
        for guild in GUILDS:
            interaction = await fake.send_interaction(
                "news help", guild_id=guild.id, channel_id=guild.channels[0].id
            )
            await fake.wait_for_followups(interaction, within=30)
            answered.append(interaction)
        await asyncio.sleep(0.5)  # a second answer would have come by now
        assert all(i.callback is not None and len(i.followups) == 1 for i in answered)

        # digests for channels on every shard: posted over REST by whichever worker claims
        due = (datetime.now(UTC) + timedelta(seconds=2)).replace(microsecond=0)
        store = await open_store(db)
        try:
            for guild in GUILDS:
                destination = Destination("discord", str(guild.id), str(guild.channels[0].id))
                await add_subscription(
                    store, destination, "wildfire", at=due.time(), created=datetime.now(UTC)
                )
        finally:
            await store.close()
        await fake.wait_until(lambda: len(fake.channel_messages) >= len(GUILDS), within=60)
        await asyncio.sleep(1)
        per_channel = Counter(int(m["channel_id"]) for m in fake.channel_messages)
        assert per_channel == Counter(g.channels[0].id for g in GUILDS)
    finally:
        for process in (first, second):
            await asyncio.to_thread(process.stop)
