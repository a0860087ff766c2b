"""Start, sync, stop, discovery and failures that must be clear — against the fake Discord."""

from __future__ import annotations

import gc
import inspect
import logging
import warnings
from pathlib import Path
from typing import Any

import discord
import pytest
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.discord import create
from adapters.discord.client import DiscordAdapter, redirect
from bot.app import build_app, discover_adapters
from tests.adapters.discord.support import FAST_READY, Commands, discord_settings
from tests.fakes.discord import APP_ID, GUILD_ID, FakeDiscord


def test_discord_py_still_has_what_the_settings_rely_on() -> None:
    """Fails loudly if a discord.py upgrade moves the hooks behind api_base / gateway_url."""
    assert isinstance(Route.BASE, str) and Route.BASE.startswith("https://discord.com/api/v")
    assert isinstance(DiscordWebSocket.DEFAULT_GATEWAY, yarl.URL)
    assert "gateway" in inspect.signature(DiscordWebSocket.from_client).parameters
    restore = redirect("http://127.0.0.1:9/api/v10/", "ws://127.0.0.1:9/gateway")
    try:
        assert Route("GET", "/users/@me").url == "http://127.0.0.1:9/api/v10/users/@me"
        assert str(DiscordWebSocket.DEFAULT_GATEWAY) == "ws://127.0.0.1:9/gateway"
    finally:
        restore()
    assert Route.BASE.startswith("https://discord.com/")
    assert "nonce" in inspect.signature(discord.abc.Messageable.send).parameters
    assert "reconnect" in inspect.signature(discord.Client.connect).parameters
    assert callable(discord.http.HTTPClient.get_bot_gateway)  # shards = "auto"


async def test_commands_are_synced_to_the_guild_with_options_and_permissions(
    fake: FakeDiscord, adapter: DiscordAdapter
) -> None:
    ((guild, commands),) = fake.syncs
    assert guild == GUILD_ID
    by_name = {c["name"]: c for c in commands}
    assert set(by_name) == {"news", "news-admin"}
    news, admin = by_name["news"], by_name["news-admin"]
    assert news["default_member_permissions"] is None  # everyone may read
    assert int(admin["default_member_permissions"]) == 1 << 4  # Manage Channels
    for command in (news, admin):
        assert command["dm_permission"] is False and command["contexts"] == [0]
    assert [o["name"] for o in news["options"]] == [
        "help", "digest", "summarize", "ask", "search", "subscriptions", "feeds",
    ]  # fmt: skip
    assert all(o["type"] == 1 for o in news["options"])
    subcommands = {o["name"]: o for o in admin["options"]}
    assert set(subcommands) == {"subscribe", "unsubscribe", "feeds"}
    subscribe = {o["name"]: o for o in subcommands["subscribe"]["options"]}
    assert subscribe["topic"] == {
        "type": 3, "name": "topic", "required": True,
        "description": "A topic query, e.g. climate OR drought -football",
    }  # fmt: skip
    assert subscribe["timezone"]["autocomplete"] is True
    assert subscribe["quiet"]["type"] == 5 and subscribe["time"]["required"] is False
    assert subcommands["unsubscribe"]["options"][0]["autocomplete"] is True
    feeds = subcommands["feeds"]
    assert feeds["type"] == 2 and [o["name"] for o in feeds["options"]] == ["add", "remove"]
    (feed_id,) = feeds["options"][1]["options"]
    assert (feed_id["name"], feed_id["type"], feed_id["autocomplete"]) == ("id", 4, True)
    search = {o["name"]: o for o in news["options"]}["search"]["options"]
    assert [(o["name"], o["type"], o["required"]) for o in search] == [
        ("query", 3, True), ("since", 3, False), ("page", 4, False),
    ]  # fmt: skip
    assert all(len(o["description"]) <= 100 for c in commands for o in c["options"])


async def test_without_guild_ids_commands_sync_globally(tmp_path: Path, fake: FakeDiscord) -> None:
    adapter = DiscordAdapter(
        discord_settings(tmp_path, fake).discord, guild_ready_timeout=FAST_READY
    )
    await adapter.start(Commands())
    try:
        assert [guild for guild, _ in fake.syncs] == [None]
        sync = next(r for r in fake.requests if r.method == "PUT")
        assert sync.path == f"/applications/{APP_ID}/commands"
        interaction = await fake.send_interaction("news help")
        assert "guild_id" not in interaction.payload["data"]
        await fake.wait_for_followups(interaction)
    finally:
        await adapter.stop()


