"""`python -m tests.fakes.discord`: the fake run by hand, as docs/discord.md describes it."""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path

import pytest

from adapters.discord.client import DiscordAdapter
from bot.settings import DiscordSettings
from tests.adapters.discord.support import FAST_READY, Commands
from tests.fakes.discord import FakeDiscord, parse_line

ROOT = Path(__file__).resolve().parents[3]


async def read_until(stream: asyncio.StreamReader, *patterns: str, within: float = 10) -> str:
    """Lines from `stream` until every pattern has matched (in any order)."""
    seen = ""
    async with asyncio.timeout(within):
        while not all(re.search(p, seen) for p in patterns):
            line = await stream.readline()
            if not line:
                raise AssertionError(f"stream ended before {patterns!r}; got:\n{seen}")
            seen += line.decode()
    return seen


async def test_the_standalone_fake_prints_its_settings_and_sends_typed_commands() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.fakes.discord", "--port", "0",
        cwd=ROOT, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert process.stdin is not None and process.stdout is not None
    adapter: DiscordAdapter | None = None
    try:
        banner = await read_until(process.stdout, r"Ctrl-C stops")
        api_base = re.search(r'api_base = "([^"]+)"', banner)
        gateway_url = re.search(r'gateway_url = "([^"]+)"', banner)
        token = re.search(r"DISCORD_TOKEN=(\S+)", banner)
        assert api_base and gateway_url and token
        settings = DiscordSettings(
            api_base=api_base.group(1), gateway_url=gateway_url.group(1), token=token.group(1)
        )
        adapter = DiscordAdapter(settings, guild_ready_timeout=FAST_READY)
        commands = Commands()
        await adapter.start(commands)
        await read_until(process.stdout, r"identified")
        process.stdin.write(b"/news digest wildfire OR drought\n")
        process.stdin.write(b"/news-admin subscribe topic=x timezone=berl?\n")
        await process.stdin.drain()
        await read_until(
            process.stdout,
            r"autocomplete after \d+ ms: Europe/Berlin",
            r"interaction deferred after \d+ ms",
            r"followup \(ephemeral\): ok",  # Commands answers a private "ok"
        )
        assert [r.text for r in commands.requests] == ["digest wildfire OR drought"]
    finally:
        if adapter is not None:
            await adapter.stop()
        process.stdin.close()
        await asyncio.wait_for(process.wait(), 10)
    assert process.returncode == 0


async def test_typed_lines_become_options_by_the_synced_schema(fake: FakeDiscord) -> None:
    from adapters.discord.commands import build_groups

    async def run(interaction: object) -> None: ...

    async def complete(interaction: object, current: str) -> list[object]:
        return []

    import discord
    from discord import app_commands

    tree: app_commands.CommandTree[discord.Client] = app_commands.CommandTree(
        discord.Client(intents=discord.Intents.none())
    )
    schema = [g.to_dict(tree) for g in build_groups(run, complete, complete)]  # type: ignore[arg-type]
    assert parse_line("/news search fire page=2", schema) == (
        "news search", {"query": "fire", "page": 2}, None,
    )  # fmt: skip
    assert parse_line('/news-admin subscribe "a b" quiet=yes', schema) == (
        "news-admin subscribe", {"topic": "a b", "quiet": True}, None,
    )  # fmt: skip
    assert parse_line("/news-admin feeds remove #3", schema) == (
        "news-admin feeds remove", {"id": 3}, None,
    )  # fmt: skip
    assert parse_line("/news-admin unsubscribe target=cli?", schema) == (
        "news-admin unsubscribe", {"target": "cli"}, "target",
    )  # fmt: skip
    assert parse_line("/news ask who won?", schema) == (
        "news ask", {"question": "who won?"}, None,
    )  # fmt: skip
    with pytest.raises(ValueError, match="not synced"):
        parse_line("/weather now", schema)
