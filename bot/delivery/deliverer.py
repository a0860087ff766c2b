"""Exactly-once digest delivery: claim, build, post, record — or retry, never drop.

For each (subscription, local date) one delivery row exists (a unique key). Due
digests are written as 'due' rows (`enqueue_due`, safe in every process), and any
worker claims them in batches with a lease (`work_once`); only the holder posts.
The lease is renewed while the digest is built and while it is posted, so a slow
build is never taken over. Each part a platform accepts is recorded on the row at
once, and the row is marked sent, with the platform's message ids, right after the
last: a worker that dies is taken over when its lease runs out, and the next
holder goes on after the parts already posted. A platform error is retried with
backoff (honouring retry-after, which also pauses the platform's route for every
worker); a permanent refusal (channel gone, no permission) disables the channel's
subscriptions with the reason. Posts go through a rate limit shared by all workers.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from bot.answers.topics import TopicError, parse_topic
from bot.clock import Clock
from bot.delivery import schedule
from bot.delivery.digest import DigestBuilder
from bot.delivery.limits import RateLimiter
from bot.models import Digest, Owner, PostError, PostProgress, Subscription
from bot.ports import ChatAdapter
from bot.settings import DigestSettings
from bot.storage.ports import Store
from bot.storage.records import Delivery, DueDigest

log = logging.getLogger(__name__)

Outcome = Literal["sent", "quiet", "taken", "failed", "abandoned", "skipped", "gone"]
ENQUEUE_BATCH = 500


def process_owner() -> str:
    """A name for this process in claim rows: host, pid and a random part."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def backoff_seconds(attempt: int, base: float, retry_after: float | None) -> float:
    """Exponential backoff with the platform's retry-after as a floor (capped at 15 min)."""
    wait = base * float(2 ** max(0, attempt - 1))
    if retry_after is not None:
        wait = max(wait, retry_after)
    return min(wait, 900.0)


def due_digests(
    sub: Subscription, now: datetime, grace: timedelta, first: timedelta
) -> tuple[list[DueDigest], datetime]:
    """The digests of a subscription due by `now` (within the grace) and its next due time.

    A subscription whose next due time was never worked out (made before due times
    were stored) starts from the latest slot within the grace.
    """
    due = sub.next_due_at or schedule.next_due(sub.at, sub.timezone, now - grace)
    out: list[DueDigest] = []
    while due <= now:
        following = schedule.next_due(sub.at, sub.timezone, due)
        if now - due <= grace and due >= sub.created_at:
            out.append(
                DueDigest(
                    subscription_id=sub.id,
                    period=schedule.period_of(due, sub.timezone),
                    due_at=due,
                    window_start=sub.created_at - first,
                    next_due_at=following,
                )
            )
        due = following
    return out, due


