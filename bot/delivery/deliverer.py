"""Exactly-once digest delivery: claim, build, post, record — or retry, never drop.

For each (subscription, local date) one delivery row exists (a unique key). A
process claims it in one transaction with a lease; only the holder posts. The
row is marked sent, with the platform's message ids, only after the platform
accepted the post. A platform error is retried with backoff (honouring
retry-after); a permanent refusal (channel gone, no permission) disables the
channel's subscriptions with the reason. A claim whose holder died is taken
over when its lease runs out, so a crash between claim and post still ends in
exactly one post.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from bot.answers.topics import TopicError, parse_topic
from bot.clock import Clock
from bot.delivery import schedule
from bot.delivery.digest import DigestBuilder
from bot.models import Destination, Digest, Owner, Posted, PostError, Subscription
from bot.ports import ChatAdapter
from bot.settings import DigestSettings
from bot.storage.ports import Store
from bot.storage.records import Delivery

log = logging.getLogger(__name__)

Outcome = Literal["sent", "quiet", "taken", "failed", "abandoned", "skipped", "gone"]


def process_owner() -> str:
    """A name for this process in claim rows: host, pid and a random part."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def backoff_seconds(attempt: int, base: float, retry_after: float | None) -> float:
    """Exponential backoff with the platform's retry-after as a floor (capped at 15 min)."""
    wait = base * float(2 ** max(0, attempt - 1))
    if retry_after is not None:
        wait = max(wait, retry_after)
    return min(wait, 900.0)


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
    ) -> None:
        self.store = store
        self.digests = digests
        self.adapters = adapters
        self.settings = settings
        self.clock = clock
        self.owner = owner or process_owner()
        self._sleep = asyncio.sleep

    @property
    def grace(self) -> timedelta:
        return timedelta(hours=self.settings.grace_hours)

    @property
    def lease(self) -> timedelta:
        return timedelta(seconds=self.settings.lease_seconds)

    async def deliver(self, subscription_id: int, due_at: datetime) -> Outcome:
        """Deliver one subscription's digest due at `due_at`, if nobody has yet."""
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
        return await self._post_claimed(claim)

    async def resume(self) -> list[Outcome]:
        """Retry failed deliveries that are due, and take over claims whose holder died."""
        outcomes: list[Outcome] = []
        for row in await self.store.unfinished_deliveries(self.clock.now()):
            outcomes.append(await self._resume_one(row))
        return outcomes

    async def catch_up(self) -> list[Outcome]:
        """At start: post each subscription's latest digest if it was missed within the grace."""
        now = self.clock.now()
        outcomes: list[Outcome] = []
        for sub in await self.store.list_subscriptions(enabled_only=True):
            due = schedule.last_due(sub.at, sub.timezone, now)
            if due < sub.created_at:
                continue
            outcomes.append(await self.deliver(sub.id, due))
        log.info("caught up on missed digests: %s", ", ".join(outcomes) or "none due")
        return outcomes

    async def _resume_one(self, row: Delivery) -> Outcome:
        now = self.clock.now()
        claim = await self.store.claim_delivery(
            row.subscription_id,
            period=row.period,
            due_at=row.due_at,
            window_start=row.window_start,
            window_end=row.window_end,
            owner=self.owner,
            now=now,
            lease_until=now + self.lease,
        )
        if claim is None:
            return "taken"
        if now - row.due_at <= self.grace:
            return await self._post_claimed(claim)
        await self.store.finish_delivery(
            claim.id,
            self.owner,
            status="abandoned",
            now=now,
            error=f"gave up: not delivered within {self.settings.grace_hours:g} h "
            f"(last error: {row.last_error or 'none'})",
        )
        log.warning(
            "abandoned digest of subscription #%s for %s: %s",
            row.subscription_id,
            row.period,
            row.last_error,
        )
        return "abandoned"

    async def _post_claimed(self, claim: Delivery) -> Outcome:
        sub = await self.store.get_subscription(claim.subscription_id)
        if sub is None:
            return "gone"
        digest = await self.build_digest(sub, claim)
        if not digest.entries and sub.quiet:
            await self.store.finish_delivery(
                claim.id, self.owner, status="sent", now=self.clock.now()
            )
            return "quiet"
        adapter = self.adapters.get(sub.destination.platform)
        attempt = claim.attempts
        while True:
            attempt += 1
            try:
                if adapter is None:
                    raise PostError(f"no {sub.destination.platform} adapter is running")
                posted = await self._post_with_lease(adapter, claim, sub.destination, digest)
            except PostError as exc:
                now = self.clock.now()
                if exc.permanent:
                    ids = await self.store.disable_channel(sub.destination, exc.reason)
                    await self.store.finish_delivery(
                        claim.id, self.owner, status="abandoned", now=now, error=exc.reason
                    )
                    log.warning(
                        "channel %s refused digest #%s (%s); disabled subscriptions %s",
                        sub.destination,
                        sub.id,
                        exc.reason,
                        ids,
                    )
                    return "abandoned"
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
                    await self.store.finish_delivery(
                        claim.id,
                        self.owner,
                        status="failed",
                        now=now,
                        error=exc.reason,
                        next_attempt_at=now + timedelta(seconds=wait),
                    )
                    return "failed"
                await self.store.renew_lease(
                    claim.id, self.owner, now + self.lease + timedelta(seconds=wait)
                )
                await self._sleep(wait)
                continue
            await self.store.finish_delivery(
                claim.id,
                self.owner,
                status="sent",
                now=self.clock.now(),
                message_ids=posted.message_ids,
            )
            log.info(
                "posted digest #%s (%s) to %s: %d stories",
                sub.id,
                claim.period,
                sub.destination,
                len(digest.entries),
            )
            return "sent"

    async def _post_with_lease(
        self, adapter: ChatAdapter, claim: Delivery, destination: Destination, digest: Digest
    ) -> Posted:
        """Post while renewing the lease, so a slow platform does not let others take over."""

        async def renew() -> None:
            while True:
                await asyncio.sleep(self.lease.total_seconds() / 3)
                await self.store.renew_lease(claim.id, self.owner, self.clock.now() + self.lease)

        keeper = asyncio.create_task(renew())
        try:
            return await adapter.post_digest(destination, digest)
        finally:
            keeper.cancel()

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
