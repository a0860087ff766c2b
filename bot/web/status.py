"""What the status page shows, read from the store through the core's protocols.

`StatusStore` is the part of the store the page needs (no SQL here). The loaders
read it once per request; the rest are pure functions that turn the values into
rows for the templates and into the JSON document of `GET /api/status`.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from bot.delivery.schedule import next_due
from bot.models import Feed, Subscription
from bot.storage.ports import Feeds, StatusReader, Subscriptions, Workers
from bot.storage.records import DayCount, DeliveryRecord, StatusCounts, WorkerBeat
from bot.web.charts import every_day

CHART_DAYS = 30
COUNT_DAYS = 7
RECENT_DELIVERIES = 300
STATUSES = {"claimed": "posting", "sent": "posted", "failed": "retrying", "abandoned": "abandoned"}
FEED_SORTS = ("state", "url", "title", "owner", "last_fetch", "next_poll", "failures", "articles")
PLATFORM_OWNERS = {"slack": "Slack workspace", "discord": "Discord server"}


class StatusStore(Feeds, Subscriptions, StatusReader, Workers, Protocol):
    """The areas of the store the status page reads."""


@dataclass(frozen=True)
class ProcessInfo:
    """This newsbot process, as the Workers section shows it."""

    owner: str  # the name its delivery claims carry
    host: str
    pid: int
    started_at: datetime

    @classmethod
    def current(cls, owner: str, now: datetime) -> ProcessInfo:
        """This process, started `now`."""
        return cls(owner, socket.gethostname(), os.getpid(), now)


@dataclass(frozen=True)
class Overview:
    """The counts and the two daily series of the overview."""

    now: datetime
    counts: StatusCounts
    articles: tuple[DayCount, ...]
    digests: tuple[DayCount, ...]


@dataclass(frozen=True)
class FeedRow:
    """One feed as the Feeds table shows it."""

    feed: Feed
    state: str  # "disabled", "failing", "waiting" (never fetched) or "ok"
    owner: str
    reason: str | None


@dataclass(frozen=True)
class SubscriptionRow:
    """One subscription with its next run and its latest delivery."""

    subscription: Subscription
    next_run: datetime | None
    latest: DeliveryRecord | None


# -- loaders (the only I/O) -------------------------------------------------------------


async def load_overview(store: StatusStore, now: datetime) -> Overview:
    """Counts over the last week and per-day series over the last 30 days (UTC days)."""
    first = (now - timedelta(days=CHART_DAYS - 1)).date()
    since = datetime.combine(first, datetime.min.time(), tzinfo=UTC)
    counts = await store.status_counts(now - timedelta(days=COUNT_DAYS))
    articles = every_day(await store.articles_per_day(since), first, now.date())
    digests = every_day(await store.digests_per_day(since), first, now.date())
    return Overview(now, counts, tuple(articles), tuple(digests))


async def load_subscriptions(store: StatusStore, now: datetime) -> list[SubscriptionRow]:
    """Every subscription with its next run and latest delivery."""
    latest = await store.latest_deliveries()
    return subscription_rows(await store.list_subscriptions(), latest, now)


# -- pure shaping -------------------------------------------------------------------------


def owner_label(feed: Feed) -> str:
    """Whose a feed is: the operator's, and/or the workspaces' and servers' that added it."""
    names = ["operator"] if feed.operator else []
    for owner in feed.owners:
        platform, _, workspace = owner.partition(":")
        names.append(f"{PLATFORM_OWNERS.get(platform, platform)} {workspace}".strip())
    return ", ".join(names) or "nobody"


def feed_state(feed: Feed) -> str:
    """disabled, failing, waiting (not fetched yet) or ok."""
    if feed.disabled_reason:
        return "disabled"
    if feed.failures:
        return "failing"
    return "waiting" if feed.last_polled_at is None else "ok"


STATE_RANK = {"disabled": 0, "failing": 1, "waiting": 2, "ok": 3}


def feed_rows(
    feeds: Sequence[Feed], sort: str = "state", descending: bool = False
) -> list[FeedRow]:
    """The Feeds table: by default failing and disabled feeds first, most failures first."""
    rows = [
        FeedRow(f, feed_state(f), owner_label(f), f.disabled_reason or f.last_error) for f in feeds
    ]
    if sort not in FEED_SORTS or sort == "state":
        rows.sort(key=lambda r: (STATE_RANK[r.state], -r.feed.failures, r.feed.url))
        return rows[::-1] if descending else rows
    values: dict[str, Any] = {
        "url": lambda r: r.feed.url,
        "title": lambda r: r.feed.title.casefold(),
        "owner": lambda r: r.owner.casefold(),
        "last_fetch": lambda r: r.feed.last_polled_at,
        "next_poll": lambda r: None if r.state == "disabled" else r.feed.next_poll_at,
        "failures": lambda r: r.feed.failures,
        "articles": lambda r: r.feed.article_count,
    }
    value = values[sort]
    known = sorted((r for r in rows if value(r) is not None), key=value, reverse=descending)
    return known + [r for r in rows if value(r) is None]  # unknown values last either way