class Deliverer:
    """Posts subscriptions' digests through the adapters, exactly once per period."""

    def __init__(
        self,
        store: Store,
        digests: DigestBuilder,
        adapters: Mapping[str, ChatAdapter],
        settings: DigestSettings,
        clock: Clock,
        owner: str | None = None,
        limiter: RateLimiter | None = None,
    ) -> None:
        self.store = store
        self.digests = digests
        self.adapters = adapters
        self.settings = settings
        self.clock = clock
        self.owner = owner or process_owner()
        self.limiter = limiter or RateLimiter(store, {}, clock)
        self._sleep = asyncio.sleep
        self._builds = asyncio.Semaphore(settings.max_concurrent_builds)
        self._freed = asyncio.Event()
        self.holding = 0

    @property
    def grace(self) -> timedelta:
        return timedelta(hours=self.settings.grace_hours)

    @property
    def lease(self) -> timedelta:
        return timedelta(seconds=self.settings.lease_seconds)

    # -- the scheduler loop: due subscriptions become rows --------------------------------

    async def enqueue_due(self) -> int:
        """Write every digest due by now as a 'due' row; how many were new.

        Safe in every process at once: each (subscription, period) row is written
        once, and a digest missed for longer than the grace is not written at all.
        """
        first = timedelta(hours=self.settings.first_digest_hours)
        written = 0
        while True:
            now = self.clock.now()
            subs = await self.store.subscriptions_due(now, ENQUEUE_BATCH)
            rows: list[DueDigest] = []
            for sub in subs:
                due, following = due_digests(sub, now, self.grace, first)
                if due:
                    rows += due
                else:
                    await self.store.advance_due(sub.id, following)
            written += await self.store.enqueue_digests(rows) if rows else 0
            if len(subs) < ENQUEUE_BATCH:
                break
        if written:
            log.info("%d digest(s) fell due", written)
            await self.store.notify_work()
        return written

    # -- workers: claim rows in batches, post them ------------------------------------

    async def claim(self) -> list[Delivery]:
        """Claim as many digests as this worker has free build slots (they count as held
        from now until `post_claimed` ends)."""
        free = self.settings.max_concurrent_builds - self.holding
        if free <= 0:
            return []
        now = self.clock.now()
        claims = await self.store.claim_digests(
            self.owner, now=now, lease_until=now + self.lease, limit=free
        )
        self.holding += len(claims)
        return claims

    async def slot_free(self) -> None:
        """Return once this worker holds fewer digests than it may build at once."""
        while self.holding >= self.settings.max_concurrent_builds:
            self._freed.clear()
            await self._freed.wait()

    async def work_once(self) -> list[Outcome]:
        """Claim as many digests as there are free build slots, and deliver them."""
        claims = await self.claim()
        return list(await asyncio.gather(*(self.post_claimed(c, claimed=True) for c in claims)))

    async def resume(self) -> list[Outcome]:
        """Deliver what is claimable now: due rows, failed ones due for a retry, and claims
        whose holder died."""
        outcomes: list[Outcome] = []
        while batch := await self.work_once():
            outcomes += batch
        return outcomes

    async def catch_up(self) -> list[Outcome]:
        """At start: write the digests missed within the grace, then deliver what is due."""
        await self.enqueue_due()
        outcomes = await self.resume()
        log.info("caught up on missed digests: %s", ", ".join(outcomes) or "none due")
        return outcomes

    # -- one digest -----------------------------------------------------------------------

    async def deliver(self, subscription_id: int, due_at: datetime) -> Outcome:
        """Deliver one subscription's digest due at `due_at` now, if nobody has yet."""
        sub = await self.store.get_subscription(subscription_id)
        if sub is None or sub.disabled_reason:
            return "gone"
        now = self.clock.now()
        period = schedule.period_of(due_at, sub.timezone)
        if now - due_at > self.grace:
            log.info(
                "skipped digest #%s for %s: due %s, more than %s ago",
                sub.id,
                period,
                due_at.isoformat(),
                self.grace,
            )
            return "skipped"
        start = await self.store.last_window_end(sub.id) or (
            sub.created_at - timedelta(hours=self.settings.first_digest_hours)
        )
        claim = await self.store.claim_delivery(
            sub.id,
            period=period,
            due_at=due_at,
            window_start=start,
            window_end=due_at,
            owner=self.owner,
            now=now,
            lease_until=now + self.lease,
        )
        if claim is None:
            log.info("digest #%s (%s): sent or being sent by another process", sub.id, period)
            return "taken"
        return await self.post_claimed(claim, sub)

    async def post_claimed(
        self, claim: Delivery, sub: Subscription | None = None, *, claimed: bool = False
    ) -> Outcome:
        """Build and post a claimed digest, holding its lease throughout, and record it.

        `claimed` says `claim()` already counted it as held."""
        if not claimed:
            self.holding += 1
        try:
            async with self._leased(claim):
                return await self._post(claim, sub)
        finally:
            self.holding -= 1
            self._freed.set()

    @asynccontextmanager
    async def _leased(self, claim: Delivery) -> AsyncIterator[None]:
        """Renew the claim's lease while the body runs (build and post alike)."""

        async def renew() -> None:
            while True:
                await asyncio.sleep(self.lease.total_seconds() / 3)
                await self.store.renew_lease(claim.id, self.owner, self.clock.now() + self.lease)

        keeper = asyncio.create_task(renew())
        try:
            yield
        finally:
            keeper.cancel()

    async def _post(self, claim: Delivery, sub: Subscription | None) -> Outcome:
        sub = sub or await self.store.get_subscription(claim.subscription_id)
        now = self.clock.now()
        if sub is None or sub.disabled_reason:
            reason = "the subscription is gone" if sub is None else sub.disabled_reason
            await self._finish(claim, "abandoned", error=reason)
            return "gone"
        if now - claim.due_at > self.grace:
            await self._finish(
                claim,
                "abandoned",
                error=f"gave up: not delivered within {self.settings.grace_hours:g} h "
                f"(last error: {claim.last_error or 'none'})",
            )
            log.warning(
                "abandoned digest of subscription #%s for %s: %s",
                claim.subscription_id,
                claim.period,
                claim.last_error,
            )
            return "abandoned"
        async with self._builds:
            digest = await self.build_digest(sub, claim)
        if not digest.entries and sub.quiet:
            await self._finish(claim, "sent")
            return "quiet"
        return await self._post_with_retries(claim, sub, digest)

    async def _post_with_retries(
        self, claim: Delivery, sub: Subscription, digest: Digest
    ) -> Outcome:
        adapter = self.adapters.get(sub.destination.platform)
        platform = sub.destination.platform
        parts = list(claim.message_ids)

        async def record(message_id: str) -> None:
            parts.append(message_id)
            await self.store.record_parts(claim.id, self.owner, parts)

        attempt = claim.attempts
        while True:
            attempt += 1
            try:
                if adapter is None:
                    raise PostError(f"no {platform} adapter is running")
                await self.limiter.acquire(platform)
                posted = await adapter.post_digest(
                    sub.destination, digest, PostProgress(tuple(parts), record)
                )
            except PostError as exc:
                now = self.clock.now()
                if exc.permanent:
                    ids = await self.store.disable_channel(sub.destination, exc.reason)
                    await self._finish(claim, "abandoned", error=exc.reason)
                    log.warning(
                        "channel %s refused digest #%s (%s); disabled subscriptions %s",
                        sub.destination,
                        sub.id,
                        exc.reason,
                        ids,
                    )
                    return "abandoned"
                if exc.retry_after is not None:
                    await self.limiter.pause(platform, exc.retry_after)
                wait = backoff_seconds(attempt, self.settings.retry_base_seconds, exc.retry_after)
                log.warning(
                    "posting digest #%s to %s failed (attempt %s): %s; retrying in %.0f s",
                    sub.id,
                    sub.destination,
                    attempt,
                    exc.reason,
                    wait,
                )
                if attempt - claim.attempts >= self.settings.max_attempts:
                    await self._finish(
                        claim,
                        "failed",
                        error=exc.reason,
                        next_attempt_at=now + timedelta(seconds=wait),
                    )
                    return "failed"
                await self._sleep(wait)
                continue
            await self._finish(claim, "sent", message_ids=posted.message_ids or tuple(parts))
            log.info(
                "posted digest #%s (%s) to %s: %d stories",
                sub.id,
                claim.period,
                sub.destination,
                len(digest.entries),
            )
            return "sent"

    async def _finish(
        self,
        claim: Delivery,
        status: str,
        *,
        error: str | None = None,
        message_ids: tuple[str, ...] = (),
        next_attempt_at: datetime | None = None,
    ) -> None:
        await self.store.finish_delivery(
            claim.id,
            self.owner,
            status=status,
            now=self.clock.now(),
            message_ids=message_ids,
            error=error,
            next_attempt_at=next_attempt_at,
        )

    async def build_digest(self, sub: Subscription, claim: Delivery) -> Digest:
        """The digest for a claimed period: stories fetched in the claim's window, from the
        feeds the subscription's workspace reads."""
        try:
            topic = parse_topic(sub.topic)
        except TopicError:
            topic = None
        local = claim.due_at.astimezone(ZoneInfo(sub.timezone))
        return await self.digests.build(
            topic,
            since=claim.window_start,
            until=claim.window_end,
            title=f"Daily digest: {sub.topic} · {local:%a %d %b %Y}",
            reader=Owner.of(sub.destination),
        )
