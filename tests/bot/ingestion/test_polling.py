from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.ingestion.polling import (
    max_age_seconds,
    next_poll_after_failure,
    next_poll_after_success,
    retry_after_seconds,
)
from bot.settings import FeedSettings

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
FEEDS = FeedSettings(poll_minutes=15, max_poll_minutes=360)


def test_default_interval() -> None:
    assert next_poll_after_success(NOW, FEEDS) == NOW + timedelta(minutes=15)


def test_server_hints_lengthen_but_never_shorten_the_interval() -> None:
    assert next_poll_after_success(NOW, FEEDS, ttl_minutes=60) == NOW + timedelta(minutes=60)
    assert next_poll_after_success(NOW, FEEDS, cache_control="public, max-age=3600") == (
        NOW + timedelta(hours=1)
    )
    assert next_poll_after_success(NOW, FEEDS, ttl_minutes=5) == NOW + timedelta(minutes=15)
    assert next_poll_after_success(NOW, FEEDS, retry_after="7200") == NOW + timedelta(hours=2)
    assert next_poll_after_success(NOW, FEEDS, ttl_minutes=10_000) == NOW + timedelta(hours=6)


def test_backoff_doubles_up_to_the_cap_and_honours_retry_after() -> None:
    waits = [next_poll_after_failure(NOW, FEEDS, n) - NOW for n in range(1, 7)]
    assert waits == [timedelta(minutes=m) for m in (30, 60, 120, 240, 360, 360)]
    assert next_poll_after_failure(NOW, FEEDS, 1, retry_after="10800") == NOW + timedelta(hours=3)


def test_header_parsing() -> None:
    assert retry_after_seconds("120", NOW) == 120
    assert retry_after_seconds("Thu, 26 Nov 2026 12:30:00 GMT", NOW) == 1800
    assert retry_after_seconds("soon", NOW) is None
    assert max_age_seconds("no-cache, max-age=60") == 60
    assert max_age_seconds("no-store") is None
