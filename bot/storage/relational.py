"""The SQL both backends share: feeds, articles, summaries, subscriptions, deliveries.

`RelationalStore` implements every protocol of `bot.storage.ports` in SQL that
SQLite and PostgreSQL both speak (`?` placeholders, `ON CONFLICT`, `RETURNING`).
A backend subclass supplies the connection (`transaction`, `_read`), how values
cross the boundary (times, JSON, clock times), one aggregate, its migrations and
its full-text search; the contract suite checks that both behave the same.
"""

from __future__ import annotations

import abc
import asyncio
from collections.abc import Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import date, datetime, time
from typing import Any, Protocol

from bot.ingestion.fingerprint import Fingerprint
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

Row = Sequence[Any]

ARTICLE_COLUMNS = (
    "a.id, a.title, a.text, a.source, a.url, a.published_at, a.fetched_at, a.story_id, a.feed_id"
)
MATCH_COLUMNS = (
    "a.id, a.story_id, a.source, a.url, coalesce(a.published_at, a.fetched_at), a.fetched_at"
)
MAX_MATCHES = 5000  # index matches read at most to fill a search narrowed by outlet
SUBSCRIPTION_COLUMNS = (
    "s.id, s.platform, s.workspace, s.channel, s.topic, s.at, s.timezone, s.created_by, "
    "s.created_at, s.quiet, s.disabled_reason, "
    "(SELECT max(d.sent_at) FROM deliveries d WHERE d.subscription_id = s.id "
    " AND d.status = 'sent'), "
    "(SELECT d.status FROM deliveries d WHERE d.subscription_id = s.id "
    " ORDER BY d.period DESC LIMIT 1), s.next_due_at"
)
DELIVERY_COLUMNS = (
    "id, subscription_id, period, due_at, window_start, window_end, status, attempts, "
    "last_error, message_ids"
)
# A feed is polled while the operator or some workspace still wants it.
FEED_WANTED = (
    "(f.operator OR EXISTS (SELECT 1 FROM feed_owners o WHERE o.feed_id = f.id "
    "AND o.removed_at IS NULL))"
)
OWNED_BY = (
    "EXISTS (SELECT 1 FROM feed_owners o WHERE o.feed_id = f.id AND o.platform = ? "
    "AND o.workspace = ? AND o.removed_at IS NULL)"
)


def readable(reader: Owner | None, article_id: str) -> tuple[str, list[Any]]:
    """An SQL condition: the article (id expression) may be read by `reader`.

    An article is readable when no feed carried it (files and pages the operator
    ingested), or some feed that carried it is the operator's or the reader's own
    (including one the reader stopped: what it stored stays readable to it).
    None reads everything.
    """
    if reader is None:
        return "1 = 1", []
    return (
        f"(NOT EXISTS (SELECT 1 FROM article_feeds af WHERE af.article_id = {article_id}) "
        "OR EXISTS (SELECT 1 FROM article_feeds af JOIN feeds rf ON rf.id = af.feed_id "
        f"WHERE af.article_id = {article_id} AND (rf.operator OR EXISTS ("
        "SELECT 1 FROM feed_owners ro WHERE ro.feed_id = rf.id AND ro.platform = ? "
        "AND ro.workspace = ?))))",
        [reader.platform, reader.workspace],
    )


def _within(match: MatchInfo, search: ArticleSearch) -> bool:
    """Whether a matched article was fetched in the search's window, from its outlets."""
    if search.since is not None and match.fetched_at <= search.since:
        return False
    if search.until is not None and match.fetched_at > search.until:
        return False
    return match.from_outlets(search.sources)


def marks(values: Sequence[Any]) -> str:
    """`?, ?, ?` for an IN list."""
    return ", ".join("?" * len(values))


