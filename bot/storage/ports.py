"""The store as the core sees it: one protocol per area, and `Store`, all of them.

Two backends implement them (`bot.storage.sqlite`, `bot.storage.postgres`); the
core depends on these protocols only, and one contract suite
(`tests/bot/storage/test_contract.py`) runs against both.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, time
from typing import Protocol

from bot.models import Article, Destination, Feed, Owner, Subscription
from bot.storage.query import ArticleSearch, TextQuery
from bot.storage.records import (
    DayCount,
    Delivery,
    DeliveryRecord,
    DueDigest,
    FeedState,
    FingerprintRow,
    MatchInfo,
    MatchRow,
    NewArticle,
    Pruned,
    StatusCounts,
    WorkerBeat,
)


class Feeds(Protocol):
    """The feeds polled, whose they are, and how their polls went."""

    async def add_feed(
        self, url: str, title: str, added_by: str, now: datetime, owner: Owner | None = None
    ) -> tuple[Feed, bool]:
        """Add a feed for a workspace (or the operator, None); (feed, created for it)."""
        ...

    async def list_feeds(self, owner: Owner | None = None) -> list[Feed]:
        """A workspace's own feeds, or for None every feed still polled."""
        ...

    async def operator_feed_count(self) -> int:
        """How many of the operator's feeds are polled."""
        ...

    async def get_feed(self, feed_id: int) -> Feed | None:
        """One feed by id."""
        ...

    async def remove_feed(self, feed_id: int, owner: Owner | None, now: datetime) -> Feed | None:
        """Stop a workspace's feed (None: for everyone); None when it has no such feed."""
        ...

    async def feed_state(self, feed_id: int) -> FeedState | None:
        """A feed with its conditional-GET validators and TTL."""
        ...

    async def claim_due_feeds(self, now: datetime, hold_until: datetime) -> list[Feed]:
        """Feeds due for a poll, held until `hold_until` so no other process polls them."""
        ...

    async def record_poll(
        self,
        feed_id: int,
        *,
        now: datetime,
        next_poll_at: datetime,
        title: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        ttl_minutes: float | None = None,
    ) -> None:
        """A successful poll: reset failures, keep validators, plan the next."""
        ...

    async def record_poll_failure(
        self,
        feed_id: int,
        *,
        now: datetime,
        error: str,
        next_poll_at: datetime,
        max_failures: int,
    ) -> Feed | None:
        """A failed poll: count it, back off, disable the feed after `max_failures`."""
        ...


class Articles(Protocol):
    """Stored articles, their stories and the search index over them."""

    async def existing_keys(
        self, urls: Sequence[str], guids: Sequence[str], hashes: Sequence[str]
    ) -> dict[str, int]:
        """Which URLs, GUIDs and content hashes are stored, with their article ids."""
        ...

    async def link_articles(self, feed_id: int, article_ids: Sequence[int]) -> None:
        """Record that a feed carried articles stored before."""
        ...

    async def recent_fingerprints(
        self, since: datetime, limit: int = 20_000, *, after_id: int = 0
    ) -> list[FingerprintRow]:
        """Fingerprints of articles fetched since `since` (ids above `after_id`), newest
        first."""
        ...

    async def add_articles(
        self, batch: Iterable[tuple[NewArticle, int]], now: datetime
    ) -> tuple[list[int | None], dict[int, int]]:
        """Store articles in one transaction, each in its story (negative: a new one)."""
        ...

    async def article_count(self) -> int:
        """How many articles are stored."""
        ...

    async def story_count(self) -> int:
        """How many stories the stored articles make."""
        ...

    async def get_article(self, article_id: int) -> Article | None:
        """One article by id."""
        ...

    async def article_by_url(self, url: str, reader: Owner | None = None) -> Article | None:
        """One article by canonical URL, if `reader` may read it."""
        ...

    async def articles_by_ids(self, ids: Sequence[int]) -> dict[int, Article]:
        """Articles by id (missing ids are left out)."""
        ...

    async def story_articles(
        self, story_ids: Sequence[int], reader: Owner | None = None
    ) -> dict[int, list[Article]]:
        """The articles of each story that `reader` may read, oldest first."""
        ...

    async def story_source_counts(
        self, story_ids: Sequence[int], reader: Owner | None = None
    ) -> dict[int, int]:
        """How many different outlets carry each story."""
        ...

    async def match_articles(self, search: ArticleSearch) -> list[MatchRow]:
        """Articles matching a search, best first (newest first without a text query),
        ranked before any text is read."""
        ...

    async def rank_article_ids(
        self,
        query: TextQuery,
        *,
        min_id: int | None = None,
        max_id: int | None = None,
        limit: int = 50,
        reader: Owner | None = None,
    ) -> list[tuple[int, float]]:
        """(article id, BM25 rank) of the best matches with ids in [min_id, max_id],
        best (lowest) first."""
        ...

    async def stories_matching(
        self, query: TextQuery, story_ids: Sequence[int], reader: Owner | None = None
    ) -> set[int]:
        """Which of these stories hold an article `reader` may read that matches `query`
        (at any time: a digest drops a story any of whose articles is excluded)."""
        ...

    async def document_counts(self, index_terms: Sequence[str]) -> dict[str, int]:
        """How many articles contain each index term (`bot.storage.terms`)."""
        ...

    async def first_id_fetched_since(self, since: datetime) -> int | None:
        """The id of the first article fetched at or after `since`."""
        ...

    async def match_info(self, ids: Sequence[int]) -> dict[int, MatchInfo]:
        """Story, outlet and date of matched articles, before any text is read."""
        ...


