"""Polite polling against a real local server: backoff, disabling, hints, one fetch per host."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from aiohttp import web

from bot.app import App
from bot.clock import ManualClock
from bot.models import CommandRequest, Destination
from bot.settings import CONFIG_DIR
from tests.fakes.http import LocalServer

LEDGER = (CONFIG_DIR / "samples" / "northsea-ledger.xml").read_bytes()


async def test_a_failing_feed_backs_off_then_is_disabled(
    app: App, server: LocalServer, clock: ManualClock
) -> None:
    server.route("/rss", lambda _r: _status(500))
    feed, _ = await app.store.add_feed(server.url("/rss"), "", "test", clock.now())
    waits = []
    for _ in range(app.settings.feeds.max_failures):
        result = await app.ingestor.poll_feed(feed.id)
        assert not result.ok and result.error and "HTTP 500" in result.error
        state = await app.store.get_feed(feed.id)
        assert state is not None and state.next_poll_at is not None
        waits.append(state.next_poll_at - clock.now())
    assert waits[:3] == [timedelta(minutes=30), timedelta(minutes=60), timedelta(minutes=120)]
    assert result.disabled
    listing = await app.commands.handle(_request("feeds list"))
    assert "disabled: failed 8 times in a row" in listing.items[0].meta
    assert (
        await app.store.claim_due_feeds(
            clock.now() + timedelta(days=30), clock.now() + timedelta(days=31)
        )
        == []
    )


async def _status(code: int, **headers: str) -> web.Response:
    return web.Response(status=code, text="error", headers=headers)


def _request(text: str) -> CommandRequest:
    return CommandRequest(
        text, Destination("console", "", "c"), "u", can_manage=True, operator=True
    )


async def test_retry_after_and_ttl_set_the_next_poll(
    app: App, server: LocalServer, clock: ManualClock
) -> None:
    server.route("/busy", lambda _r: _status(503, **{"Retry-After": "7200"}))
    server.content("/ledger", LEDGER, "application/rss+xml")  # <ttl>60</ttl>
    busy, _ = await app.store.add_feed(server.url("/busy"), "", "t", clock.now())
    ledger, _ = await app.store.add_feed(server.url("/ledger"), "", "t", clock.now())
    await app.ingestor.poll_feed(busy.id)
    await app.ingestor.poll_feed(ledger.id)
    busy_after, ledger_after = (
        await app.store.get_feed(busy.id),
        await app.store.get_feed(ledger.id),
    )
    assert busy_after and busy_after.next_poll_at == clock.now() + timedelta(hours=2)
    assert ledger_after and ledger_after.next_poll_at == clock.now() + timedelta(minutes=60)


class SlowFeed:
    """Serves the ledger feed slowly and records the most requests it saw at once."""

    def __init__(self) -> None:
        self.active = 0
        self.peak = 0

    async def __call__(self, request: web.Request) -> web.Response:
        self.active += 1
        self.peak = max(self.peak, self.active)
        await asyncio.sleep(0.2)
        self.active -= 1
        return web.Response(body=LEDGER, content_type="application/rss+xml")


async def test_one_fetch_at_a_time_per_host_and_one_fetch_serves_all(
    app: App, server: LocalServer, clock: ManualClock
) -> None:
    feed = SlowFeed()
    for n in range(3):
        server.route(f"/f{n}", feed)
        await app.store.add_feed(server.url(f"/f{n}"), "", "t", clock.now())
    results = await app.poller.poll_due()
    assert len(results) == 3 and all(r.ok for r in results)
    assert feed.peak == 1, "the same host is never fetched twice at once"
    assert await app.store.article_count() == 8, "the same items from three URLs stored once"
    assert await app.poller.poll_due() == [], "nothing is due again until its next time"


async def test_two_hosts_are_fetched_concurrently(
    app: App, server: LocalServer, clock: ManualClock
) -> None:
    feed = SlowFeed()
    server.route("/a", feed)
    await app.store.add_feed(server.url("/a"), "", "t", clock.now())
    await app.store.add_feed(f"http://localhost:{server.port}/a", "", "t", clock.now())
    await app.poller.poll_due()
    assert feed.peak == 2
