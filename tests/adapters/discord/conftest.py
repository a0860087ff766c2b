"""Fixtures for the Discord adapter: a fake Discord on 127.0.0.1, the adapter, the real core."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from adapters.discord.client import DiscordAdapter
from bot.app import App, build_app
from bot.clock import ManualClock
from tests.adapters.discord.support import FAST_READY, Commands, discord_settings
from tests.fakes.discord import FakeDiscord


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as running:
        yield running


@pytest.fixture
def commands() -> Commands:
    return Commands()


@pytest.fixture
async def adapter(
    tmp_path: Path, fake: FakeDiscord, commands: Commands
) -> AsyncIterator[DiscordAdapter]:
    """A started adapter (commands synced to the fake's guild) whose on_command records."""
    settings = discord_settings(tmp_path, fake, guild_ids=[fake.guilds[0].id])
    started = DiscordAdapter(settings.discord, guild_ready_timeout=FAST_READY)
    await started.start(commands)
    try:
        yield started
    finally:
        await started.stop()


@pytest.fixture
async def newsbot(tmp_path: Path, fake: FakeDiscord, clock: ManualClock) -> AsyncIterator[App]:
    """The real core with the Discord adapter started against the fake (synced to the guild)."""
    settings = discord_settings(tmp_path, fake, guild_ids=[fake.guilds[0].id])
    discord = DiscordAdapter(settings.discord, guild_ready_timeout=FAST_READY)
    app = await build_app(settings, clock=clock, adapters=[discord], owner="test-process")
    try:
        await app.start(schedule=False)
        yield app
    finally:
        await app.close()
