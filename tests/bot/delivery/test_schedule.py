"""Due times as pure functions of "now", including DST days, and agreement with APScheduler."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.cron import CronTrigger

from bot.delivery.deliverer import due_digests
from bot.delivery.schedule import due_on, last_due, next_due, period_of
from bot.models import Destination, Subscription


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_next_and_last_due_around_the_time() -> None:
    at = time(8, 0)
    assert next_due(at, "Europe/Berlin", utc(2026, 11, 26, 6, 59)) == utc(2026, 11, 26, 7, 0)
    assert next_due(at, "Europe/Berlin", utc(2026, 11, 26, 7, 0)) == utc(2026, 11, 27, 7, 0)
    assert last_due(at, "Europe/Berlin", utc(2026, 11, 26, 7, 0)) == utc(2026, 11, 26, 7, 0)
    assert last_due(at, "Europe/Berlin", utc(2026, 11, 26, 6, 59)) == utc(2026, 11, 25, 7, 0)


def test_zone_ahead_of_utc_crosses_the_date_line() -> None:
    # 07:00 in Auckland (UTC+13 in November) is 18:00 UTC the day before.
    assert next_due(time(7), "Pacific/Auckland", utc(2026, 11, 26, 12)) == utc(2026, 11, 26, 18)
    assert period_of(utc(2026, 11, 26, 18), "Pacific/Auckland") == "2026-11-27"


def test_spring_forward_gap_posts_after_the_jump() -> None:
    # New York jumps 02:00 → 03:00 on 2026-03-08; 02:30 does not exist that day.
    due = due_on(date(2026, 3, 8), time(2, 30), "America/New_York")
    assert due == utc(2026, 3, 8, 7, 30)  # = 03:30 EDT
    assert period_of(due, "America/New_York") == "2026-03-08"


def test_fall_back_ambiguous_time_posts_once_at_first_occurrence() -> None:
    # Berlin repeats 02:00–03:00 on 2026-10-25; 02:30 happens twice.
    first = due_on(date(2026, 10, 25), time(2, 30), "Europe/Berlin")
    assert first == utc(2026, 10, 25, 0, 30)  # 02:30 CEST
    after = next_due(time(2, 30), "Europe/Berlin", first)
    assert after.date() == date(2026, 10, 26), "not again an hour later"


def test_local_time_is_kept_across_dst() -> None:
    before = next_due(time(8), "Europe/London", utc(2026, 3, 28, 12))
    after = next_due(time(8), "Europe/London", before)
    assert (before, after) == (utc(2026, 3, 29, 7), utc(2026, 3, 30, 7))  # GMT → BST


@pytest.mark.parametrize(
    "zone",
    [
        "Europe/Berlin",
        "America/New_York",
        "Australia/Sydney",
        "Asia/Kolkata",
        "UTC",
        "America/Santiago",
    ],
)
@pytest.mark.parametrize("at", [time(0, 0), time(2, 30), time(8, 0), time(23, 59)])
def test_due_times_come_once_a_day_for_a_year(zone: str, at: time) -> None:
    """Every local day of 2026 falls due exactly once, at the local time (DST included)."""
    fired = next_due(at, zone, utc(2026, 1, 1))
    periods = []
    moved = 0
    while fired < utc(2027, 1, 1):
        periods.append(period_of(fired, zone))
        moved += fired.astimezone(ZoneInfo(zone)).time() != at
        fired = next_due(at, zone, fired)
    assert len(periods) == len(set(periods)), "no local day twice"
    assert len(periods) >= 364
    assert moved <= 1, "only a spring-forward gap moves the time, by the gap"


def test_the_scheduler_loop_writes_each_due_digest_once_within_the_grace() -> None:
    sub = Subscription(
        1,
        Destination("console", "", "c"),
        "x",
        time(8),
        "Europe/Berlin",
        "me",
        utc(2026, 11, 20),
        next_due_at=utc(2026, 11, 25, 7),
    )
    grace, first = timedelta(hours=6), timedelta(hours=24)
    # down for a day: yesterday's digest is past the grace, today's is not
    due, following = due_digests(sub, utc(2026, 11, 26, 9), grace, first)
    assert [d.period for d in due] == ["2026-11-26"]
    assert due[0].window_start == utc(2026, 11, 19)
    assert following == utc(2026, 11, 27, 7)
    nothing, same = due_digests(sub, utc(2026, 11, 25, 6, 59), grace, first)
    assert nothing == [] and same == utc(2026, 11, 25, 7)


def test_why_not_apscheduler_cron_trigger() -> None:
    """APScheduler 3's CronTrigger skips the day after Berlin's spring-forward at midnight;
    due times come from `next_due` instead."""
    cron = CronTrigger(hour=0, minute=0, timezone=ZoneInfo("Europe/Berlin"))
    after = utc(2026, 3, 29, 22, 0) + timedelta(microseconds=1)  # just after 30 Mar 00:00 CEST
    skipped = cron.get_next_fire_time(None, utc(2026, 3, 28, 23, 0) + timedelta(microseconds=1))
    assert skipped == datetime(2026, 3, 31, 0, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert next_due(time(0), "Europe/Berlin", utc(2026, 3, 28, 23, 1)) == utc(2026, 3, 29, 22)
    assert next_due(time(0), "Europe/Berlin", after) == utc(2026, 3, 30, 22, 0)
