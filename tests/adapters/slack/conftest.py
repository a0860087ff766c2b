"""Fixtures for the Slack adapter: a fake Slack on 127.0.0.1 and settings pointing at it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from adapters.slack.app import SlackAdapter
from bot.app import App, build_app
from bot.clock import ManualClock
from tests.adapters.slack.support import Commands, slack_settings
from tests.fakes.slack import FakeSlack


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """slack_sdk and aiohttp honour proxy variables; the fake is reached directly."""
    for var in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    async with FakeSlack() as running:
        yield running


@pytest.fixture
def commands() -> Commands:
    return Commands()


@pytest.fixture
async def adapter(
    tmp_path: Path, fake: FakeSlack, commands: Commands
) -> AsyncIterator[SlackAdapter]:
    """A started Socket Mode adapter whose on_command records requests."""
    started = SlackAdapter(slack_settings(tmp_path, fake).slack)
    await started.start(commands)
    try:
        yield started
    finally:
        await started.stop()


@pytest.fixture
async def newsbot(tmp_path: Path, fake: FakeSlack, clock: ManualClock) -> AsyncIterator[App]:
    """The real core with the Slack adapter started over Socket Mode against the fake."""
    settings = slack_settings(tmp_path, fake)
    slack = SlackAdapter(settings.slack)
    app = await build_app(settings, clock=clock, adapters=[slack], owner="test-process")
    try:
        await app.start(schedule=False)
        yield app
    finally:
        await app.close()
