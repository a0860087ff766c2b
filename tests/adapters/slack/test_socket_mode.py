"""`/news` over Socket Mode: real slack-bolt and slack_sdk against the fake Slack on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from adapters.slack.app import SlackAdapter
from bot.app import App
from bot.commands.handlers import MANAGE_REFUSAL
from bot.models import Destination
from tests.adapters.slack.blockkit import check_message, texts
from tests.adapters.slack.support import (
    APP_TOKEN,
    BOT_TOKEN,
    Commands,
    add_articles,
    slack_settings,
)
from tests.fakes.slack import CHANNEL_ID, TEAM_ID, USER_ID, FakeSlack

PAYLOADS = Path(__file__).parent / "payloads"
HERE = Destination("slack", TEAM_ID, CHANNEL_ID)


async def test_digest_is_acked_in_time_and_posted_in_channel_with_valid_blocks(
    newsbot: App, fake: FakeSlack
) -> None:
    await add_articles(newsbot)

    envelope = await fake.send_command("digest")

    await fake.wait_ack(envelope)
    [hook] = await fake.wait_hooks(envelope)
    assert hook.body["response_type"] == "in_channel"
    blocks = check_message(hook.body)
    assert blocks[0]["type"] == "header"
    shown = texts(blocks)
    assert "Wildfire near Evora contained &lt;at last&gt;" in shown
    assert "<https://wire.example.org/wildfire?id=1&amp;lang=en|" in shown
    assert "Porto harbour reopens" in shown


async def test_help_is_ephemeral_and_asks_slack_nothing_more(newsbot: App, fake: FakeSlack) -> None:
    envelope = await fake.send_command("help")

    [hook] = await fake.wait_hooks(envelope)
    assert hook.body["response_type"] == "ephemeral"
    check_message(hook.body)
    assert "/news subscribe" in texts(hook.body["blocks"])
    assert [c.method for c in fake.calls] == ["auth.test", "apps.connections.open"]


async def test_a_regular_member_is_refused_subscribe(newsbot: App, fake: FakeSlack) -> None:
    envelope = await fake.send_command("subscribe wildfire at 07:00")

    [hook] = await fake.wait_hooks(envelope)
    assert hook.body["response_type"] == "ephemeral"
    assert hook.body["text"] == MANAGE_REFUSAL
    assert await newsbot.store.list_subscriptions(HERE) == []
    [lookup] = fake.calls_to("users.info")
    assert lookup.args["user"] == USER_ID


async def test_a_workspace_admin_subscribes_in_their_own_time_zone(
    newsbot: App, fake: FakeSlack
) -> None:
    recorded = json.loads((PAYLOADS / "users_info_admin.json").read_text())["user"]
    fake.users[recorded["id"]] = recorded

    envelope = await fake.send_command("subscribe wildfire at 07:00", user_id=recorded["id"])

    [hook] = await fake.wait_hooks(envelope)
    assert "Subscribed" in hook.body["text"], hook.body["text"]
    [sub] = await newsbot.store.list_subscriptions(HERE)
    assert (sub.topic, sub.timezone, sub.created_by) == (
        "wildfire",
        "America/Sao_Paulo",
        recorded["id"],
    )


async def test_a_user_listed_in_the_config_may_manage_without_being_admin(
    tmp_path: Path, fake: FakeSlack, commands: Commands
) -> None:
    settings = slack_settings(tmp_path, fake, admins=["U0EDITOR"])
    adapter = SlackAdapter(settings.slack)
    await adapter.start(commands)
    try:
        envelope = await fake.send_command("feeds add https://example.org/rss", user_id="U0EDITOR")
        await fake.wait_hooks(envelope)
    finally:
        await adapter.stop()
    [request] = commands.requests
    assert request.can_manage is True  # users.info does not know the user; the list decides
    assert request.default_timezone is None


async def test_users_info_is_asked_once_for_several_commands(
    adapter: SlackAdapter, fake: FakeSlack, commands: Commands
) -> None:
    fake.add_user("U0BOSS", owner=True, tz="Asia/Tokyo")
    sent = [
        await fake.send_command(text, user_id="U0BOSS")
        for text in ("subscribe a", "unsubscribe a", "feeds remove 1", "subscribe b")
    ]
    for envelope in sent:
        await fake.wait_hooks(envelope)

    assert len(fake.calls_to("users.info")) == 1
    assert all(r.can_manage and r.default_timezone == "Asia/Tokyo" for r in commands.requests)


async def test_auth_test_is_called_once_at_start(adapter: SlackAdapter, fake: FakeSlack) -> None:
    for text in ("help", "ask who?", "search x"):
        await fake.wait_hooks(await fake.send_command(text))

    [auth] = fake.calls_to("auth.test")
    assert auth.token == BOT_TOKEN
    [connect] = fake.calls_to("apps.connections.open")
    assert connect.token == APP_TOKEN


async def test_a_disconnect_envelope_reconnects(
    adapter: SlackAdapter, fake: FakeSlack, commands: Commands
) -> None:
    await fake.socket()

    await fake.disconnect()

    await fake.wait(lambda: fake.connections == 2)
    assert len(fake.calls_to("apps.connections.open")) == 2
    envelope = await fake.send_command("help")
    await fake.wait_ack(envelope)
    await fake.wait_hooks(envelope)
    assert [r.text for r in commands.requests] == ["help"]


async def test_a_command_is_acked_while_the_core_is_still_answering_it(
    adapter: SlackAdapter, fake: FakeSlack, commands: Commands
) -> None:
    """Acked at once, not after the work: how fast is bench/slack_ack.py's question."""
    commands.hold = asyncio.Event()
    envelope = await fake.send_command("help")
    await fake.wait_ack(envelope)
    assert [r.text for r in commands.requests] == ["help"]
    assert fake.hooks_for(envelope) == [], "not answered yet: the core is held"
    commands.hold.set()
    [hook] = await fake.wait_hooks(envelope)
    assert hook.body["text"] == "ok"


