"""The gateway: READY, resume after Discord closes the socket, re-identify, shards, failures."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from adapters.discord.client import OOPS, DiscordAdapter
from bot.models import CommandRequest, Reply
from tests.adapters.discord.support import FAST_READY, Commands, discord_settings
from tests.fakes.discord import GUILD_ID, FakeChannel, FakeDiscord, FakeGuild


async def test_start_returns_after_identify_ready_and_guild_create(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    assert adapter.client is not None and adapter.client.is_ready()
    (identify,) = fake.identifies
    assert identify["token_ok"] is True
    assert identify["intents"] == 1  # GUILDS only: no privileged intents needed
    assert adapter.client.get_guild(GUILD_ID) is not None
    assert fake.gateway_connects == ["/gateway"]


async def test_a_closed_gateway_is_resumed_and_missed_interactions_arrive(
    fake: FakeDiscord, adapter: DiscordAdapter, commands: Commands
) -> None:
    await fake.close_gateway(code=4000)
    # Sent while the bot is away: Discord keeps it for the session and replays it on RESUME.
    missed = await fake.send_interaction("news subscriptions")
    await fake.wait_for_followups(missed)
    assert fake.resumes[0]["accepted"] is True
    assert fake.resumes[0]["path"] == "/resume"  # READY's resume_gateway_url
    assert len(fake.identifies) == 1
    assert [r.text for r in commands.requests] == ["subscriptions"]
    assert missed.callback is not None, "acknowledged (the fake refuses late ones, as Discord does)"


async def test_an_interaction_is_deferred_while_the_core_is_still_answering_it(
    fake: FakeDiscord, adapter: DiscordAdapter, commands: Commands
) -> None:
    """Deferred at once, not after the work: how fast is bench/discord_ack.py's question."""
    commands.hold = asyncio.Event()
    interaction = await fake.send_interaction("news help")
    await fake.wait_until(lambda: interaction.callback is not None, 10)
    assert [r.text for r in commands.requests] == ["help"]
    assert interaction.followups == [], "not answered yet: the core is held"
    commands.hold.set()
    [followup] = await fake.wait_for_followups(interaction)
    assert followup["content"] == "ok"


async def test_an_invalidated_session_identifies_again(
    fake: FakeDiscord, adapter: DiscordAdapter, commands: Commands
) -> None:
    fake.invalidate_resumes = True
    await fake.close_gateway(code=4000)
    await fake.wait_until(lambda: len(fake.identifies) == 2 and fake.connected == 1, within=15)
    assert fake.resumes and fake.resumes[-1]["accepted"] is False
    interaction = await fake.send_interaction("news help")
    await fake.wait_for_followups(interaction)
    assert [r.text for r in commands.requests] == ["help"]


async def test_shards_auto_uses_the_recommended_count_and_the_configured_gateway(
    tmp_path: Path,
) -> None:
    guilds = [
        FakeGuild(GUILD_ID, channels=[FakeChannel(GUILD_ID + 1)]),
        FakeGuild(GUILD_ID + (1 << 22), name="Second", channels=[FakeChannel(GUILD_ID + 2)]),
    ]
    async with FakeDiscord(guilds=guilds, shards=2) as fake:
        settings = discord_settings(tmp_path, fake, shards="auto")
        commands = Commands()
        adapter = DiscordAdapter(settings.discord, guild_ready_timeout=FAST_READY)
        await adapter.start(commands)
        try:
            assert sorted(tuple(i["shard"]) for i in fake.identifies) == [(0, 2), (1, 2)]
            assert fake.gateway_connects == ["/gateway", "/gateway"]
            assert any(r.path == "/gateway/bot" for r in fake.requests)
            for guild in guilds:
                interaction = await fake.send_interaction(
                    "news help", guild_id=guild.id, channel_id=guild.channels[0].id
                )
                await fake.wait_for_followups(interaction)
            assert [r.destination.workspace for r in commands.requests] == [
                str(g.id) for g in guilds
            ]
        finally:
            await adapter.stop()


async def test_a_failing_handler_still_ends_the_thinking_state(
    tmp_path: Path, fake: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(request: CommandRequest) -> Reply:
        raise ValueError("boom")

    settings = discord_settings(tmp_path, fake, guild_ids=[GUILD_ID])
    adapter = DiscordAdapter(settings.discord, guild_ready_timeout=FAST_READY)
    await adapter.start(broken)
    try:
        interaction = await fake.send_interaction("news help")
        (followup,) = await fake.wait_for_followups(interaction)
        assert followup["content"] == OOPS and followup["flags"] & 64
        assert "answering /news help failed" in caplog.text
    finally:
        await adapter.stop()
