"""The values the store takes and gives besides the core's models."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from bot.ingestion.fingerprint import Fingerprint
from bot.models import Destination, Feed


@dataclass(frozen=True)
class NewArticle:
    """An article ready to store: cleaned, with its dedupe keys and fingerprint."""

    title: str
    text: str
    source: str
    url: str | None
    guid: str | None
    published_at: datetime | None
    content_hash: str
    fingerprint: Fingerprint
    feed_id: int | None = None


@dataclass(frozen=True)
class FingerprintRow:
    """A stored article's fingerprint, for near-duplicate grouping."""

    article_id: int
    story_id: int
    published_at: datetime | None
    fingerprint: Fingerprint


@dataclass(frozen=True)
class MatchInfo:
    """What ranking needs of a matched article before its text is read."""

    article_id: int
    story_id: int
    source: str
    url: str | None
    when: datetime  # published, or fetched when the publication date is unknown
    fetched_at: datetime

    def from_outlets(self, names: Sequence[str]) -> bool:
        """Whether the outlet's name or URL contains one of the words (`source:` in a
        topic); true for no words."""
        where = f"{self.source} {self.url or ''}".lower()
        return not names or any(name.lower() in where for name in names)


@dataclass(frozen=True)
class MatchRow:
    """An article matching a search, with its BM25 rank (lower is better); ranked from
    the index and the row's small columns, before any text is read."""

    match: MatchInfo
    rank: float


@dataclass(frozen=True)
class Delivery:
    """One subscription's digest for one local date."""

    id: int
    subscription_id: int
    period: str
    due_at: datetime
    window_start: datetime
    window_end: datetime
    status: str
    attempts: int
    last_error: str | None = None
    message_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class FeedState:
    """What polling keeps per feed between fetches."""

    feed: Feed
    etag: str | None
    last_modified: str | None
    ttl_minutes: float | None


@dataclass(frozen=True)
class WorkerBeat:
    """A `newsbot run` process as its heartbeat row shows it."""

    name: str
    host: str
    pid: int
    started_at: datetime
    heartbeat_at: datetime
    holding: int = 0
    detail: str = ""


@dataclass(frozen=True)
class DueDigest:
    """A subscription's digest that fell due: the row a scheduler loop writes.

    `window_start` is where its stories start when the subscription has no earlier
    digest; `next_due_at` is the subscription's next due time after this one.
    """

    subscription_id: int
    period: str
    due_at: datetime
    window_start: datetime
    next_due_at: datetime


@dataclass(frozen=True)
class StatusCounts:
    """The store at a glance: feeds, subscriptions, recent deliveries, articles."""

    feeds: int  # polled (the operator's or some workspace's)
    failing: int  # polled, failed their last poll, not yet disabled
    disabled: int  # polled but disabled after too many failures
    subscriptions: int
    paused: int  # disabled because the platform refused the channel
    posted: int  # digests sent since the time asked for
    retrying: int  # digests due since then whose last attempt failed, to be retried
    abandoned: int  # digests due since then given up after too many attempts
    articles: int


@dataclass(frozen=True)
class DayCount:
    """How many things happened on one UTC day."""

    day: date
    count: int


@dataclass(frozen=True)
class DeliveryRecord:
    """A delivery with what an operator needs beside it: where, what, when, who holds it."""

    delivery: Delivery
    destination: Destination
    topic: str
    sent_at: datetime | None
    next_attempt_at: datetime | None
    claimed_by: str | None


@dataclass(frozen=True)
class Pruned:
    """What one retention batch deleted."""

    articles: int = 0
    stories: int = 0
