"""Feeds per server over real discord.py: a manager in one server cannot list, remove or
read another server's feeds."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from adapters.discord.client import DiscordAdapter
from bot.app import App, build_app
from bot.clock import ManualClock
from tests.adapters.discord.support import FAST_READY, discord_settings
from tests.bot.commands.test_feed_owners import serve_feeds
from tests.fakes.discord import (
    MANAGE_CHANNELS,
    MEMBER_PERMISSIONS,
    FakeChannel,
    FakeDiscord,
    FakeGuild,
)
from tests.fakes.http import LocalServer

SERVER_A, SERVER_B = 700000000000000001, 700000000000000002
CHANNEL_A, CHANNEL_B = 710000000000000001, 710000000000000002


@pytest.fixture
async def two_servers() -> AsyncIterator[FakeDiscord]:
    guilds = [
        FakeGuild(SERVER_A, "Server A", [FakeChannel(CHANNEL_A)]),
        FakeGuild(SERVER_B, "Server B", [FakeChannel(CHANNEL_B)]),
    ]
    async with FakeDiscord(guilds=guilds) as running:
        yield running


@pytest.fixture
async def bot(tmp_path: Path, two_servers: FakeDiscord, clock: ManualClock) -> AsyncIterator[App]:
    settings = discord_settings(tmp_path, two_servers, guild_ids=[SERVER_A, SERVER_B])
    adapter = DiscordAdapter(settings.discord, guild_ready_timeout=FAST_READY)
    app = await build_app(settings, clock=clock, adapters=[adapter], owner="test-process")
    try:
        await app.start(schedule=False)
        yield app
    finally:
        await app.close()


async def command(
    fake: FakeDiscord, guild: int, name: str, options: dict[str, Any] | None = None
) -> str:
    """Run an app command as a manager in `guild`; all follow-ups' text, joined."""
    channel = CHANNEL_A if guild == SERVER_A else CHANNEL_B
    interaction = await fake.send_interaction(
        name,
        options or {},
        guild_id=guild,
        channel_id=channel,
        permissions=MEMBER_PERMISSIONS | MANAGE_CHANNELS,
    )
    await fake.wait_for_followups(interaction)
    return str(interaction.followups)


async def test_a_manager_in_one_server_cannot_reach_another_servers_feeds(
    two_servers: FakeDiscord, bot: App, server: LocalServer
) -> None:
    glacier, harbour = serve_feeds(server)
    assert "Added feed #1" in await command(
        two_servers, SERVER_A, "news-admin feeds add", {"url": glacier}
    )
    assert "Added feed #2" in await command(
        two_servers, SERVER_B, "news-admin feeds add", {"url": harbour}
    )

    listed = await command(two_servers, SERVER_B, "news feeds")
    assert "#2 Port" in listed and "#1 Ice" not in listed
    removed = await command(two_servers, SERVER_B, "news-admin feeds remove", {"id": 1})
    assert "There is no feed #1 here" in removed
    assert "No stored stories match" in await command(
        two_servers, SERVER_B, "news search", {"query": "glacier"}
    )
    assert "Nothing stored" in await command(
        two_servers, SERVER_B, "news ask", {"question": "how much ice did the Tasman glacier lose?"}
    )
    assert "Tasman glacier retreats" in await command(
        two_servers, SERVER_A, "news search", {"query": "glacier"}
    )
    assert [f.id for f in await bot.store.list_feeds()] == [1, 2]