async def test_fifty_concurrent_commands_are_all_acked_and_answered(
    newsbot: App, fake: FakeSlack
) -> None:
    await add_articles(newsbot)
    await fake.socket()
    words = ["help", "digest", "search harbour", "subscriptions", "ask who contained the fire?"]

    sent = await asyncio.gather(*(fake.send_command(words[n % 5]) for n in range(50)))

    await asyncio.gather(*(fake.wait_ack(e) for e in sent))
    for envelope in sent:
        [hook] = await fake.wait_hooks(envelope)
        check_message(hook.body)


async def test_a_failing_command_still_gets_an_answer(
    adapter: SlackAdapter, fake: FakeSlack, commands: Commands
) -> None:
    async def broken(request: object) -> object:
        raise RuntimeError("boom")

    adapter._on_command = broken  # type: ignore[assignment]
    envelope = await fake.send_command("help")

    [hook] = await fake.wait_hooks(envelope)
    assert hook.body["response_type"] == "ephemeral"
    assert "went wrong" in hook.body["text"]


async def test_a_refused_app_token_fails_start_with_a_clear_message(
    tmp_path: Path, fake: FakeSlack, commands: Commands
) -> None:
    fake.fail("apps.connections.open", "invalid_auth")
    adapter = SlackAdapter(slack_settings(tmp_path, fake).slack)

    with pytest.raises(RuntimeError, match="SLACK_APP_TOKEN"):
        await adapter.start(commands)
    assert adapter.client is None


async def test_a_refused_bot_token_fails_start_with_a_clear_message(
    tmp_path: Path, fake: FakeSlack, commands: Commands
) -> None:
    fake.fail("auth.test", "invalid_auth")
    adapter = SlackAdapter(slack_settings(tmp_path, fake).slack)

    with pytest.raises(RuntimeError, match=r"SLACK_BOT_TOKEN \(invalid_auth\)"):
        await adapter.start(commands)
    assert fake.calls_to("apps.connections.open") == []