class SummaryCache(Protocol):
    """Summaries computed once per article."""

    async def cached_summary(self, article_ids: Sequence[int]) -> dict[int, dict[str, list[str]]]:
        """Summaries already computed for these articles."""
        ...

    async def save_summaries(self, summaries: dict[int, dict[str, list[str]]]) -> None:
        """Cache computed summaries."""
        ...


class Subscriptions(Protocol):
    """Channels' daily digests."""

    async def upsert_subscription(
        self,
        destination: Destination,
        *,
        topic: str,
        topic_key: str,
        at: time,
        timezone: str,
        quiet: bool,
        created_by: str,
        now: datetime,
        next_due_at: datetime | None = None,
    ) -> tuple[Subscription, bool]:
        """Subscribe a channel to a topic, or update the same topic; (sub, created).
        `next_due_at` is set when the time or zone is new."""
        ...

    async def list_subscriptions(
        self, destination: Destination | None = None, *, enabled_only: bool = False
    ) -> list[Subscription]:
        """A channel's subscriptions (or all), oldest first."""
        ...

    async def get_subscription(self, sub_id: int) -> Subscription | None:
        """One subscription by id."""
        ...

    async def remove_subscriptions(self, ids: Sequence[int]) -> int:
        """Delete subscriptions and their history; how many."""
        ...

    async def disable_channel(self, destination: Destination, reason: str) -> list[int]:
        """Disable every subscription of a channel the platform refuses; their ids."""
        ...


class DeliveryLedger(Protocol):
    """Exactly-once digest delivery: one row per (subscription, period)."""

    async def claim_delivery(
        self,
        subscription_id: int,
        *,
        period: str,
        due_at: datetime,
        window_start: datetime,
        window_end: datetime,
        owner: str,
        now: datetime,
        lease_until: datetime,
    ) -> Delivery | None:
        """Claim the (subscription, period) digest, at most once; None when taken."""
        ...

    async def renew_lease(self, delivery_id: int, owner: str, lease_until: datetime) -> bool:
        """Extend this process's claim."""
        ...

    async def finish_delivery(
        self,
        delivery_id: int,
        owner: str,
        *,
        status: str,
        now: datetime,
        message_ids: Sequence[str] = (),
        error: str | None = None,
        next_attempt_at: datetime | None = None,
    ) -> bool:
        """Record the outcome of one attempt: 'sent', 'failed' or 'abandoned'."""
        ...

    async def last_window_end(self, subscription_id: int) -> datetime | None:
        """Where the subscription's last sent digest stopped."""
        ...

    async def unfinished_deliveries(self, now: datetime) -> list[Delivery]:
        """Failed deliveries due for retry, and claims whose lease expired."""
        ...

    async def deliveries_for(self, subscription_id: int) -> list[Delivery]:
        """A subscription's delivery history, newest first."""
        ...


