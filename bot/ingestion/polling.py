"""When to poll a feed next: pure functions of "now" and what the server said.

A healthy feed is polled every `[feeds] poll_minutes`, or less often when its
`<ttl>`, `Cache-Control: max-age` or `Retry-After` ask for it, never less often
than `max_poll_minutes`. A failing feed backs off exponentially.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

from bot.settings import FeedSettings

_MAX_AGE = re.compile(r"(?:^|[,\s])max-age\s*=\s*(\d+)", re.IGNORECASE)


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds from now: either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - now).total_seconds())


def max_age_seconds(cache_control: str | None) -> float | None:
    """The max-age of a Cache-Control header, if any."""
    if not cache_control:
        return None
    match = _MAX_AGE.search(cache_control)
    return float(match.group(1)) if match else None


def next_poll_after_success(
    now: datetime,
    settings: FeedSettings,
    *,
    ttl_minutes: float | None = None,
    cache_control: str | None = None,
    retry_after: str | None = None,
) -> datetime:
    """The next poll of a feed that answered: the longest interval the server asked for."""
    minutes = settings.poll_minutes
    if ttl_minutes:
        minutes = max(minutes, ttl_minutes)
    age = max_age_seconds(cache_control)
    if age:
        minutes = max(minutes, age / 60)
    wait = retry_after_seconds(retry_after, now)
    if wait:
        minutes = max(minutes, wait / 60)
    return now + timedelta(minutes=min(minutes, settings.max_poll_minutes))


def next_poll_after_failure(
    now: datetime, settings: FeedSettings, failures: int, *, retry_after: str | None = None
) -> datetime:
    """Exponential backoff: poll_minutes × 2^failures, capped, or Retry-After if longer."""
    minutes = min(settings.poll_minutes * 2 ** max(0, failures), settings.max_poll_minutes)
    wait = retry_after_seconds(retry_after, now)
    if wait:
        minutes = max(minutes, min(wait / 60, settings.max_poll_minutes))
    return now + timedelta(minutes=minutes)
