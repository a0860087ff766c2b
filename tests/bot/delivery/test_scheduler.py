"""The real APScheduler: jobs follow subscriptions, and a due job posts its digest."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import build_app
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


async def test_jobs_follow_subscription_changes_without_restart(settings: Settings) -> None:
    app = await build_app(settings, adapters=[RecordingAdapter()])
    try:
        await app.start()
        handle = app.commands.handle
        await handle(CommandRequest("subscribe climate at 07:00 Europe/Berlin", HERE, "u", True))
        first = app.scheduler.next_run(1)
        assert first is not None and first.astimezone(UTC).hour == 6
        await handle(CommandRequest("subscribe climate at 09:30 Europe/Berlin", HERE, "u", True))
        moved = app.scheduler.next_run(1)
        assert moved is not None and (moved.astimezone(UTC).hour, moved.minute) == (8, 30)
        await handle(CommandRequest("unsubscribe climate", HERE, "u", True))
        assert app.scheduler.next_run(1) is None
    finally:
        await app.close()


async def test_subscriptions_made_by_another_process_are_picked_up(settings: Settings) -> None:
    app = await build_app(settings, adapters=[RecordingAdapter()])
    try:
        await app.start()
        # another process (e.g. `newsbot chat`) writes the subscription
        await add_subscription(
            app.store, HERE, "rates", at=datetime.now(UTC).time(), created=datetime.now(UTC)
        )
        assert app.scheduler.next_run(1) is None
        await app.scheduler.sync()  # what the sync job does every minute
        assert app.scheduler.next_run(1) is not None
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
