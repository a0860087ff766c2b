"""`newsbot run` serves the status page when `[web] port` is set, and only with a token."""

from __future__ import annotations

import socket
from pathlib import Path

import aiohttp
import pytest

from bot.app import AdapterStartError, build_app
from bot.clock import ManualClock
from bot.settings import SettingsError, masked
from tests.bot.test_cli import newsbot
from tests.bot.web.browser import free_port
from tests.conftest import make_settings
from tests.fakes.chat import RecordingAdapter

TOKEN = "wiring-test-token-0123456789"


async def test_the_page_is_served_while_the_app_runs(tmp_path: Path, clock: ManualClock) -> None:
    port = free_port()
    settings = make_settings(tmp_path, environ={"NEWSBOT_WEB_TOKEN": TOKEN}, web={"port": port})
    app = await build_app(settings, clock=clock, adapters=[RecordingAdapter()])
    assert app.web is not None
    try:
        await app.start()
        async with aiohttp.ClientSession() as http:
            url = f"http://127.0.0.1:{port}/api/status"
            async with http.get(url, headers={"Authorization": f"Bearer {TOKEN}"}) as response:
                assert response.status == 200
                document = await response.json()
            async with http.get(url) as refused:
                assert refused.status == 401
    finally:
        await app.close()
    assert document["workers"]["processes"][0]["owner"] == app.deliverer.owner
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=5):
        pass


async def test_no_port_no_page(tmp_path: Path, clock: ManualClock) -> None:
    settings = make_settings(tmp_path, environ={"NEWSBOT_WEB_TOKEN": TOKEN})
    app = await build_app(settings, clock=clock, adapters=[])
    try:
        assert app.web is None
    finally:
        await app.close()


async def test_without_a_token_the_page_refuses_to_start(
    tmp_path: Path, clock: ManualClock
) -> None:
    settings = make_settings(tmp_path, web={"port": free_port()})
    chat = RecordingAdapter()
    app = await build_app(settings, clock=clock, adapters=[chat])
    with pytest.raises(SettingsError, match="NEWSBOT_WEB_TOKEN is not") as refused:
        await app.start()
    assert "\n" not in str(refused.value)
    assert chat.on_command is None, "nothing else started"


async def test_a_busy_port_is_one_line(tmp_path: Path, clock: ManualClock) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        settings = make_settings(tmp_path, environ={"NEWSBOT_WEB_TOKEN": TOKEN}, web={"port": port})
        app = await build_app(settings, clock=clock, adapters=[])
        with pytest.raises(AdapterStartError, match=f"could not listen on 127.0.0.1:{port}"):
            await app.start()


def test_web_settings_are_checked_and_the_token_masked(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, environ={"NEWSBOT_WEB_TOKEN": TOKEN}, web={"port": 8080})
    assert (settings.web.host, settings.web.port, settings.web.trust_proxy) == (
        "127.0.0.1",
        8080,
        False,
    )
    assert masked(settings)["web"]["token"] == "***" and TOKEN not in repr(settings)
    with pytest.raises(SettingsError, match=r"\[web\] port = 70000"):
        make_settings(tmp_path, web={"port": 70000})
    with pytest.raises(SettingsError, match="set the NEWSBOT_WEB_TOKEN environment variable"):
        make_settings(tmp_path, web={"token": TOKEN})


def test_newsbot_run_without_the_token_says_why_in_one_line(tmp_path: Path) -> None:
    config = tmp_path / "web.toml"
    config.write_text(f"[feeds]\nurls = []\n[web]\nport = {free_port()}\n")
    result = newsbot("run", "--config", str(config), "--db", str(tmp_path / "n.db"))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()  # the first run logs its new database first
    said = [line for line in lines if "NEWSBOT_WEB_TOKEN" in line]
    assert said == lines[-1:] and said[0].startswith("newsbot: settings: [web] port is set")
