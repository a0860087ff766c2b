"""When a subscription's digest is due: pure functions of "now", DST included.

A digest is due at the subscription's wall-clock time in its IANA zone each day.
On a spring-forward day a time inside the gap (02:30 when clocks jump from 02:00
to 03:00) is due at the same distance after the jump (03:30); on a fall-back day
an ambiguous time is due at its first occurrence. A digest's period is the
local date it is due on, which keys its delivery row.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def due_on(day: date, at: time, zone: str) -> datetime:
    """The UTC instant of `at` on local date `day` in `zone`."""
    return datetime.combine(day, at, tzinfo=ZoneInfo(zone)).astimezone(UTC)


def next_due(at: time, zone: str, now: datetime) -> datetime:
    """The first due instant strictly after `now`."""
    today = now.astimezone(ZoneInfo(zone)).date()
    for offset in (-1, 0, 1, 2):
        when = due_on(today + timedelta(days=offset), at, zone)
        if when > now:
            return when
    raise AssertionError("unreachable: a local time recurs every day")  # pragma: no cover


def next_run(at: time, zone: str, now: datetime, taken: Collection[str] = ()) -> datetime:
    """The first due instant after `now` whose period has no delivery yet.

    A period is delivered once: moving a subscription that was delivered today to a
    later time today makes its next run tomorrow's.
    """
    due = next_due(at, zone, now)
    for _ in range(len(taken)):
        if period_of(due, zone) not in taken:
            break
        due = next_due(at, zone, due)
    return due


def last_due(at: time, zone: str, now: datetime) -> datetime:
    """The latest due instant at or before `now`."""
    today = now.astimezone(ZoneInfo(zone)).date()
    for offset in (1, 0, -1, -2):
        when = due_on(today + timedelta(days=offset), at, zone)
        if when <= now:
            return when
    raise AssertionError("unreachable: a local time recurs every day")  # pragma: no cover


def period_of(due: datetime, zone: str) -> str:
    """The local date (YYYY-MM-DD) a due instant belongs to."""
    return due.astimezone(ZoneInfo(zone)).date().isoformat()
