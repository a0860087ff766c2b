"""The pure parts of the page: charts, feed order, subscription rows, relative times."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, time, timedelta

from bot.models import Destination, Feed, Subscription
from bot.storage.records import DayCount, Delivery, DeliveryRecord
from bot.web.charts import bar_chart, every_day
from bot.web.status import feed_rows, owner_label, relative, subscription_rows

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
SVG = "{http://www.w3.org/2000/svg}"


def test_every_day_fills_the_gaps_with_zeros() -> None:
    days = every_day([DayCount(date(2026, 11, 3), 4)], date(2026, 11, 1), date(2026, 11, 4))
    assert [(d.day.day, d.count) for d in days] == [(1, 0), (2, 0), (3, 4), (4, 0)]


def test_bar_chart_is_valid_svg_with_one_bar_a_day_scaled_to_the_peak() -> None:
    days = every_day(
        [DayCount(date(2026, 11, 20), 10), DayCount(date(2026, 11, 26), 5)],
        date(2026, 10, 28),
        date(2026, 11, 26),
    )
    svg = ET.fromstring(str(bar_chart(days, title="Articles <per> day", unit="articles")))
    bars = svg.findall(f"{SVG}rect")
    assert len(bars) == 30
    heights = [float(b.get("height", "0")) for b in bars]
    assert heights[-1] * 2 == heights[-7] and max(heights) == heights[-7] and heights[0] == 0
    assert bars[-7].findtext(f"{SVG}title") == "2026-11-20: 10 articles"
    assert svg.findtext(f"{SVG}title") == "Articles <per> day", "escaped, then parsed back"
    assert "15 articles in 30 days; most on 20 Nov (10)" in (svg.get("aria-label") or "")
    labels = [t.text for t in svg.findall(f"{SVG}text")]
    assert {"10", "0", "28 Oct", "26 Nov"} <= set(labels)


def test_an_empty_chart_draws_no_bars_and_says_so() -> None:
    days = every_day([], date(2026, 11, 1), date(2026, 11, 30))
    svg = ET.fromstring(str(bar_chart(days, title="Digests", unit="digests")))
    assert all(float(b.get("height", "1")) == 0 for b in svg.findall(f"{SVG}rect"))
    assert svg.findtext(f"{SVG}desc") == "0 digests in 30 days"


def feed(n: int, **kwargs: object) -> Feed:
    base: dict[str, object] = {"last_polled_at": NOW, "next_poll_at": NOW}
    return Feed(
        id=n, url=f"https://f{n}.example/rss", title=f"Feed {n}", added_by="u", **{**base, **kwargs}
    )  # type: ignore[arg-type]


def test_feeds_failing_and_disabled_first_and_sortable_by_column() -> None:
    feeds = [
        feed(1, article_count=5),
        feed(2, failures=2, last_error="HTTP 500"),
        feed(3, failures=8, disabled_reason="failed 8 times in a row: HTTP 404"),
        feed(4, failures=5, last_error="timed out"),
        feed(5, last_polled_at=None),
    ]
    rows = feed_rows(feeds)
    assert [r.feed.id for r in rows] == [3, 4, 2, 5, 1]
    assert [r.state for r in rows] == ["disabled", "failing", "failing", "waiting", "ok"]
    assert rows[0].reason == "failed 8 times in a row: HTTP 404" and rows[1].reason == "timed out"
    assert feed_rows(feeds, "articles", descending=True)[0].feed.id == 1
    assert [r.feed.id for r in feed_rows(feeds, "last_fetch")][-1] == 5, "never fetched: last"
    assert [r.feed.id for r in feed_rows(feeds, "next_poll")][-1] == 3, "disabled: never polled"
    assert [r.feed.id for r in feed_rows(feeds, "bogus")] == [3, 4, 2, 5, 1]


def test_owners_are_named_by_platform() -> None:
    both = feed(1, operator=True, owners=("slack:T0A", "discord:1200"))
    assert owner_label(both) == "operator, Slack workspace T0A, Discord server 1200"
    assert owner_label(feed(2)) == "nobody"


def test_subscriptions_paused_then_failing_first_with_next_run() -> None:
    def sub(n: int, at: time, paused: str | None = None) -> Subscription:
        return Subscription(
            n, Destination("slack", "T0A", f"C{n}"), "x", at, "Europe/Berlin", "u", NOW,
            disabled_reason=paused,
        )  # fmt: skip

    def record(sub_id: int, status: str) -> DeliveryRecord:
        delivery = Delivery(sub_id, sub_id, "2026-11-26", NOW, NOW, NOW, status, 1)
        return DeliveryRecord(delivery, Destination("slack", "T0A", "C"), "x", None, None, "w")

    subs = [sub(1, time(8)), sub(2, time(11)), sub(3, time(7), "channel_not_found")]
    rows = subscription_rows(subs, {1: record(1, "sent"), 2: record(2, "abandoned")}, NOW)
    assert [r.subscription.id for r in rows] == [3, 2, 1]
    assert rows[0].next_run is None
    assert rows[1].next_run == datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # 11:00 in Berlin
    assert rows[2].next_run == datetime(2026, 11, 27, 7, 0, tzinfo=UTC), "08:00 Berlin has passed"


def test_relative_times_read_like_a_person_says_them() -> None:
    assert relative(None, NOW) == "—"
    assert relative(NOW - timedelta(seconds=20), NOW) == "just now"
    assert relative(NOW - timedelta(minutes=5), NOW) == "5 min ago"
    assert relative(NOW + timedelta(hours=3, minutes=10), NOW) == "in 3 h"
    assert relative(NOW - timedelta(days=3), NOW) == "3 days ago"
