"""Posting within the platforms' rate limits, shared by every worker.

Slack and Discord limit a bot token, not a process, so the token buckets live in
the database (`Workers.take_token`): any number of `newsbot run` processes draw
from the same bucket per platform, and a 429 pauses the platform for all of them.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta

from bot.clock import Clock
from bot.storage.ports import Workers

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Limit:
    """Posts a second on a route, and how many may go at once after a quiet spell."""

    per_second: float
    burst: float


class RateLimiter:
    """Waits until a route's shared bucket has a post left (routes without a limit: never)."""

    def __init__(
        self,
        store: Workers,
        limits: Mapping[str, Limit],
        clock: Clock,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.store = store
        self.limits = dict(limits)
        self.clock = clock
        self._sleep = sleep

    async def acquire(self, route: str) -> None:
        """Return when one post may go on `route`."""
        limit = self.limits.get(route)
        if limit is None:
            return
        while True:
            wait = await self.store.take_token(
                route, rate=limit.per_second, burst=limit.burst, now=self.clock.now()
            )
            if wait <= 0:
                return
            await self._sleep(wait)

    async def pause(self, route: str, seconds: float) -> None:
        """The platform said 429 with this retry-after: nobody posts on `route` until then."""
        log.warning("%s asked to wait %.1f s; pausing its posts for every worker", route, seconds)
        await self.store.pause_route(route, self.clock.now() + timedelta(seconds=seconds))
