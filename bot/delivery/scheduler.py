"""The one place that knows APScheduler: the loops of a `newsbot run` worker.

Work is rows, so every process runs the same loops and any number may share one
database:
- "enqueue-digests" turns subscriptions whose due time came into 'due' delivery
  rows (safe in every process at once; PostgreSQL's NOTIFY then wakes the idle
  workers);
- the worker loop claims due rows in batches, as many as it has free build slots,
  and delivers them (`Deliverer`), waking on NOTIFY or every `[workers] poll_seconds`;
- "poll-feeds" claims the feeds whose poll is due (each feed is fetched by one worker
  per interval);
- "heartbeat" writes this worker's row (`newsbot health` reads it);
- "prune" deletes what `[storage]` no longer keeps (`bot.storage.retention`), once
  soon after start and then every `prune_minutes`.

Due times come from `bot.delivery.schedule` (pure functions of the injected clock,
DST included) and are stored on each subscription; APScheduler is only the alarm.
At start, digests missed within the grace period are written and delivered once.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.clock import Clock
from bot.delivery.deliverer import Deliverer
from bot.ingestion.poller import FeedPoller
from bot.settings import WorkerSettings
from bot.storage.ports import Store
from bot.storage.records import WorkerBeat
from bot.storage.retention import Pruner

log = logging.getLogger(__name__)

POLL_TICK = timedelta(seconds=60)
ENQUEUE_TICK = timedelta(seconds=2)


class Scheduler:
    """Owns the AsyncIOScheduler and the worker loop; everything else asks it for jobs."""

    def __init__(
        self,
        store: Store,
        deliverer: Deliverer,
        poller: FeedPoller,
        clock: Clock,
        settings: WorkerSettings | None = None,
        *,
        poll_tick: timedelta = POLL_TICK,
        enqueue_tick: timedelta = ENQUEUE_TICK,
        describe: Callable[[], str] = lambda: "",
        pruner: Pruner | None = None,
    ) -> None:
        self.store = store
        self.deliverer = deliverer
        self.poller = poller
        self.clock = clock
        self.settings = settings or WorkerSettings()
        self._ticks = (poll_tick, enqueue_tick)
        self._describe = describe
        self._pruner = pruner
        self._aps: AsyncIOScheduler | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._wake = asyncio.Event()
        self._started = clock.now()

    async def start(self) -> None:
        """Start the loops, after catching up on digests missed within the grace."""
        self._started = self.clock.now()
        self._aps = AsyncIOScheduler(timezone=UTC)
        self._aps.start()
        poll_tick, enqueue_tick = self._ticks
        self._every("poll-feeds", poll_tick, self.poller.poll_due)
        self._every("enqueue-digests", enqueue_tick, self.sync)
        self._every("heartbeat", timedelta(seconds=self.settings.heartbeat_seconds), self.heartbeat)
        await self.heartbeat()
        self._spawn(self._guarded("poll-feeds", self.poller.poll_due)())
        if self._pruner is not None:
            every = timedelta(minutes=self._pruner.settings.prune_minutes)
            self._every("prune", every, self._pruner.prune)
            self._spawn(self._guarded("prune", self._pruner.prune)())
        self._spawn(self._work_loop())

    async def stop(self) -> None:
        """Stop scheduling, let digests in flight finish briefly, leave the workers list."""
        if self._aps is not None:
            self._aps.shutdown(wait=False)
            self._aps = None
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.wait(self._tasks, timeout=5)
        try:
            await self.store.forget_worker(self.deliverer.owner)
        except Exception as exc:  # stopping must not fail on a database that went away
            log.info("could not remove this worker's heartbeat: %s", exc)

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
        """Write the digests that fell due as rows, and wake the worker loop if any did.

        Runs every few seconds, and at once when a subscription changes here."""
        if await self.deliverer.enqueue_due():
            self._wake.set()

    async def _work_loop(self) -> None:
        """Claim due digests as build slots free up, deliver each in its own task."""
        catching_up = True
        while True:
            try:
                if catching_up:
                    await self.deliverer.enqueue_due()
                claims = await self.deliverer.claim()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("claiming digests failed; trying again shortly")
                claims = []
            if claims:
                log.info("claimed %d digest(s)", len(claims))
            for claim in claims:
                self._spawn(self.deliverer.post_claimed(claim, claimed=True))
            if catching_up:
                log.info("caught up on missed digests: %d claimed", len(claims))
                catching_up = False
            if claims:
                await self.deliverer.slot_free()
                continue
            self._wake.clear()
            waiter = asyncio.ensure_future(self._wake.wait())
            idle = asyncio.ensure_future(self.store.wait_for_work(self.settings.poll_seconds))
            try:
                await asyncio.wait({waiter, idle}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                waiter.cancel()
                idle.cancel()

    async def heartbeat(self) -> None:
        """Write this worker's heartbeat row: alive, and how many digests it holds."""
        now = self.clock.now()
        await self.store.heartbeat(
            WorkerBeat(
                name=self.deliverer.owner,
                host=socket.gethostname(),
                pid=os.getpid(),
                started_at=self._started,
                heartbeat_at=now,
                holding=self.deliverer.holding,
                detail=self._describe(),
            )
        )

    async def next_run(self, sub_id: int) -> datetime | None:
        """When the subscription's next digest falls due (None when it has none)."""
        sub = await self.store.get_subscription(sub_id)
        if sub is None or sub.disabled_reason:
            return None
        return sub.next_due_at
