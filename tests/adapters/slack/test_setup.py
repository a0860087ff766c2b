"""Configuration and lifecycle: when the adapter starts, what it says when it cannot, clean stop."""

from __future__ import annotations

import asyncio
import gc
import logging
import warnings
from pathlib import Path

import pytest

from adapters.slack import create
from adapters.slack.app import SlackAdapter
from bot.app import discover_adapters
from bot.settings import SettingsError
from tests.adapters.slack.support import (
    APP_TOKEN,
    BOT_TOKEN,
    SIGNING_SECRET,
    Commands,
    slack_settings,
)
from tests.fakes.slack import FakeSlack


def test_newsbot_run_discovers_slack_when_the_tokens_are_set(
    tmp_path: Path, fake: FakeSlack
) -> None:
    found = discover_adapters(slack_settings(tmp_path, fake), interactive=False)

    slack = [a for a in found if a.platform == "slack"]
    assert len(slack) == 1 and isinstance(slack[0], SlackAdapter)
    assert "console" in {a.platform for a in found}, "beside the other adapters"


def test_no_tokens_no_slack(tmp_path: Path, fake: FakeSlack) -> None:
    settings = slack_settings(tmp_path, fake, secrets={})

    assert create(settings, interactive=False) is None
    assert "slack" not in {a.platform for a in discover_adapters(settings, interactive=False)}


@pytest.mark.parametrize(
    ("secrets", "mode", "missing"),
    [
        ({"SLACK_BOT_TOKEN": BOT_TOKEN}, "socket", "needs SLACK_APP_TOKEN"),
        ({"SLACK_APP_TOKEN": APP_TOKEN}, "socket", "needs SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": BOT_TOKEN}, "http", "needs SLACK_SIGNING_SECRET"),
        ({"SLACK_SIGNING_SECRET": SIGNING_SECRET}, "http", "needs SLACK_BOT_TOKEN"),
        (
            {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET},
            "socket",
            'mode = "http"',
        ),
        ({"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": "xoxb-wrong"}, "socket", "xapp-"),
        ({"SLACK_BOT_TOKEN": APP_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN}, "socket", "xoxb-"),
    ],
)
def test_a_partial_setup_names_what_is_missing(
    tmp_path: Path, fake: FakeSlack, secrets: dict[str, str], mode: str, missing: str
) -> None:
    settings = slack_settings(tmp_path, fake, secrets=secrets, mode=mode)

    with pytest.raises(SettingsError, match=missing):
        create(settings, interactive=False)


def test_http_mode_needs_no_app_token(tmp_path: Path, fake: FakeSlack) -> None:
    secrets = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET}
    settings = slack_settings(tmp_path, fake, secrets=secrets, mode="http")

    assert isinstance(create(settings, interactive=False), SlackAdapter)


def test_tokens_never_show_in_settings_or_the_adapter(tmp_path: Path, fake: FakeSlack) -> None:
    adapter = create(slack_settings(tmp_path, fake), interactive=False)

    assert BOT_TOKEN not in repr(adapter.settings) and APP_TOKEN not in repr(adapter.settings)  # type: ignore[union-attr]


@pytest.mark.parametrize("mode", ["socket", "http"])
async def test_stop_closes_every_connection_and_session(
    tmp_path: Path,
    fake: FakeSlack,
    commands: Commands,
    mode: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    secrets = {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
    }
    settings = slack_settings(
        tmp_path, fake, secrets=secrets, mode=mode, http_host="127.0.0.1", http_port=0
    )
    adapter = SlackAdapter(settings.slack)
    caplog.set_level(logging.DEBUG)
    await adapter.start(commands)
    if mode == "socket":
        fake.add_user("U0BOSS", admin=True)
        await fake.wait_hooks(await fake.send_command("subscribe x", user_id="U0BOSS"))

    await adapter.stop()

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        gc.collect()
        await asyncio.sleep(0.05)
    assert not [w for w in caught if "nclosed" in str(w.message)]
    assert "nclosed" not in caplog.text
    assert adapter.http_address is None
    await fake.wait(lambda: not any(not ws.closed for ws in fake._sockets), 5)
    if BOT_TOKEN in caplog.text or APP_TOKEN in caplog.text:
        pytest.fail("a token was logged")


async def test_start_logs_no_warning_when_the_tokens_come_from_the_environment(
    tmp_path: Path,
    fake: FakeSlack,
    commands: Commands,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", BOT_TOKEN)  # bolt reads it on its own
    monkeypatch.setenv("SLACK_APP_TOKEN", APP_TOKEN)
    adapter = SlackAdapter(slack_settings(tmp_path, fake).slack)
    caplog.set_level(logging.INFO)

    await adapter.start(commands)
    await adapter.stop()

    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_the_manifest_declares_the_command_scopes_and_socket_mode() -> None:
    manifest = (Path(__file__).parents[3] / "config" / "slack-manifest.yml").read_text()
    lines = [line.split("#")[0].strip() for line in manifest.splitlines()]

    assert "- command: /news" in lines
    for scope in ("commands", "chat:write", "chat:write.public", "users:read"):
        assert f"- {scope}" in lines
    assert "socket_mode_enabled: true" in lines