def subscription_rows(
    subscriptions: Sequence[Subscription], latest: dict[int, DeliveryRecord], now: datetime
) -> list[SubscriptionRow]:
    """Paused subscriptions first, then those whose last digest failed, then by next run."""
    rows = [
        SubscriptionRow(
            s,
            None if s.disabled_reason else next_due(s.at, s.timezone, now),
            latest.get(s.id),
        )
        for s in subscriptions
    ]

    def rank(row: SubscriptionRow) -> tuple[int, datetime, int]:
        trouble = row.latest is not None and row.latest.delivery.status in {"failed", "abandoned"}
        order = 0 if row.subscription.disabled_reason else 1 if trouble else 2
        return order, row.next_run or now, row.subscription.id

    return sorted(rows, key=rank)


def relative(when: datetime | None, now: datetime) -> str:
    """`5 min ago`, `in 3 h`, `2 days ago`; an em dash for no time."""
    if when is None:
        return "—"
    seconds = (when - now).total_seconds()
    size = abs(seconds)
    if size < 60:
        return "just now" if seconds <= 0 else "in under a minute"
    if size < 3600:
        amount = f"{int(size // 60)} min"
    elif size < 48 * 3600:
        amount = f"{int(size // 3600)} h"
    else:
        amount = f"{int(size // 86400)} days"
    return f"{amount} ago" if seconds < 0 else f"in {amount}"


# -- the JSON document ----------------------------------------------------------------------


def _iso(when: datetime | None) -> str | None:
    return None if when is None else when.isoformat()


def delivery_json(record: DeliveryRecord) -> dict[str, Any]:
    """One delivery for `GET /api/status`."""
    d = record.delivery
    return {
        "id": d.id,
        "subscription_id": d.subscription_id,
        "platform": record.destination.platform,
        "workspace": record.destination.workspace,
        "channel": record.destination.channel,
        "topic": record.topic,
        "period": d.period,
        "due_at": _iso(d.due_at),
        "status": d.status,
        "attempts": d.attempts,
        "sent_at": _iso(record.sent_at),
        "next_attempt_at": _iso(record.next_attempt_at),
        "error": d.last_error,
        "claimed_by": record.claimed_by,
    }


def status_document(
    overview: Overview,
    feeds: Sequence[FeedRow],
    subscriptions: Sequence[SubscriptionRow],
    deliveries: Sequence[DeliveryRecord],
    process: ProcessInfo,
    beats: Sequence[WorkerBeat] = (),
) -> dict[str, Any]:
    """Everything the pages show, as one JSON document for monitoring."""
    counts = overview.counts
    return {
        "generated_at": _iso(overview.now),
        "counts": {
            "feeds": counts.feeds,
            "feeds_failing": counts.failing,
            "feeds_disabled": counts.disabled,
            "subscriptions": counts.subscriptions,
            "subscriptions_paused": counts.paused,
            "digests_posted_7d": counts.posted,
            "digests_retrying_7d": counts.retrying,
            "digests_abandoned_7d": counts.abandoned,
            "articles": counts.articles,
        },
        "articles_per_day": [
            {"day": d.day.isoformat(), "count": d.count} for d in overview.articles
        ],
        "digests_per_day": [{"day": d.day.isoformat(), "count": d.count} for d in overview.digests],
        "feeds": [
            {
                "id": r.feed.id,
                "url": r.feed.url,
                "title": r.feed.title,
                "operator": r.feed.operator,
                "owners": list(r.feed.owners),
                "state": r.state,
                "failures": r.feed.failures,
                "reason": r.reason,
                "last_fetch": _iso(r.feed.last_polled_at),
                "next_poll": None if r.state == "disabled" else _iso(r.feed.next_poll_at),
                "articles": r.feed.article_count,
            }
            for r in feeds
        ],
        "subscriptions": [
            {
                "id": r.subscription.id,
                "platform": r.subscription.destination.platform,
                "workspace": r.subscription.destination.workspace,
                "channel": r.subscription.destination.channel,
                "topic": r.subscription.topic,
                "at": r.subscription.at.strftime("%H:%M"),
                "timezone": r.subscription.timezone,
                "quiet": r.subscription.quiet,
                "paused": r.subscription.disabled_reason,
                "next_run": _iso(r.next_run),
                "last_sent_at": _iso(r.subscription.last_sent_at),
                "latest_delivery": None if r.latest is None else delivery_json(r.latest),
            }
            for r in subscriptions
        ],
        "deliveries": [delivery_json(d) for d in deliveries],
        "workers": {
            "mode": "one process" if len(beats) <= 1 else f"{len(beats)} workers",
            "processes": [
                {
                    "owner": b.name,
                    "host": b.host,
                    "pid": b.pid,
                    "started_at": _iso(b.started_at),
                    "heartbeat_at": _iso(b.heartbeat_at),
                    "holding": b.holding,
                    "adapters": b.detail,
                }
                for b in beats
            ]
            or [
                {
                    "owner": process.owner,
                    "host": process.host,
                    "pid": process.pid,
                    "started_at": _iso(process.started_at),
                }
            ],
        },
    }
