"""Shared fixtures: no network but loopback, real SQLite files, settings for tests."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import os
import socket
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

import pytest

from bot.answers.topics import parse_topic
from bot.app import App, build_app
from bot.clock import ManualClock
from bot.delivery.schedule import next_due
from bot.models import Article, Destination, Subscription
from bot.settings import Settings, load_settings
from bot.storage import open_store
from bot.storage.ports import Store
from bot.storage.query import ArticleSearch
from tests import postgres
from tests.fakes.chat import RecordingAdapter
from tests.fakes.http import LocalServer

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo
LOCAL_NAMES = {None, "", "localhost", "localhost."}


def _check_address(address: Any) -> None:
    if isinstance(address, tuple) and address:
        host = str(address[0])
        try:
            ip = ipaddress.ip_address(host.split("%", 1)[0])
        except ValueError:
            raise OSError(f"tests may only connect to 127.0.0.1, not {host!r}") from None
        if not ip.is_loopback:
            raise OSError(f"tests may only connect to 127.0.0.1, not {host}")


def _guarded_connect(self: socket.socket, address: Any) -> None:
    _check_address(address)
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> int:
    _check_address(address)
    return _real_connect_ex(self, address)


def _guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    name = host.decode() if isinstance(host, bytes) else host
    if name not in LOCAL_NAMES:
        try:
            ipaddress.ip_address(str(name).split("%", 1)[0])
        except ValueError:
            raise socket.gaierror(socket.EAI_NONAME, f"tests look up no names ({name!r})") from None
    return _real_getaddrinfo(host, *args, **kwargs)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any connection to an address other than loopback, and any DNS lookup of a name other
    than localhost, fails the test (like OfflineRequest)."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", _guarded_getaddrinfo)
    yield


@pytest.fixture(autouse=True)
def no_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tokens from the developer's shell must not leak into tests."""
    for var in (
        "SLACK_BOT_TOKEN",
        "SLACK_APP_TOKEN",
        "SLACK_SIGNING_SECRET",
        "DISCORD_TOKEN",
        "NEWSBOT_WEB_TOKEN",
        "NEWSBOT_DB",
        "NEWSBOT_CONFIG",
    ):
        monkeypatch.delenv(var, raising=False)


def make_settings(
    tmp_path: Path,
    *,
    environ: dict[str, str] | None = None,
    database: str | None = None,
    **sections: dict[str, Any],
) -> Settings:
    """Test settings: a database in tmp_path (or `database`), loopback fetches allowed,
    no configured feeds.

    `environ` stands in for the process environment (where the secrets come from).
    """
    overrides: dict[str, Any] = {
        "fetch": {"allow_private_addresses": True, "timeout_seconds": 5},
        "feeds": {"urls": []},
    }
    for name, values in sections.items():
        overrides.setdefault(name, {}).update(values)
    return load_settings(
        database=database or tmp_path / "newsbot.db", overrides=overrides, environ=environ or {}
    )


async def stored_articles(store: Store) -> list[Article]:
    """Every stored article, newest first (through the protocol, on any backend)."""
    ids = [m.match.article_id for m in await store.match_articles(ArticleSearch(None, limit=10**6))]
    found = await store.articles_by_ids(ids)
    return [found[i] for i in ids]


async def add_subscription(
    store: Store,
    destination: Destination,
    topic: str = "wildfire",
    *,
    created: datetime,
    at: time = time(8),
    zone: str = "UTC",
    quiet: bool = False,
) -> Subscription:
    """A subscription written straight to the store, as `/news subscribe` would."""
    sub, _ = await store.upsert_subscription(
        destination,
        topic=topic,
        topic_key=parse_topic(topic).key,
        at=at,
        timezone=zone,
        quiet=quiet,
        created_by="tester",
        now=created,
        next_due_at=next_due(at, zone, created),
    )
    return sub


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The admin URL of a real PostgreSQL server with a migrated template database."""
    with contextlib.ExitStack() as stack:
        url = os.environ.get(postgres.ENV_URL)
        if not url:
            try:
                url = stack.enter_context(postgres.throwaway_server())
            except RuntimeError as exc:
                if os.environ.get(postgres.ENV_REQUIRED):
                    pytest.fail(f"PostgreSQL is required here: {exc}")
                pytest.skip(f"no PostgreSQL ({exc}); set {postgres.ENV_URL}=postgresql://…")
        template = postgres.with_database(url, postgres.TEMPLATE)
        postgres.admin(
            url,
            f'DROP DATABASE IF EXISTS "{postgres.TEMPLATE}" WITH (FORCE)',
            f'CREATE DATABASE "{postgres.TEMPLATE}" TEMPLATE template0',
        )
        asyncio.run(_migrate(template))
        yield url


async def _migrate(url: str) -> None:
    store = await open_store(url)
    await store.close()


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for one test."""
    url = postgres.create_database(postgres_server, template=postgres.TEMPLATE)
    try:
        yield url
    finally:
        postgres.drop_database(url)


@pytest.fixture(params=["sqlite", "postgres"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The database setting of a test that runs on both backends."""
    if request.param == "postgres":
        url = str(request.getfixturevalue("postgres_url"))
        assert url.startswith("postgresql://"), url
        return url
    return str(tmp_path / "newsbot.db")


@pytest.fixture
async def store(database: str) -> AsyncIterator[Store]:
    """An open store on each backend."""
    opened = await open_store(database)
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))


@pytest.fixture
def chat() -> RecordingAdapter:
    return RecordingAdapter("console")


@pytest.fixture
async def app(settings: Settings, clock: ManualClock, chat: RecordingAdapter) -> AsyncIterator[App]:
    """A newsbot on a fresh database file, with a recording chat adapter and a manual clock."""
    built = await build_app(settings, clock=clock, adapters=[chat], owner="test-process")
    try:
        yield built
    finally:
        await built.close()


@pytest.fixture
async def server() -> AsyncIterator[LocalServer]:
    """A real HTTP server on 127.0.0.1 whose routes a test sets."""
    async with LocalServer() as running:
        yield running
