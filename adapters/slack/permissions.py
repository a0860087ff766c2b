"""Who may manage a channel's subscriptions and feeds, from `users.info`.

A workspace admin or owner may, and so may any user id listed in
`[slack] admins`. The lookup also gives the user's time zone, the default for
`/news subscribe` without one. Answers are cached for a few minutes, and
concurrent lookups of the same user share one call.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)

CACHE_SECONDS = 300.0


@dataclass(frozen=True)
class SlackUser:
    """What newsbot needs to know about a Slack user."""

    id: str
    is_admin: bool = False
    is_owner: bool = False
    timezone: str | None = None


@dataclass(frozen=True)
class Verdict:
    """The adapter's answer for one command: may the user manage, and their zone."""

    can_manage: bool
    timezone: str | None = None


def valid_zone(name: object) -> str | None:
    """An IANA zone name newsbot can use, or None."""
    if not isinstance(name, str) or not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


class UserDirectory:
    """`users.info`, cached per user for `ttl` seconds."""

    def __init__(
        self,
        client: AsyncWebClient,
        admins: Collection[str] = (),
        *,
        ttl: float = CACHE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.admins = frozenset(admins)
        self.ttl = ttl
        self.clock = clock
        self._cache: dict[str, tuple[float, asyncio.Task[SlackUser | None]]] = {}

    async def lookup(self, user_id: str) -> SlackUser | None:
        """The user, or None when Slack would not say (logged; treated as a regular user)."""
        now = self.clock()
        cached = self._cache.get(user_id)
        if cached is None or cached[0] <= now:
            task = asyncio.ensure_future(self._fetch(user_id))
            self._cache[user_id] = (now + self.ttl, task)
            self._forget_expired(now)
        else:
            task = cached[1]
        user = await asyncio.shield(task)
        if user is None:  # do not keep a failure for the whole ttl
            self._cache.pop(user_id, None)
        return user

    async def verdict(self, user_id: str) -> Verdict:
        """Whether the user may manage subscriptions and feeds, and their time zone."""
        user = await self.lookup(user_id)
        listed = user_id in self.admins
        if user is None:
            return Verdict(listed)
        return Verdict(listed or user.is_admin or user.is_owner, user.timezone)

    async def _fetch(self, user_id: str) -> SlackUser | None:
        try:
            response = await self.client.users_info(user=user_id)
        except SlackApiError as exc:
            log.warning("users.info for %s failed: %s", user_id, exc.response.get("error"))
            return None
        except (aiohttp.ClientError, OSError) as exc:  # OSError covers TimeoutError
            log.warning("users.info for %s failed: %s", user_id, type(exc).__name__)
            return None
        data = response.get("user") or {}
        return SlackUser(
            id=user_id,
            is_admin=bool(data.get("is_admin")),
            is_owner=bool(data.get("is_owner") or data.get("is_primary_owner")),
            timezone=valid_zone(data.get("tz")),
        )

    def _forget_expired(self, now: float) -> None:
        if len(self._cache) > 1000:
            for key in [k for k, (until, _) in self._cache.items() if until <= now]:
                del self._cache[key]
