"""Work as rows: due digests written once, claimed in batches by any worker, parts of a
digest recorded as they are posted, a rate limit shared by every worker, heartbeats."""

from __future__ import annotations

import asyncio
import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.app import App, build_app
from bot.clock import ManualClock
from bot.delivery.limits import Limit, RateLimiter
from bot.models import Destination, Digest, Posted, PostError, PostProgress
from bot.settings import Settings
from bot.storage.ports import Store
from tests.conftest import add_subscription
from tests.fakes.chat import RecordingAdapter

HERE = Destination("console", "", "general")
NOON = datetime(2026, 11, 26, 12, tzinfo=UTC)


@dataclass
class PartsAdapter:
    """Posts a digest as `parts` messages; fails (once) after `fail_after` of them."""

    parts: int = 3
    fail_after: int | None = None
    platform: str = "console"
    sent: list[str] = field(default_factory=list)

    async def start(self, on_command: object) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def post_digest(
        self, destination: Destination, digest: Digest, progress: PostProgress | None = None
    ) -> Posted:
        progress = progress or PostProgress()
        ids = list(progress.done)
        for n in range(len(ids), self.parts):
            if self.fail_after is not None and n == self.fail_after:
                self.fail_after = None
                raise PostError("the platform hung up")
            message_id = f"{digest.title}#{n}"
            self.sent.append(message_id)
            ids.append(message_id)
            await progress.posted(message_id)
        return Posted(tuple(ids))


async def subscribers(store: Store, count: int, *, at: datetime = NOON) -> None:
    for n in range(count):
        await add_subscription(
            store,
            Destination("console", "", f"c{n}"),
            f"topic{n}",
            at=at.time(),
            created=at - timedelta(hours=2),
        )


async def test_due_rows_are_written_once_and_claimed_in_batches(
    app: App, clock: ManualClock, chat: RecordingAdapter
) -> None:
    await subscribers(app.store, 10)
    clock.set(NOON + timedelta(seconds=1))
    assert await app.deliverer.enqueue_due() == 10
    assert await app.deliverer.enqueue_due() == 0, "written once, however often it runs"
    app.deliverer.settings = dataclasses.replace(app.deliverer.settings, max_concurrent_builds=4)
    first = await app.deliverer.work_once()
    assert first == ["sent"] * 4, "a batch is as large as the free build slots"
    assert sorted(await app.deliverer.resume()) == ["sent"] * 6
    assert len(chat.posted) == 10
    assert len({d.channel for d, _ in chat.posted}) == 10


async def test_two_workers_never_claim_the_same_digest(
    settings: Settings, clock: ManualClock
) -> None:
    first, second = RecordingAdapter(), RecordingAdapter()
    a = await build_app(settings, clock=clock, adapters=[first], owner="worker-a")
    b = await build_app(settings, clock=clock, adapters=[second], owner="worker-b")
    try:
        await subscribers(a.store, 30)
        clock.set(NOON + timedelta(seconds=1))
        await asyncio.gather(a.deliverer.enqueue_due(), b.deliverer.enqueue_due())
        # (each first claims a batch at once, so both take a share however the event loop
        # orders the rest; left to `resume` alone, one may finish all 30 first)
        await asyncio.gather(a.deliverer.work_once(), b.deliverer.work_once())
        await asyncio.gather(a.deliverer.resume(), b.deliverer.resume())
        channels = [d.channel for d, _ in first.posted + second.posted]
        assert sorted(channels) == sorted(f"c{n}" for n in range(30))
        assert first.posted and second.posted, "both took a share"
    finally:
        await a.close()
        await b.close()


async def test_a_retry_goes_on_after_the_parts_already_posted(
    settings: Settings, clock: ManualClock
) -> None:
    """The parts a worker posted are on the delivery row, so the worker that takes over
    (after the first one's lease ran out) posts only the rest."""
    flaky = PartsAdapter(parts=3, fail_after=2)
    first = await build_app(settings, clock=clock, adapters=[flaky], owner="first")
    first.deliverer.settings = dataclasses.replace(first.deliverer.settings, max_attempts=1)
    try:
        await subscribers(first.store, 1)
        clock.set(NOON + timedelta(seconds=1))
        assert await first.deliverer.catch_up() == ["failed"]
        [row] = await first.store.deliveries_for(1)
        assert row.status == "failed" and len(row.message_ids) == 2
    finally:
        await first.close()
    steady = PartsAdapter(parts=3)
    second = await build_app(settings, clock=clock, adapters=[steady], owner="second")
    try:
        clock.set(NOON + timedelta(minutes=5))
        assert await second.deliverer.resume() == ["sent"]
        assert len(steady.sent) == 1, "only the third part was posted again"
        [row] = await second.store.deliveries_for(1)
        assert row.status == "sent" and len(row.message_ids) == 3
        assert row.message_ids[:2] == tuple(flaky.sent)
    finally:
        await second.close()


async def test_the_rate_limit_is_one_bucket_for_every_worker(app: App) -> None:
    now = [NOON]
    waits: list[float] = []

    class Clock:
        def now(self) -> datetime:
            return now[0]

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += timedelta(seconds=seconds)

    limits = {"slack": Limit(per_second=2, burst=2)}
    workers = [RateLimiter(app.store, limits, Clock(), sleep) for _ in range(3)]
    for n in range(6):
        await workers[n % 3].acquire("slack")
    assert len(waits) == 4 and now[0] - NOON == timedelta(seconds=2), "6 posts at 2/s, burst 2"
    await workers[0].pause("slack", 30)
    waits.clear()
    await workers[1].acquire("slack")
    assert waits[0] == 30, "a 429 pauses the route for the other workers too"
    await workers[2].acquire("console")  # no limit on the terminal
    assert len(waits) == 1


async def test_a_429_pauses_the_route_and_the_digest_still_goes(
    app: App, clock: ManualClock, chat: RecordingAdapter
) -> None:
    chat.failures.append(PostError("rate limited", retry_after=0.01))
    app.deliverer.settings = dataclasses.replace(app.deliverer.settings, retry_base_seconds=0.01)
    await subscribers(app.store, 1)
    clock.set(NOON + timedelta(seconds=1))
    assert await app.deliverer.catch_up() == ["sent"]
    assert chat.attempts == 2 and len(chat.posted) == 1


async def test_heartbeats_say_who_is_alive_and_what_it_holds(app: App, clock: ManualClock) -> None:
    await app.scheduler.heartbeat()
    [beat] = await app.store.workers()
    assert beat.name == "test-process" and beat.heartbeat_at == clock.now()
    assert beat.holding == 0 and beat.detail == "console:up"
    clock.set(clock.now() + timedelta(seconds=10))
    await app.scheduler.heartbeat()
    [again] = await app.store.workers()
    assert again.heartbeat_at == clock.now() and again.started_at == beat.started_at
    await app.store.forget_worker("test-process")
    assert await app.store.workers() == []
