"""The real APScheduler loops: due subscriptions become rows, and a worker posts them."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import build_app
from bot.clock import ManualClock
from bot.models import CommandRequest, Destination
from bot.settings import CONFIG_DIR, Settings
from tests.conftest import add_subscription, make_settings
from tests.fakes.chat import RecordingAdapter

HERE = Destination("console", "", "general")


async def wait_for(condition: Callable[[], object], seconds: float) -> None:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)


async def test_a_subscription_job_fires_at_its_time_and_posts(settings: Settings) -> None:
    chat = RecordingAdapter()
    app = await build_app(settings, adapters=[chat])
    try:
        await app.ingestor.ingest([str(CONFIG_DIR / "samples" / "meridian-wire.xml")])
        soon = (datetime.now(UTC) + timedelta(seconds=2)).replace(microsecond=0)
        await add_subscription(
            app.store, HERE, "wildfire", at=soon.time(), created=datetime.now(UTC)
        )
        await app.start()
        await wait_for(lambda: chat.posted, 10)
        assert len(chat.posted) == 1
        assert "wildfire" in chat.posted[0][1].entries[0].title.lower()
    finally:
        await app.close()


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "at_seven", "at_half_past_nine"),
    [
        # winter time (CET, UTC+1) up to the spring-forward on Sunday 29 March 2026
        (utc(2026, 3, 27, 10), utc(2026, 3, 28, 6), utc(2026, 3, 28, 8, 30)),
        # the day before: the next 07:00 is already summer time (CEST, UTC+2)
        (utc(2026, 3, 28, 10), utc(2026, 3, 29, 5), utc(2026, 3, 29, 7, 30)),
        (utc(2026, 7, 1, 10), utc(2026, 7, 2, 5), utc(2026, 7, 2, 7, 30)),
        # the fall-back on Sunday 25 October 2026: back to UTC+1
        (utc(2026, 10, 24, 10), utc(2026, 10, 25, 6), utc(2026, 10, 25, 8, 30)),
    ],
)
async def test_jobs_follow_subscription_changes_by_the_clock_across_dst(
    settings: Settings, now: datetime, at_seven: datetime, at_half_past_nine: datetime
) -> None:
    app = await build_app(settings, clock=ManualClock(now), adapters=[RecordingAdapter()])
    try:
        await app.start()
        handle = app.commands.handle
        await handle(CommandRequest("subscribe climate at 07:00 Europe/Berlin", HERE, "u", True))
        assert await app.scheduler.next_run(1) == at_seven
        await handle(CommandRequest("subscribe climate at 09:30 Europe/Berlin", HERE, "u", True))
        assert await app.scheduler.next_run(1) == at_half_past_nine
        await handle(CommandRequest("unsubscribe climate", HERE, "u", True))
        assert await app.scheduler.next_run(1) is None
    finally:
        await app.close()


async def test_subscriptions_made_by_another_process_are_delivered(settings: Settings) -> None:
    chat = RecordingAdapter()
    app = await build_app(settings, adapters=[chat])
    try:
        await app.start()
        # another process (e.g. `newsbot chat`) writes the subscription, due in a second
        soon = (datetime.now(UTC) + timedelta(seconds=1)).replace(microsecond=0)
        await add_subscription(app.store, HERE, "rates", at=soon.time(), created=datetime.now(UTC))
        await wait_for(lambda: chat.posted, 15)
        assert [d.topic for _, d in chat.posted] == ["rates"]
        [row] = await app.store.deliveries_for(1)
        assert row.status == "sent"
    finally:
        await app.close()


async def test_configured_feeds_are_added_and_polled_at_start(tmp_path: Path) -> None:
    feed = CONFIG_DIR / "samples" / "lattice-review.xml"
    app = await build_app(
        make_settings(tmp_path, feeds={"urls": [str(feed)]}), adapters=[RecordingAdapter()]
    )
    try:
        await app.start()
        for _ in range(100):
            if await app.store.article_count() == 8:
                break
            await asyncio.sleep(0.05)
        assert await app.store.article_count() == 8
        [stored] = await app.store.list_feeds()
        assert stored.title == "Lattice Review" and stored.next_poll_at is not None
    finally:
        await app.close()