class Session(Protocol):
    """One connection inside a transaction."""

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run a statement; the number of rows it changed."""
        ...

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run a statement once per row of parameters."""
        ...

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run a query (or a statement with RETURNING); every row."""
        ...


class RelationalStore(abc.ABC):
    """Every store area in shared SQL; subclasses supply the connection and dialect."""

    location: str
    read_only = False
    LOCKS_ROWS = False  # PostgreSQL locks rows; SQLite's transactions lock the whole file
    OWNERS_AGG = "group_concat(o.platform || ':' || o.workspace, ' ')"

    # -- what a backend supplies ---------------------------------------------------

    @abc.abstractmethod
    def transaction(self) -> AbstractAsyncContextManager[Session]:
        """One all-or-nothing write."""

    @abc.abstractmethod
    async def _read(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Rows of a read-only query."""

    async def _write(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """One statement that writes (atomic by itself), and the rows it RETURNs.

        A transaction of its own on SQLite (its write lock); PostgreSQL runs it as
        it comes, one round trip instead of three (BEGIN, it, COMMIT).
        """
        async with self.transaction() as db:
            return await db.fetch(sql, params)

    @abc.abstractmethod
    async def close(self) -> None:
        """Release the connections."""

    @abc.abstractmethod
    def _stamp(self, when: datetime) -> Any:
        """A time as the database stores it."""

    @abc.abstractmethod
    def _when(self, value: Any) -> datetime:
        """A stored time as an aware datetime."""

    def _skip_locked(self, of: str = "") -> str:
        """Where rows are locked, a SELECT's clause to pass over rows another worker holds
        (and so never claim them twice, nor wait)."""
        if not self.LOCKS_ROWS:
            return ""
        return f" FOR UPDATE{f' OF {of}' if of else ''} SKIP LOCKED"

    def _maybe_when(self, value: Any) -> datetime | None:
        return None if value is None else self._when(value)

    def _maybe_stamp(self, when: datetime | None) -> Any:
        return None if when is None else self._stamp(when)

    @abc.abstractmethod
    def _day(self, column: str) -> str:
        """An SQL expression: the UTC date of a stored time, as 'YYYY-MM-DD' text."""

    @abc.abstractmethod
    def _clock(self, value: Any) -> time:
        """A stored time of day."""

    @abc.abstractmethod
    def _clock_param(self, at: time) -> Any:
        """A time of day as the database stores it."""

    def _new_id(self, table: str) -> str:
        """The SQL for a new row's id in `table`: the database's own (a sequence, which
        never gives an id twice)."""
        return "DEFAULT"

    @abc.abstractmethod
    def _json(self, value: Any) -> Any:
        """A JSON document as the database stores it."""

    @abc.abstractmethod
    def _from_json(self, value: Any) -> Any:
        """A stored JSON document as Python values."""

    @abc.abstractmethod
    async def _index(self, session: Session, rows: Sequence[tuple[int, NewArticle]]) -> None:
        """Add newly stored articles to the full-text index (in their transaction)."""

    async def _unindex(self, session: Session, article_ids: Sequence[int]) -> None:  # noqa: B027
        """Remove articles about to be deleted from the full-text index (in their
        transaction); nothing to do where triggers keep the index."""

    async def _prune_turn(self, session: Session) -> bool:
        """Whether this process may prune now (one at a time where rows are locked)."""
        return True

    @abc.abstractmethod
    async def reclaim_space(self) -> int:
        """Hand free space back to the file system; pages freed."""

    async def match_articles(self, search: ArticleSearch) -> list[MatchRow]:
        """Articles fetched in (since, until] that match, best first (newest first, all
        ranked 0, without a text query). Only articles `reader` may read are matched.

        Consecutive digests use the previous window's end as `since`, so an article
        falls in exactly one window. `sources` narrows to outlets whose name or URL
        contains one of the words. Ranked from the index within the window's ids (ids
        grow with fetch time), reading no text: an article's text is read only once
        its story is chosen.
        """
        if search.text is None or not self._compiles(search.text):
            return await self._newest(search)
        fetched, params = self._fetched(search)
        bounds = await self._read(
            "SELECT min(id), max(id) FROM articles a WHERE " + " AND ".join(fetched or ["1 = 1"]),
            params,
        )
        low, high = bounds[0]
        if low is None:
            return []
        asked = search.limit
        while True:
            ranked = await self.rank_article_ids(
                search.text, min_id=low, max_id=high, limit=asked, reader=search.reader
            )
            info = await self.match_info([i for i, _ in ranked])
            rows = [
                MatchRow(info[i], rank)
                for i, rank in ranked
                if i in info and _within(info[i], search)
            ]
            if len(rows) >= search.limit or len(ranked) < asked or asked >= MAX_MATCHES:
                return rows[: search.limit]
            asked = min(MAX_MATCHES, asked * 4)

    @abc.abstractmethod
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

    @abc.abstractmethod
    def _compiles(self, query: TextQuery) -> bool:
        """Whether the query leaves anything to look up in this backend's index."""

    @abc.abstractmethod
    async def stories_matching(
        self, query: TextQuery, story_ids: Sequence[int], reader: Owner | None = None
    ) -> set[int]:
        """Which of these stories hold an article `reader` may read that matches `query`."""

    @abc.abstractmethod
    async def document_counts(self, index_terms: Sequence[str]) -> dict[str, int]:
        """How many articles contain each index term."""

    @abc.abstractmethod
    async def schema_version(self) -> int:
        """The highest applied migration number."""

    # -- rows to values --------------------------------------------------------------

    def _article(self, row: Row) -> Article:
        return Article(
            id=row[0],
            title=row[1],
            text=row[2],
            source=row[3],
            url=row[4],
            published_at=self._maybe_when(row[5]),
            fetched_at=self._when(row[6]),
            story_id=row[7],
            feed_id=row[8],
        )

    def _subscription(self, row: Row) -> Subscription:
        return Subscription(
            id=row[0],
            destination=Destination(row[1], row[2], row[3]),
            topic=row[4],
            at=self._clock(row[5]),
            timezone=row[6],
            created_by=row[7],
            created_at=self._when(row[8]),
            quiet=bool(row[9]),
            disabled_reason=row[10],
            last_sent_at=self._maybe_when(row[11]),
            last_status=row[12],
            next_due_at=self._maybe_when(row[13]),
        )

    def _feed(self, row: Row) -> Feed:
        return Feed(
            id=row[0],
            url=row[1],
            title=row[2],
            added_by=row[3],
            failures=row[4],
            last_error=row[5],
            disabled_reason=row[6],
            last_polled_at=self._maybe_when(row[7]),
            next_poll_at=self._maybe_when(row[8]),
            article_count=row[9],
            operator=bool(row[10]),
            owners=tuple((row[11] or "").split()),
        )

    def _delivery(self, row: Row) -> Delivery:
        return Delivery(
            id=row[0],
            subscription_id=row[1],
            period=row[2],
            due_at=self._when(row[3]),
            window_start=self._when(row[4]),
            window_end=self._when(row[5]),
            status=row[6],
            attempts=row[7],
            last_error=row[8],
            message_ids=tuple(self._from_json(row[9]) or ()),
        )

    @property
    def _feed_columns(self) -> str:
        return (
            "f.id, f.url, f.title, f.added_by, f.failures, f.last_error, f.disabled_reason, "
            "f.last_polled_at, f.next_poll_at, "
            "(SELECT count(*) FROM article_feeds af WHERE af.feed_id = f.id), f.operator, "
            f"(SELECT {self.OWNERS_AGG} FROM feed_owners o "
            " WHERE o.feed_id = f.id AND o.removed_at IS NULL)"
        )

    async def _one_feed(self, session: Session, feed_id: int) -> Feed | None:
        rows = await session.fetch(
            f"SELECT {self._feed_columns} FROM feeds f WHERE f.id = ?", (feed_id,)
        )
        return self._feed(rows[0]) if rows else None

    # -- feeds -------------------------------------------------------------------------

    async def add_feed(
        self, url: str, title: str, added_by: str, now: datetime, owner: Owner | None = None
    ) -> tuple[Feed, bool]:
        """Add a feed by URL for a workspace (`owner`) or the operator (None).

        Returns (feed, created): created is False when this owner already had it.
        One URL is one feed, polled once however many workspaces add it; adding it
        again re-enables it if it was disabled.
        """
        stamp = self._stamp(now)
        async with self.transaction() as db:
            # Processes starting together add the same configured feeds: the insert
            # gives way to the one that came first.
            inserted = await db.fetch(
                "INSERT INTO feeds (url, title, added_by, added_at, next_poll_at, operator) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING RETURNING id",
                (url, title, added_by, stamp, stamp, owner is None),
            )
            rows = (
                []
                if inserted
                else await db.fetch("SELECT id, operator FROM feeds WHERE url = ?", (url,))
            )
            if inserted:
                feed_id, had = int(inserted[0][0]), False
            else:
                feed_id, had = int(rows[0][0]), bool(rows[0][1]) and owner is None
                await db.execute(
                    "UPDATE feeds SET disabled_reason = NULL, failures = 0, next_poll_at = ? "
                    "WHERE id = ? AND disabled_reason IS NOT NULL",
                    (stamp, feed_id),
                )
            if owner is None:
                await db.execute("UPDATE feeds SET operator = ? WHERE id = ?", (True, feed_id))
            else:
                mine = await db.fetch(
                    "SELECT removed_at FROM feed_owners WHERE feed_id = ? AND platform = ? "
                    "AND workspace = ?",
                    (feed_id, owner.platform, owner.workspace),
                )
                had = bool(mine) and mine[0][0] is None
                await db.execute(
                    "INSERT INTO feed_owners (feed_id, platform, workspace, added_by, added_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (feed_id, platform, workspace) "
                    "DO UPDATE SET removed_at = NULL",
                    (feed_id, owner.platform, owner.workspace, added_by, stamp),
                )
            feed = await self._one_feed(db, feed_id)
        assert feed is not None
        return feed, not had

    async def list_feeds(self, owner: Owner | None = None) -> list[Feed]:
        """A workspace's own feeds (or, for None, every feed still polled), oldest first."""
        if owner is None:
            rows = await self._read(
                f"SELECT {self._feed_columns} FROM feeds f WHERE {FEED_WANTED} ORDER BY f.id"
            )
        else:
            rows = await self._read(
                f"SELECT {self._feed_columns} FROM feeds f WHERE {OWNED_BY} ORDER BY f.id",
                (owner.platform, owner.workspace),
            )
        return [self._feed(r) for r in rows]

    async def operator_feed_count(self) -> int:
        """How many of the operator's feeds are polled (every workspace reads them)."""
        rows = await self._read("SELECT count(*) FROM feeds WHERE operator")
        return int(rows[0][0])

    async def get_feed(self, feed_id: int) -> Feed | None:
        """One feed by id."""
        rows = await self._read(
            f"SELECT {self._feed_columns} FROM feeds f WHERE f.id = ?", (feed_id,)
        )
        return self._feed(rows[0]) if rows else None

    async def remove_feed(self, feed_id: int, owner: Owner | None, now: datetime) -> Feed | None:
        """Stop a workspace's feed (None: stop it for everyone). Returns it, or None when
        the owner has no such feed.

        Stored articles stay, readable as before; a feed nobody wants any more is no
        longer polled.
        """
        where, params = (
            (FEED_WANTED, []) if owner is None else (OWNED_BY, [owner.platform, owner.workspace])
        )
        stamp = self._stamp(now)
        async with self.transaction() as db:
            rows = await db.fetch(
                f"SELECT {self._feed_columns} FROM feeds f WHERE f.id = ? AND {where}",
                (feed_id, *params),
            )
            if not rows:
                return None
            if owner is None:
                await db.execute("UPDATE feeds SET operator = ? WHERE id = ?", (False, feed_id))
                await db.execute(
                    "UPDATE feed_owners SET removed_at = ? "
                    "WHERE feed_id = ? AND removed_at IS NULL",
                    (stamp, feed_id),
                )
            else:
                await db.execute(
                    "UPDATE feed_owners SET removed_at = ? WHERE feed_id = ? "
                    "AND platform = ? AND workspace = ?",
                    (stamp, feed_id, owner.platform, owner.workspace),
                )
        return self._feed(rows[0])

    async def feed_state(self, feed_id: int) -> FeedState | None:
        """A feed with its conditional-GET validators and TTL."""
        rows = await self._read(
            f"SELECT {self._feed_columns}, f.etag, f.last_modified, f.ttl_minutes "
            "FROM feeds f WHERE f.id = ?",
            (feed_id,),
        )
        if not rows:
            return None
        row = rows[0]
        return FeedState(self._feed(row), row[12], row[13], row[14])

    async def claim_due_feeds(self, now: datetime, hold_until: datetime) -> list[Feed]:
        """Enabled feeds due for a poll, pushed to `hold_until` so no other process polls them.

        The poll result then sets the real next poll time.
        """
        async with self.transaction() as db:
            rows = await db.fetch(
                f"SELECT {self._feed_columns} FROM feeds f WHERE f.disabled_reason IS NULL "
                f"AND {FEED_WANTED} "
                "AND (f.next_poll_at IS NULL OR f.next_poll_at <= ?) ORDER BY f.next_poll_at"
                f"{self._skip_locked('f')}",
                (self._stamp(now),),
            )
            if rows:
                await db.executemany(
                    "UPDATE feeds SET next_poll_at = ? WHERE id = ?",
                    [(self._stamp(hold_until), r[0]) for r in rows],
                )
        return [self._feed(r) for r in rows]

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
        """A successful poll (200 or 304): reset failures, keep validators, plan the next."""
        await self._write(
            "UPDATE feeds SET failures = 0, last_error = NULL, last_polled_at = ?, "
            "next_poll_at = ?, title = coalesce(nullif(?, ''), title), "
            "etag = coalesce(?, etag), last_modified = coalesce(?, last_modified), "
            "ttl_minutes = ? WHERE id = ?",
            (
                self._stamp(now),
                self._stamp(next_poll_at),
                title,
                etag,
                last_modified,
                ttl_minutes,
                feed_id,
            ),
        )

    async def record_poll_failure(
        self,
        feed_id: int,
        *,
        now: datetime,
        error: str,
        next_poll_at: datetime,
        max_failures: int,
    ) -> Feed | None:
        """A failed poll: count it, back off, and disable the feed after `max_failures`."""
        async with self.transaction() as db:
            await db.execute(
                "UPDATE feeds SET failures = failures + 1, last_error = ?, last_polled_at = ?, "
                "next_poll_at = ?, disabled_reason = CASE WHEN failures + 1 >= ? "
                "THEN 'failed ' || (failures + 1) || ' times in a row: ' || ? "
                "ELSE disabled_reason END WHERE id = ?",
                (
                    error,
                    self._stamp(now),
                    self._stamp(next_poll_at),
                    max_failures,
                    error,
                    feed_id,
                ),
            )
            return await self._one_feed(db, feed_id)

    # -- articles ------------------------------------------------------------------------

    async def existing_keys(
        self, urls: Sequence[str], guids: Sequence[str], hashes: Sequence[str]
    ) -> dict[str, int]:
        """Which of these canonical URLs, GUIDs and content hashes are already stored,
        and the id of the article that has each."""
        found: dict[str, int] = {}
        for column, values in (("url", urls), ("guid", guids), ("content_hash", hashes)):
            for start in range(0, len(values), 500):
                chunk = list(values[start : start + 500])
                rows = await self._read(
                    f"SELECT {column}, id FROM articles WHERE {column} IN ({marks(chunk)})", chunk
                )
                found.update((r[0], int(r[1])) for r in rows)
        return found

    async def link_articles(self, feed_id: int, article_ids: Sequence[int]) -> None:
        """Record that a feed carried articles stored before (from another feed or file)."""
        if not article_ids:
            return
        async with self.transaction() as db:
            await db.executemany(
                "INSERT INTO article_feeds (article_id, feed_id) VALUES (?, ?) "
                "ON CONFLICT DO NOTHING",
                [(a, feed_id) for a in article_ids],
            )

    async def recent_fingerprints(
        self, since: datetime, limit: int = 20_000, *, after_id: int = 0
    ) -> list[FingerprintRow]:
        """Fingerprints of articles fetched since `since` with ids above `after_id`
        (newest first), for grouping."""
        rows = await self._read(
            "SELECT id, story_id, published_at, sketch, term_hashes, entity_hashes "
            "FROM articles WHERE fetched_at >= ? AND id > ? ORDER BY id DESC LIMIT ?",
            (self._stamp(since), after_id, limit),
        )
        return [
            FingerprintRow(
                r[0],
                r[1],
                self._maybe_when(r[2]),
                Fingerprint(bytes(r[3]), bytes(r[4]), bytes(r[5])),
            )
            for r in rows
        ]

    async def add_articles(
        self, batch: Iterable[tuple[NewArticle, int]], now: datetime
    ) -> tuple[list[int | None], dict[int, int]]:
        """Store articles in one transaction, each in its story.

        A story id below zero is a placeholder for a new story: the first article
        with it creates the story, later ones join it. Returns the new article ids
        (None where a unique key shows the article was stored meanwhile; those are
        skipped, not errors) and the placeholder → story id map.
        """
        items = list(batch)
        ids: list[int | None] = []
        created: dict[int, int] = {}
        stored: list[tuple[int, NewArticle]] = []
        stamp = self._stamp(now)
        async with self.transaction() as db:
            for article, story_ref in items:
                story_id = created.get(story_ref, story_ref)
                new_story = story_id < 0
                if new_story:
                    story = await db.fetch(
                        "INSERT INTO stories (title, first_seen_at, updated_at) "
                        "VALUES (?, ?, ?) RETURNING id",
                        (article.title, stamp, stamp),
                    )
                    story_id = int(story[0][0])
                inserted = await db.fetch(
                    "INSERT INTO articles (url, guid, feed_id, source, title, text, "
                    "published_at, fetched_at, content_hash, sketch, term_hashes, "
                    "entity_hashes, story_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT DO NOTHING RETURNING id",
                    (
                        article.url,
                        article.guid,
                        article.feed_id,
                        article.source,
                        article.title,
                        article.text,
                        self._maybe_stamp(article.published_at),
                        stamp,
                        article.content_hash,
                        article.fingerprint.sketch,
                        article.fingerprint.terms,
                        article.fingerprint.entities,
                        story_id,
                    ),
                )
                if not inserted:  # stored meanwhile by another process
                    if new_story:
                        await db.execute("DELETE FROM stories WHERE id = ?", (story_id,))
                    ids.append(None)
                    continue
                article_id = int(inserted[0][0])
                ids.append(article_id)
                stored.append((article_id, article))
                if article.feed_id is not None:
                    await db.execute(
                        "INSERT INTO article_feeds (article_id, feed_id) VALUES (?, ?)",
                        (article_id, article.feed_id),
                    )
                if new_story:
                    created[story_ref] = story_id
            await self._index(db, stored)
            touched = set(created.values()) | {r for _, r in items if r > 0}
            await db.executemany(
                "UPDATE stories SET updated_at = ? WHERE id = ?", [(stamp, s) for s in touched]
            )
        return ids, created

    async def article_count(self) -> int:
        """How many articles are stored."""
        rows = await self._read("SELECT count(*) FROM articles")
        return int(rows[0][0])

    async def story_count(self) -> int:
        """How many stories the stored articles make."""
        rows = await self._read("SELECT count(DISTINCT story_id) FROM articles")
        return int(rows[0][0])

    async def get_article(self, article_id: int) -> Article | None:
        """One article by id."""
        rows = await self._read(
            f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?", (article_id,)
        )
        return self._article(rows[0]) if rows else None

    async def article_by_url(self, url: str, reader: Owner | None = None) -> Article | None:
        """One article by canonical URL, if `reader` may read it."""
        visible, params = readable(reader, "a.id")
        rows = await self._read(
            f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.url = ? AND {visible}",
            (url, *params),
        )
        return self._article(rows[0]) if rows else None

    async def articles_by_ids(self, ids: Sequence[int]) -> dict[int, Article]:
        """Articles by id (missing ids are left out)."""
        if not ids:
            return {}
        rows = await self._read(
            f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id IN ({marks(ids)})", tuple(ids)
        )
        return {r[0]: self._article(r) for r in rows}

    async def story_articles(
        self, story_ids: Sequence[int], reader: Owner | None = None
    ) -> dict[int, list[Article]]:
        """The articles of each story that `reader` may read, oldest first."""
        if not story_ids:
            return {}
        visible, params = readable(reader, "a.id")
        rows = await self._read(
            f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.story_id IN ({marks(story_ids)}) "
            f"AND {visible} ORDER BY a.id",
            (*story_ids, *params),
        )
        out: dict[int, list[Article]] = {}
        for row in rows:
            art = self._article(row)
            out.setdefault(art.story_id, []).append(art)
        return out

    async def story_source_counts(
        self, story_ids: Sequence[int], reader: Owner | None = None
    ) -> dict[int, int]:
        """How many different outlets carry each story (of those `reader` may read)."""
        if not story_ids:
            return {}
        visible, params = readable(reader, "a.id")
        rows = await self._read(
            "SELECT story_id, count(DISTINCT source) FROM articles a "
            f"WHERE story_id IN ({marks(story_ids)}) AND {visible} GROUP BY story_id",
            (*story_ids, *params),
        )
        return {int(r[0]): int(r[1]) for r in rows}

    async def first_id_fetched_since(self, since: datetime) -> int | None:
        """The id of the first article fetched at or after `since` (ids grow with fetch time)."""
        rows = await self._read(
            "SELECT id FROM articles WHERE fetched_at >= ? ORDER BY fetched_at, id LIMIT 1",
            (self._stamp(since),),
        )
        return int(rows[0][0]) if rows else None

    async def match_info(self, ids: Sequence[int]) -> dict[int, MatchInfo]:
        """Story, outlet and date of matched articles, for grouping before reading any text."""
        if not ids:
            return {}
        rows = await self._read(
            f"SELECT {MATCH_COLUMNS} FROM articles a WHERE id IN ({marks(ids)})", tuple(ids)
        )
        return {int(r[0]): self._match(r) for r in rows}

    def _match(self, row: Row) -> MatchInfo:
        return MatchInfo(
            int(row[0]), int(row[1]), row[2], row[3], self._when(row[4]), self._when(row[5])
        )

    def _fetched(self, search: ArticleSearch) -> tuple[list[str], list[Any]]:
        """The conditions on when articles `a` were fetched."""
        where: list[str] = []
        params: list[Any] = []
        if search.since is not None:
            where.append("a.fetched_at > ?")
            params.append(self._stamp(search.since))
        if search.until is not None:
            where.append("a.fetched_at <= ?")
            params.append(self._stamp(search.until))
        return where, params

    def _window(self, search: ArticleSearch) -> tuple[list[str], list[Any]]:
        """The conditions of a search besides its text, on articles `a`."""
        where, params = self._fetched(search)
        if search.reader is not None:
            visible, visible_params = readable(search.reader, "a.id")
            where.append(visible)
            params += visible_params
        if search.sources:
            where.append(
                "("
                + " OR ".join(["lower(a.source) LIKE ? OR a.url LIKE ?"] * len(search.sources))
                + ")"
            )
            for name in search.sources:
                pattern = "%" + name.lower().replace("%", "").replace("_", "") + "%"
                params += [pattern, pattern]
        return where, params

    async def _newest(self, search: ArticleSearch) -> list[MatchRow]:
        """A search without text: the newest articles in the window, all ranked 0."""
        where, params = self._window(search)
        sql = (
            f"SELECT {MATCH_COLUMNS} FROM articles a"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY a.fetched_at DESC, a.id DESC LIMIT ?"
        )
        rows = await self._read(sql, [*params, search.limit])
        return [MatchRow(self._match(r), 0.0) for r in rows]

    # -- summaries -------------------------------------------------------------------

    async def cached_summary(self, article_ids: Sequence[int]) -> dict[int, dict[str, list[str]]]:
        """Summaries already computed for these articles."""
        if not article_ids:
            return {}
        rows = await self._read(
            f"SELECT id, summary FROM articles WHERE id IN ({marks(article_ids)}) "
            "AND summary IS NOT NULL",
            tuple(article_ids),
        )
        return {r[0]: self._from_json(r[1]) for r in rows}

    async def save_summaries(self, summaries: dict[int, dict[str, list[str]]]) -> None:
        """Cache computed summaries so later digests reuse them (not in a read-only file)."""
        if not summaries or self.read_only:
            return
        async with self.transaction() as db:
            await db.executemany(
                "UPDATE articles SET summary = ? WHERE id = ?",
                [(self._json(v), k) for k, v in summaries.items()],
            )

    # -- subscriptions -----------------------------------------------------------------

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
        """Subscribe a channel to a topic, or update the time/zone of the same topic.

        Returns (subscription, created). Updating re-enables a disabled subscription.
        `next_due_at` is when its first digest falls due (None: the scheduler works it
        out); a changed time or zone sets it again, an unchanged one keeps it.
        """
        key = (destination.platform, destination.workspace, destination.channel, topic_key)
        async with self.transaction() as db:
            rows = await db.fetch(
                "SELECT id FROM subscriptions WHERE platform = ? AND workspace = ? AND channel = ? "
                "AND topic_key = ?",
                key,
            )
            created = not rows
            if created:
                inserted = await db.fetch(
                    "INSERT INTO subscriptions (id, platform, workspace, channel, topic, "
                    "topic_key, at, timezone, quiet, created_by, created_at, next_due_at) "
                    f"VALUES ({self._new_id('subscriptions')}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "RETURNING id",
                    (
                        *key[:3],
                        topic,
                        topic_key,
                        self._clock_param(at),
                        timezone,
                        quiet,
                        created_by,
                        self._stamp(now),
                        self._maybe_stamp(next_due_at),
                    ),
                )
                sub_id = int(inserted[0][0])
            else:
                sub_id = int(rows[0][0])
                await db.execute(
                    "UPDATE subscriptions SET next_due_at = ? "
                    "WHERE id = ? AND (at != ? OR timezone != ?)",
                    (self._maybe_stamp(next_due_at), sub_id, self._clock_param(at), timezone),
                )
                await db.execute(
                    "UPDATE subscriptions SET topic = ?, at = ?, timezone = ?, quiet = ?, "
                    "disabled_reason = NULL WHERE id = ?",
                    (topic, self._clock_param(at), timezone, quiet, sub_id),
                )
            sub_rows = await db.fetch(
                f"SELECT {SUBSCRIPTION_COLUMNS} FROM subscriptions s WHERE s.id = ?", (sub_id,)
            )
        return self._subscription(sub_rows[0]), created

    async def list_subscriptions(
        self, destination: Destination | None = None, *, enabled_only: bool = False
    ) -> list[Subscription]:
        """A channel's subscriptions (or all), oldest first."""
        where: list[str] = []
        params: list[Any] = []
        if destination is not None:
            where.append("s.platform = ? AND s.workspace = ? AND s.channel = ?")
            params += [destination.platform, destination.workspace, destination.channel]
        if enabled_only:
            where.append("s.disabled_reason IS NULL")
        sql = f"SELECT {SUBSCRIPTION_COLUMNS} FROM subscriptions s"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = await self._read(sql + " ORDER BY s.id", params)
        return [self._subscription(r) for r in rows]

    async def get_subscription(self, sub_id: int) -> Subscription | None:
        """One subscription by id."""
        rows = await self._read(
            f"SELECT {SUBSCRIPTION_COLUMNS} FROM subscriptions s WHERE s.id = ?", (sub_id,)
        )
        return self._subscription(rows[0]) if rows else None

    async def remove_subscriptions(self, ids: Sequence[int]) -> int:
        """Delete subscriptions (and their delivery history); returns how many."""
        if not ids:
            return 0
        rows = await self._write(
            f"DELETE FROM subscriptions WHERE id IN ({marks(ids)}) RETURNING id", ids
        )
        return len(rows)

    async def disable_channel(self, destination: Destination, reason: str) -> list[int]:
        """Disable every subscription of a channel the platform refuses; returns their ids."""
        key = (destination.platform, destination.workspace, destination.channel)
        rows = await self._write(
            "UPDATE subscriptions SET disabled_reason = ? WHERE platform = ? AND workspace = ? "
            "AND channel = ? AND disabled_reason IS NULL RETURNING id",
            (reason, *key),
        )
        return sorted(int(r[0]) for r in rows)

    # -- deliveries ----------------------------------------------------------------------

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
        """Claim the (subscription, period) digest for this process, at most once.

        A new row is created as 'claimed'. An existing row is taken over only when it
        is 'failed' and due for retry, or 'claimed' by a process whose lease expired
        (it died between claim and post). Returns None when someone else has it or
        it was sent.
        """
        async with self.transaction() as db:
            rows = await db.fetch(
                "SELECT status, lease_until, next_attempt_at FROM deliveries "
                "WHERE subscription_id = ? AND period = ?",
                (subscription_id, period),
            )
            if not rows:
                await db.execute(
                    "INSERT INTO deliveries (subscription_id, period, due_at, window_start, "
                    "window_end, status, claimed_by, lease_until) "
                    "VALUES (?, ?, ?, ?, ?, 'claimed', ?, ?)",
                    (
                        subscription_id,
                        period,
                        self._stamp(due_at),
                        self._stamp(window_start),
                        self._stamp(window_end),
                        owner,
                        self._stamp(lease_until),
                    ),
                )
            else:
                status, lease, next_attempt = rows[0]
                lease_end, retry_at = self._maybe_when(lease), self._maybe_when(next_attempt)
                free = (status == "claimed" and (lease_end is None or lease_end <= now)) or (
                    status == "failed" and (retry_at is None or retry_at <= now)
                )
                if not free:
                    return None
                await db.execute(
                    "UPDATE deliveries SET status = 'claimed', claimed_by = ?, lease_until = ? "
                    "WHERE subscription_id = ? AND period = ?",
                    (owner, self._stamp(lease_until), subscription_id, period),
                )
            out = await db.fetch(
                f"SELECT {DELIVERY_COLUMNS} FROM deliveries "
                "WHERE subscription_id = ? AND period = ?",
                (subscription_id, period),
            )
        return self._delivery(out[0])

    async def renew_lease(self, delivery_id: int, owner: str, lease_until: datetime) -> bool:
        """Extend this process's claim while it is still posting."""
        changed = await self._write(
            "UPDATE deliveries SET lease_until = ? WHERE id = ? AND claimed_by = ? "
            "AND status = 'claimed' RETURNING id",
            (self._stamp(lease_until), delivery_id, owner),
        )
        return len(changed) == 1

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
        """Record the outcome of one attempt: 'sent', 'failed' (retry later) or 'abandoned'."""
        sent = status == "sent"
        changed = await self._write(
            "UPDATE deliveries SET status = ?, attempts = attempts + 1, last_error = ?, "
            "next_attempt_at = ?, lease_until = NULL, "
            "message_ids = CASE WHEN ? THEN ? ELSE message_ids END, "
            "sent_at = CASE WHEN ? THEN ? ELSE sent_at END "
            "WHERE id = ? AND claimed_by = ? RETURNING id",
            (
                status,
                error,
                self._maybe_stamp(next_attempt_at),
                sent,
                self._json(list(message_ids)),
                sent,
                self._stamp(now),
                delivery_id,
                owner,
            ),
        )
        return len(changed) == 1

    async def last_window_end(self, subscription_id: int) -> datetime | None:
        """Where the subscription's last sent digest stopped: the next one starts there."""
        rows = await self._read(
            "SELECT max(window_end) FROM deliveries WHERE subscription_id = ? AND status = 'sent'",
            (subscription_id,),
        )
        return self._maybe_when(rows[0][0])

    async def unfinished_deliveries(self, now: datetime) -> list[Delivery]:
        """Deliveries to pick up: failed and due for retry, or claimed with an expired lease."""
        stamp = self._stamp(now)
        rows = await self._read(
            f"SELECT {DELIVERY_COLUMNS} FROM deliveries WHERE "
            "(status = 'failed' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)) "
            "OR (status = 'claimed' AND (lease_until IS NULL OR lease_until <= ?)) ORDER BY due_at",
            (stamp, stamp),
        )
        return [self._delivery(r) for r in rows]

    async def deliveries_for(self, subscription_id: int) -> list[Delivery]:
        """A subscription's delivery history, newest first."""
        rows = await self._read(
            f"SELECT {DELIVERY_COLUMNS} FROM deliveries WHERE subscription_id = ? "
            "ORDER BY period DESC",
            (subscription_id,),
        )
        return [self._delivery(r) for r in rows]

    # -- work as rows ---------------------------------------------------------------------

    async def subscriptions_due(self, now: datetime, limit: int = 500) -> list[Subscription]:
        """Enabled subscriptions whose next digest is due by `now` (or not worked out yet)."""
        rows = await self._read(
            f"SELECT {SUBSCRIPTION_COLUMNS} FROM subscriptions s WHERE s.disabled_reason IS NULL "
            "AND (s.next_due_at IS NULL OR s.next_due_at <= ?) ORDER BY s.next_due_at LIMIT ?",
            (self._stamp(now), limit),
        )
        return [self._subscription(r) for r in rows]

    async def enqueue_digests(self, due: Sequence[DueDigest]) -> int:
        """Write due digests as 'due' rows and move each subscription's next due time on.

        Safe in every process at once: a (subscription, period) row is written once
        (the unique key), and a next due time only moves on from the value it had.
        A digest's window starts where the subscription's latest earlier one ended.
        Returns how many rows were new.
        """
        written = 0
        async with self.transaction() as db:
            for item in due:
                latest = await db.fetch(
                    "SELECT max(window_end) FROM deliveries WHERE subscription_id = ? "
                    "AND due_at < ?",
                    (item.subscription_id, self._stamp(item.due_at)),
                )
                start = self._maybe_when(latest[0][0]) or item.window_start
                written += await db.execute(
                    "INSERT INTO deliveries (subscription_id, period, due_at, window_start, "
                    "window_end, status) VALUES (?, ?, ?, ?, ?, 'due') ON CONFLICT DO NOTHING",
                    (
                        item.subscription_id,
                        item.period,
                        self._stamp(item.due_at),
                        self._stamp(start),
                        self._stamp(item.due_at),
                    ),
                )
            for item in due:
                await db.execute(
                    "UPDATE subscriptions SET next_due_at = ? WHERE id = ? AND "
                    "(next_due_at IS NULL OR next_due_at < ?)",
                    (
                        self._stamp(item.next_due_at),
                        item.subscription_id,
                        self._stamp(item.next_due_at),
                    ),
                )
        return written

    async def advance_due(self, subscription_id: int, next_due_at: datetime) -> None:
        """Move a subscription's next due time on without a digest (one missed too long ago)."""
        async with self.transaction() as db:
            await db.execute(
                "UPDATE subscriptions SET next_due_at = ? WHERE id = ? AND "
                "(next_due_at IS NULL OR next_due_at < ?)",
                (self._stamp(next_due_at), subscription_id, self._stamp(next_due_at)),
            )

    async def claim_digests(
        self, owner: str, *, now: datetime, lease_until: datetime, limit: int
    ) -> list[Delivery]:
        """Claim up to `limit` digests for this worker: due ones, failed ones whose retry
        time came, and claims whose holder's lease ran out (it died), oldest first.

        Due rows are claimed first, through the (status, due_at) index; the others
        only when too few are due. On PostgreSQL rows another worker is claiming are
        skipped, not waited for; on SQLite the write lock makes the claim exclusive.
        """
        stamp = self._stamp(now)
        claims: list[Delivery] = []
        for status, ready in (
            ("due", ""),
            ("failed", "(next_attempt_at IS NULL OR next_attempt_at <= ?)"),
            ("claimed", "(lease_until IS NULL OR lease_until <= ?)"),
        ):
            wanted = limit - len(claims)
            if wanted <= 0:
                break
            rows = await self._write(
                "UPDATE deliveries SET status = 'claimed', claimed_by = ?, lease_until = ? "
                "WHERE id IN (SELECT id FROM deliveries WHERE status = ?"
                + (f" AND {ready}" if ready else "")
                + f" ORDER BY due_at, id LIMIT ?{self._skip_locked()}) "
                f"RETURNING {DELIVERY_COLUMNS}",
                (owner, self._stamp(lease_until), status, *([stamp] if ready else []), wanted),
            )
            claims += (self._delivery(r) for r in rows)
        return sorted(claims, key=lambda d: (d.due_at, d.id))

    async def record_parts(self, delivery_id: int, owner: str, message_ids: Sequence[str]) -> bool:
        """Keep the parts of a digest posted so far, so a retry (by any worker) goes on
        after them; only while this worker holds the claim."""
        changed = await self._write(
            "UPDATE deliveries SET message_ids = ? WHERE id = ? AND claimed_by = ? "
            "AND status = 'claimed' RETURNING id",
            (self._json(list(message_ids)), delivery_id, owner),
        )
        return len(changed) == 1

    # -- workers and shared rate limits --------------------------------------------------

    async def heartbeat(self, beat: WorkerBeat) -> None:
        """Record that a worker is alive, and what it holds."""
        async with self.transaction() as db:
            await db.execute(
                "INSERT INTO workers (name, host, pid, started_at, heartbeat_at, holding, detail) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                "heartbeat_at = excluded.heartbeat_at, holding = excluded.holding, "
                "detail = excluded.detail",
                (
                    beat.name,
                    beat.host,
                    beat.pid,
                    self._stamp(beat.started_at),
                    self._stamp(beat.heartbeat_at),
                    beat.holding,
                    beat.detail,
                ),
            )

    async def forget_worker(self, name: str) -> None:
        """A worker that stopped cleanly leaves the list."""
        async with self.transaction() as db:
            await db.execute("DELETE FROM workers WHERE name = ?", (name,))

    async def workers(self) -> list[WorkerBeat]:
        """Every worker's latest heartbeat, most recent first."""
        rows = await self._read(
            "SELECT name, host, pid, started_at, heartbeat_at, holding, detail FROM workers "
            "ORDER BY heartbeat_at DESC"
        )
        return [
            WorkerBeat(r[0], r[1], int(r[2]), self._when(r[3]), self._when(r[4]), int(r[5]), r[6])
            for r in rows
        ]

    async def take_token(self, route: str, *, rate: float, burst: float, now: datetime) -> float:
        """Take one post from a route's token bucket, shared by every worker.

        Returns 0 when the post may go now, else how many seconds to wait before
        asking again (the bucket is empty, or the platform paused the route).
        """
        async with self.transaction() as db:
            await db.execute(
                "INSERT INTO rate_limits (route, tokens, refreshed_at) VALUES (?, ?, ?) "
                "ON CONFLICT (route) DO NOTHING",
                (route, burst, self._stamp(now)),
            )
            [(tokens, refreshed, paused)] = await db.fetch(
                "SELECT tokens, refreshed_at, paused_until FROM rate_limits WHERE route = ?"
                + (" FOR UPDATE" if self.LOCKS_ROWS else ""),
                (route,),
            )
            paused_until = self._maybe_when(paused)
            if paused_until is not None and paused_until > now:
                return (paused_until - now).total_seconds()
            elapsed = max(0.0, (now - self._when(refreshed)).total_seconds())
            available = min(burst, float(tokens) + elapsed * rate)
            wait = 0.0 if available >= 1 else (1 - available) / rate
            await db.execute(
                "UPDATE rate_limits SET tokens = ?, refreshed_at = ? WHERE route = ?",
                (available - 1 if wait == 0 else available, self._stamp(now), route),
            )
        return wait

    async def pause_route(self, route: str, until: datetime) -> None:
        """The platform answered 429: nobody posts on this route before `until`."""
        async with self.transaction() as db:
            await db.execute(
                "INSERT INTO rate_limits (route, tokens, refreshed_at, paused_until) "
                "VALUES (?, 0, ?, ?) ON CONFLICT (route) DO UPDATE SET paused_until = "
                "excluded.paused_until, tokens = 0",
                (route, self._stamp(until), self._stamp(until)),
            )

    async def notify_work(self) -> None:
        """Wake idle workers (a hint; the rows are the record). Nothing to do on SQLite."""
        return None

    async def wait_for_work(self, seconds: float) -> None:
        """Sleep `seconds`, or, where the backend can, until new work is announced."""
        await asyncio.sleep(seconds)

    # -- the status page ---------------------------------------------------------------

    async def status_counts(self, since: datetime) -> StatusCounts:
        """Counts of polled feeds (failing, disabled), subscriptions (paused), articles,
        and of the digests posted since `since` or due since then and retrying or abandoned."""
        stamp = self._stamp(since)
        rows = await self._read(
            f"SELECT (SELECT count(*) FROM feeds f WHERE {FEED_WANTED}), "
            f"(SELECT count(*) FROM feeds f WHERE {FEED_WANTED} "
            " AND f.disabled_reason IS NULL AND f.failures > 0), "
            f"(SELECT count(*) FROM feeds f WHERE {FEED_WANTED} "
            " AND f.disabled_reason IS NOT NULL), "
            "(SELECT count(*) FROM subscriptions), "
            "(SELECT count(*) FROM subscriptions WHERE disabled_reason IS NOT NULL), "
            "(SELECT count(*) FROM deliveries WHERE status = 'sent' AND sent_at >= ?), "
            "(SELECT count(*) FROM deliveries WHERE status = 'failed' AND due_at >= ?), "
            "(SELECT count(*) FROM deliveries WHERE status = 'abandoned' AND due_at >= ?), "
            "(SELECT count(*) FROM articles)",
            (stamp, stamp, stamp),
        )
        return StatusCounts(*(int(v) for v in rows[0]))

    async def _per_day(
        self, table: str, column: str, condition: str, since: datetime
    ) -> list[DayCount]:
        day = self._day(column)
        rows = await self._read(
            f"SELECT {day}, count(*) FROM {table} WHERE {condition} AND {column} >= ? "
            f"GROUP BY {day} ORDER BY {day}",
            (self._stamp(since),),
        )
        return [DayCount(date.fromisoformat(str(r[0])), int(r[1])) for r in rows]

    async def articles_per_day(self, since: datetime) -> list[DayCount]:
        """Articles stored (fetched) per UTC day since `since`, oldest day first."""
        return await self._per_day("articles", "fetched_at", "1 = 1", since)

    async def digests_per_day(self, since: datetime) -> list[DayCount]:
        """Digests posted per UTC day since `since`, oldest day first."""
        return await self._per_day("deliveries", "sent_at", "status = 'sent'", since)

    def _delivery_record(self, row: Row) -> DeliveryRecord:
        return DeliveryRecord(
            delivery=self._delivery(row),
            destination=Destination(row[10], row[11], row[12]),
            topic=row[13],
            sent_at=self._maybe_when(row[14]),
            next_attempt_at=self._maybe_when(row[15]),
            claimed_by=row[16],
        )

    _RECORD_SQL = (
        "SELECT d.id, d.subscription_id, d.period, d.due_at, d.window_start, d.window_end, "
        "d.status, d.attempts, d.last_error, d.message_ids, s.platform, s.workspace, "
        "s.channel, s.topic, d.sent_at, d.next_attempt_at, d.claimed_by "
        "FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id"
    )

    async def recent_deliveries(
        self, *, status: str | None = None, limit: int = 300
    ) -> list[DeliveryRecord]:
        """The latest deliveries (of one status, or all), newest due first."""
        where, params = ("", []) if status is None else (" WHERE d.status = ?", [status])
        rows = await self._read(
            f"{self._RECORD_SQL}{where} ORDER BY d.due_at DESC, d.id DESC LIMIT ?",
            (*params, limit),
        )
        return [self._delivery_record(r) for r in rows]

    async def latest_deliveries(self) -> dict[int, DeliveryRecord]:
        """Each subscription's latest delivery (its latest period), by subscription id."""
        rows = await self._read(
            f"{self._RECORD_SQL} WHERE d.period = (SELECT max(l.period) FROM deliveries l "
            "WHERE l.subscription_id = d.subscription_id)"
        )
        return {int(r[1]): self._delivery_record(r) for r in rows}

    # -- retention -------------------------------------------------------------------------

    async def prune_articles(self, before: datetime, limit: int) -> Pruned:
        """Delete up to `limit` of the oldest articles fetched before `before`, with their
        index entries, feed links (cascade) and cached summaries (a column), and the
        stories none of their articles is left in."""
        async with self.transaction() as db:
            if not await self._prune_turn(db):
                return Pruned()
            rows = await db.fetch(
                "SELECT id, story_id FROM articles WHERE fetched_at < ? "
                "ORDER BY fetched_at, id LIMIT ?",
                (self._stamp(before), limit),
            )
            if not rows:
                return Pruned()
            ids = [int(r[0]) for r in rows]
            stories = sorted({int(r[1]) for r in rows})
            await self._unindex(db, ids)
            await db.execute(f"DELETE FROM articles WHERE id IN ({marks(ids)})", ids)
            emptied = await db.execute(
                f"DELETE FROM stories WHERE id IN ({marks(stories)}) "
                "AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = stories.id)",
                stories,
            )
        return Pruned(articles=len(ids), stories=emptied)

    async def prune_deliveries(self, before: datetime, limit: int) -> int:
        """Delete up to `limit` sent or abandoned digest records due before `before`,
        keeping each subscription's latest sent one."""
        rows = await self._write(
            "DELETE FROM deliveries WHERE id IN (SELECT d.id FROM deliveries d "
            "WHERE d.due_at < ? AND (d.status = 'abandoned' OR (d.status = 'sent' AND EXISTS "
            "(SELECT 1 FROM deliveries n WHERE n.subscription_id = d.subscription_id "
            "AND n.status = 'sent' AND n.window_end > d.window_end))) "
            "ORDER BY d.due_at LIMIT ?) RETURNING id",
            (self._stamp(before), limit),
        )
        return len(rows)
