"""The one place that knows APScheduler: digest jobs, feed polling and retries.

Each enabled subscription has one daily job at its local time in its IANA zone
(rebuilt from the database at start and re-synced whenever subscriptions
change, here or in another process). Interval jobs poll due feeds, retry
unfinished deliveries and re-sync. At start, digests missed within the grace
period are posted once.

The daily jobs use `LocalTimeTrigger`, not APScheduler 3's CronTrigger: across
DST changes CronTrigger skips a day (midnight after a spring-forward) or fires
twice (an ambiguous time on a fall-back day); tests/bot/delivery/test_schedule.py
shows it.

Time comes from the injected `Clock`: which digest is due, and when a subscription
runs next, are computed from `clock.now()`. APScheduler is only the alarm: it wakes
the process on the system clock and is given no instant of ours (interval jobs
start from its own now; the feed poll at start runs at once, outside it).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, time, timedelta
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.clock import Clock
from bot.delivery import schedule
from bot.delivery.deliverer import Deliverer
from bot.ingestion.poller import FeedPoller
from bot.models import Subscription
from bot.storage.ports import Store

log = logging.getLogger(__name__)

POLL_TICK = timedelta(seconds=60)
RESUME_TICK = timedelta(seconds=30)
SYNC_TICK = timedelta(seconds=60)


class LocalTimeTrigger(BaseTrigger):  # type: ignore[misc]
    """Fires daily at a wall-clock time in an IANA zone, by `bot.delivery.schedule.next_due`."""

    def __init__(self, at: time, zone: str) -> None:
        self.at = at
        self.zone = zone

    def get_next_fire_time(
        self, previous_fire_time: datetime | None, now: datetime
    ) -> datetime | None:
        if previous_fire_time is not None:
            return schedule.next_due(self.at, self.zone, previous_fire_time)
        return schedule.next_due(self.at, self.zone, now - timedelta(microseconds=1))

    def __repr__(self) -> str:
        return f"LocalTimeTrigger({self.at:%H:%M:%S} {self.zone})"


def trigger_for(sub: Subscription) -> LocalTimeTrigger:
    """The daily trigger of a subscription."""
    return LocalTimeTrigger(sub.at, sub.timezone)


class Scheduler:
    """Owns the AsyncIOScheduler; everything else asks it for jobs."""

    def __init__(
        self,
        store: Store,
        deliverer: Deliverer,
        poller: FeedPoller,
        clock: Clock,
        *,
        poll_tick: timedelta = POLL_TICK,
        resume_tick: timedelta = RESUME_TICK,
        sync_tick: timedelta = SYNC_TICK,
    ) -> None:
        self.store = store
        self.deliverer = deliverer
        self.poller = poller
        self.clock = clock
        self._ticks = (poll_tick, resume_tick, sync_tick)
        self._aps: AsyncIOScheduler | None = None
        self._jobs: dict[int, tuple[str, str]] = {}
        self._tasks: set[asyncio.Task[Any]] = set()

    async def start(self) -> None:
        """Start the scheduler, build the subscription jobs and catch up on missed digests."""
        self._aps = AsyncIOScheduler(timezone=UTC)
        self._aps.start()
        poll_tick, resume_tick, sync_tick = self._ticks
        self._every("poll-feeds", poll_tick, self.poller.poll_due)
        self._every("resume-deliveries", resume_tick, self.deliverer.resume)
        self._every("sync-subscriptions", sync_tick, self.sync)
        await self.sync()
        self._spawn(self._guarded("poll-feeds", self.poller.poll_due)())
        self._spawn(self.deliverer.catch_up())

    async def stop(self) -> None:
        """Stop scheduling and wait briefly for jobs in flight."""
        if self._aps is not None:
            self._aps.shutdown(wait=False)
            self._aps = None
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.wait(self._tasks, timeout=5)

    def _every(self, name: str, tick: timedelta, job: Callable[[], Awaitable[Any]]) -> None:
        """Run `job` every `tick`, the first time one tick from now."""
        assert self._aps is not None
        self._aps.add_job(
            self._guarded(name, job),
            IntervalTrigger(seconds=tick.total_seconds()),
            id=name,
            name=name,
            max_instances=1,
            coalesce=True,
            replace_existing=True,
        )

    def _guarded(
        self, name: str, job: Callable[[], Awaitable[Any]]
    ) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            try:
                await job()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("scheduled job %s failed; it runs again at its next time", name)

        return run

    def _spawn(self, coro: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def sync(self) -> None:
        """Make the cron jobs match the enabled subscriptions in the database."""
        if self._aps is None:
            return
        subs = {s.id: s for s in await self.store.list_subscriptions(enabled_only=True)}
        for sub_id in set(self._jobs) - set(subs):
            self._aps.remove_job(f"digest-{sub_id}")
            del self._jobs[sub_id]
        for sub in subs.values():
            key = (sub.at.isoformat(), sub.timezone)
            if self._jobs.get(sub.id) == key:
                continue
            self._aps.add_job(
                self._guarded(f"digest-{sub.id}", self._digest_job(sub.id)),
                trigger_for(sub),
                id=f"digest-{sub.id}",
                name=f"digest #{sub.id} ({sub.topic})",
                replace_existing=True,
                max_instances=1,
                coalesce=True,
                misfire_grace_time=int(self.deliverer.grace.total_seconds()),
            )
            self._jobs[sub.id] = key

    def _digest_job(self, sub_id: int) -> Callable[[], Awaitable[None]]:
        async def run() -> None:
            sub = await self.store.get_subscription(sub_id)
            if sub is None or sub.disabled_reason:
                return
            due = schedule.last_due(sub.at, sub.timezone, self.clock.now())
            await self.deliverer.deliver(sub_id, due)

        return run

    def next_run(self, sub_id: int) -> datetime | None:
        """When the subscription's digest is due next by the clock (None when it has no job)."""
        key = self._jobs.get(sub_id) if self._aps is not None else None
        if key is None:
            return None
        at, zone = key
        return schedule.next_due(time.fromisoformat(at), zone, self.clock.now())