class WorkQueue(Protocol):
    """Due digests as rows that any worker may claim (see bot/delivery/worker.py)."""

    async def subscriptions_due(self, now: datetime, limit: int = 500) -> list[Subscription]:
        """Enabled subscriptions whose next digest is due by `now` (or not worked out yet)."""
        ...

    async def enqueue_digests(self, due: Sequence[DueDigest]) -> int:
        """Write due digests as rows (once each) and move next due times on; how many new."""
        ...

    async def advance_due(self, subscription_id: int, next_due_at: datetime) -> None:
        """Move a subscription's next due time on without a digest."""
        ...

    async def claim_digests(
        self, owner: str, *, now: datetime, lease_until: datetime, limit: int
    ) -> list[Delivery]:
        """Claim due, retryable and abandoned-by-a-dead-worker digests, oldest first."""
        ...

    async def record_parts(self, delivery_id: int, owner: str, message_ids: Sequence[str]) -> bool:
        """Keep the parts of a digest posted so far, while this worker holds the claim."""
        ...

    async def notify_work(self) -> None:
        """Wake idle workers (only a hint)."""
        ...

    async def wait_for_work(self, seconds: float) -> None:
        """Sleep `seconds`, or until new work is announced where the backend can."""
        ...


class Workers(Protocol):
    """The `newsbot run` processes' heartbeats and the rate limits they share."""

    async def heartbeat(self, beat: WorkerBeat) -> None:
        """Record that a worker is alive, and what it holds."""
        ...

    async def forget_worker(self, name: str) -> None:
        """Remove a worker that stopped cleanly."""
        ...

    async def workers(self) -> list[WorkerBeat]:
        """Every worker's latest heartbeat, most recent first."""
        ...

    async def take_token(self, route: str, *, rate: float, burst: float, now: datetime) -> float:
        """Take a post from a route's shared token bucket; 0, or seconds to wait first."""
        ...

    async def pause_route(self, route: str, until: datetime) -> None:
        """Nobody posts on this route before `until` (the platform said 429)."""
        ...


class StatusReader(Protocol):
    """What the operator's status page reads: counts, daily series, delivery history.

    Feeds (with their owners) and subscriptions come from `Feeds.list_feeds` and
    `Subscriptions.list_subscriptions`; these add what no other area answers.
    """

    async def status_counts(self, since: datetime) -> StatusCounts:
        """Counts of feeds, subscriptions and articles, and of digests since `since`."""
        ...

    async def articles_per_day(self, since: datetime) -> list[DayCount]:
        """Articles stored per UTC day since `since`, oldest day first; days with none left out."""
        ...

    async def digests_per_day(self, since: datetime) -> list[DayCount]:
        """Digests posted per UTC day since `since`, oldest day first; days with none left out."""
        ...

    async def recent_deliveries(
        self, *, status: str | None = None, limit: int = 300
    ) -> list[DeliveryRecord]:
        """The latest deliveries (of one status, or all), newest due first."""
        ...

    async def latest_deliveries(self) -> dict[int, DeliveryRecord]:
        """Each subscription's latest delivery, by subscription id."""
        ...


class Retention(Protocol):
    """Deleting what is older than the settings keep, in small batches, while the bot runs."""

    async def prune_articles(self, before: datetime, limit: int) -> Pruned:
        """Delete up to `limit` of the oldest articles fetched before `before`, with their
        index entries, feed links and cached summaries, and the stories left empty."""
        ...

    async def prune_deliveries(self, before: datetime, limit: int) -> int:
        """Delete up to `limit` finished digest records due before `before` (a subscription's
        latest sent digest is kept: the next one starts where it stopped)."""
        ...

    async def reclaim_space(self) -> int:
        """Hand free space back to the file system where the backend needs asking; pages
        freed (0 where the server does it by itself)."""
        ...


class Store(
    Feeds,
    Articles,
    SummaryCache,
    Subscriptions,
    DeliveryLedger,
    WorkQueue,
    Workers,
    StatusReader,
    Retention,
    Protocol,
):
    """Every area of the store, on one database."""

    location: str
    """Where the database is, safe to show (a path, or a URL without its password)."""

    async def schema_version(self) -> int:
        """The highest applied migration number."""
        ...

    async def verify(self) -> None:
        """Raise a StoreError when the database is damaged (checked before `run` starts)."""
        ...

    async def close(self) -> None:
        """Release the connections."""
        ...