async def test_a_wrong_token_is_a_clear_error_that_does_not_show_it(
    tmp_path: Path, fake: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "wrong-token-do-not-print"
    adapter = DiscordAdapter(discord_settings(tmp_path, fake, token=wrong).discord)
    with pytest.raises(RuntimeError, match=r"Discord rejected DISCORD_TOKEN \(401\)") as caught:
        await adapter.start(Commands())
    assert wrong not in str(caught.value) and wrong not in caplog.text
    assert adapter.client is None
    assert Route.BASE.startswith("https://discord.com/")  # redirection undone


async def test_an_unreachable_api_is_a_clear_error(tmp_path: Path, fake: FakeDiscord) -> None:
    settings = discord_settings(tmp_path, fake, api_base="http://127.0.0.1:9/api/v10")
    with pytest.raises(
        RuntimeError, match=r"could not reach the Discord API at http://127\.0\.0\.1:9"
    ):
        await DiscordAdapter(settings.discord).start(Commands())


@pytest.mark.parametrize(
    ("key", "value"), [("api_base", "discord.com/api"), ("gateway_url", "https://gateway")]
)
async def test_malformed_urls_are_named(
    tmp_path: Path, fake: FakeDiscord, key: str, value: str
) -> None:
    settings = discord_settings(tmp_path, fake, **{key: value})
    with pytest.raises(RuntimeError, match=rf"\[discord\] {key} = "):
        await DiscordAdapter(settings.discord).start(Commands())


async def test_an_unreachable_gateway_fails_start_after_the_ready_timeout(
    tmp_path: Path, fake: FakeDiscord
) -> None:
    settings = discord_settings(tmp_path, fake, gateway_url="ws://127.0.0.1:9/gateway")
    adapter = DiscordAdapter(settings.discord, ready_timeout=0.5)
    with pytest.raises(
        RuntimeError,
        match=r"(no READY from|could not connect to) the Discord gateway at ws://127\.0\.0\.1:9",
    ):
        await adapter.start(Commands())
    assert adapter.client is None


async def test_stop_closes_the_gateway_and_every_session(
    tmp_path: Path, fake: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    adapter = DiscordAdapter(
        discord_settings(tmp_path, fake, guild_ids=[GUILD_ID]).discord,
        guild_ready_timeout=FAST_READY,
    )
    await adapter.start(Commands())
    interaction = await fake.send_interaction("news help")
    await fake.wait_for_followups(interaction)
    client = adapter.client
    assert client is not None
    await adapter.stop()
    await fake.wait_until(lambda: len(fake.gateway_closes) == 1 and fake.connected == 0)
    assert client.is_closed()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        gc.collect()
    assert not [w for w in caught if "nclosed" in str(w.message)]
    assert "Unclosed" not in caplog.text
    assert fake.token not in caplog.text  # the token is never logged, even at DEBUG
    assert Route.BASE.startswith("https://discord.com/")


def test_create_needs_the_token(tmp_path: Path) -> None:
    from bot.settings import load_settings

    settings = load_settings(database=tmp_path / "db", environ={})
    assert create(settings, interactive=False) is None


async def test_discovery_includes_discord_when_the_token_is_set(
    tmp_path: Path, fake: FakeDiscord
) -> None:
    settings = discord_settings(tmp_path, fake)
    found = {a.platform: a for a in discover_adapters(settings, interactive=False)}
    assert isinstance(found.get("discord"), DiscordAdapter)
    assert "console" in found
    app = await build_app(settings, owner="test-process")
    try:
        assert "discord" in app.adapters
    finally:
        await app.close()


def test_settings_repr_and_masking_hide_the_token(tmp_path: Path) -> None:
    from bot.settings import load_settings, masked

    settings = load_settings(
        database=tmp_path / "db", environ={"DISCORD_TOKEN": "secret-token-value"}
    )
    assert "secret-token-value" not in repr(settings)
    data: dict[str, Any] = masked(settings)
    assert data["discord"]["token"] == "***"
