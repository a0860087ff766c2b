"""The SQLite store (aiosqlite): migrations, transactions and every query.

The database runs in WAL mode with foreign keys on. Numbered migrations in
`bot/storage/migrations/NNN_name.sql` are applied at open, each in one transaction, and
recorded in `schema_version`. Every write that must be all-or-nothing goes through
`transaction()`, which takes SQLite's write lock up front (BEGIN IMMEDIATE) so two
processes on one file serialise instead of failing half-way.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiosqlite

from bot.clock import from_db, maybe_from_db, to_db
from bot.ingestion.fingerprint import Fingerprint
from bot.models import Article, Destination, Feed, Subscription
from bot.storage.errors import DatabaseReadOnly, DatabaseTooNew, damaged, fault
from bot.storage.errors import StoreError as StoreError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 15_000


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
class MatchRow:
    """An article matching a full-text query, with its BM25 rank (lower is better)."""

    article: Article
    rank: float


@dataclass(frozen=True)
class MatchInfo:
    """What ranking needs of a matched article before its text is read."""

    article_id: int
    story_id: int
    source: str
    url: str | None
    when: datetime  # published, or fetched when the publication date is unknown


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


ARTICLE_COLUMNS = (
    "a.id, a.title, a.text, a.source, a.url, a.published_at, a.fetched_at, a.story_id, a.feed_id"
)
SUBSCRIPTION_COLUMNS = (
    "s.id, s.platform, s.workspace, s.channel, s.topic, s.at, s.timezone, s.created_by, "
    "s.created_at, s.quiet, s.disabled_reason, "
    "(SELECT max(d.sent_at) FROM deliveries d WHERE d.subscription_id = s.id "
    " AND d.status = 'sent'), "
    "(SELECT d.status FROM deliveries d WHERE d.subscription_id = s.id "
    " ORDER BY d.period DESC LIMIT 1)"
)
FEED_COLUMNS = (
    "f.id, f.url, f.title, f.added_by, f.failures, f.last_error, f.disabled_reason, "
    "f.last_polled_at, f.next_poll_at, "
    "(SELECT count(*) FROM articles a WHERE a.feed_id = f.id)"
)


def _article(row: Sequence[Any]) -> Article:
    return Article(
        id=row[0],
        title=row[1],
        text=row[2],
        source=row[3],
        url=row[4],
        published_at=maybe_from_db(row[5]),
        fetched_at=from_db(row[6]),
        story_id=row[7],
        feed_id=row[8],
    )


def _subscription(row: Sequence[Any]) -> Subscription:
    return Subscription(
        id=row[0],
        destination=Destination(row[1], row[2], row[3]),
        topic=row[4],
        at=time.fromisoformat(row[5]),
        timezone=row[6],
        created_by=row[7],
        created_at=from_db(row[8]),
        quiet=bool(row[9]),
        disabled_reason=row[10],
        last_sent_at=maybe_from_db(row[11]),
        last_status=row[12],
    )


def _feed(row: Sequence[Any]) -> Feed:
    return Feed(
        id=row[0],
        url=row[1],
        title=row[2],
        added_by=row[3],
        failures=row[4],
        last_error=row[5],
        disabled_reason=row[6],
        last_polled_at=maybe_from_db(row[7]),
        next_poll_at=maybe_from_db(row[8]),
        article_count=row[9],
    )


def _delivery(row: Sequence[Any]) -> Delivery:
    return Delivery(
        id=row[0],
        subscription_id=row[1],
        period=row[2],
        due_at=from_db(row[3]),
        window_start=from_db(row[4]),
        window_end=from_db(row[5]),
        status=row[6],
        attempts=row[7],
        last_error=row[8],
        message_ids=tuple(json.loads(row[9])) if row[9] else (),
    )


DELIVERY_COLUMNS = (
    "id, subscription_id, period, due_at, window_start, window_end, status, attempts, "
    "last_error, message_ids"
)


async def fetch_all(db: aiosqlite.Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """All rows of a query, as a list."""
    return list(await db.execute_fetchall(sql, params))


def split_statements(script: str) -> list[str]:
    """Split an SQL script into complete statements (trigger bodies stay whole)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        if not current and (not line.strip() or line.lstrip().startswith("--")):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


def _openable(path: Path) -> tuple[str, bool]:
    """The URI to open the database with, and whether it can only be read.

    A file this process cannot write is opened read-only (`mode=ro`), and, when
    SQLite cannot make its shared-memory file beside it either (a read-only folder
    or filesystem), as immutable. Tried with a plain connection in a thread, so a
    file that cannot be opened at all is one StoreError and leaves no thread behind.
    """
    if path.is_dir():
        raise StoreError(
            f"database {path} is a folder, not a file: give a file in it, "
            f"e.g. --db {path / 'newsbot.db'}"
        )
    if not path.exists() and not os.access(path.parent, os.W_OK):
        raise StoreError(
            f"cannot create database {path}: its folder is not writable by this user "
            f"(uid {os.getuid()}); make it writable, or run as its owner"
        )
    uri = "file:" + quote(str(path.resolve()))
    read_only = path.exists() and not os.access(path, os.W_OK)
    attempts = [f"{uri}?mode=ro", f"{uri}?mode=ro&immutable=1"] if read_only else [uri]
    error: sqlite3.Error | None = None
    for attempt in attempts:
        try:
            connection = sqlite3.connect(attempt, uri=True)
            try:
                connection.execute("PRAGMA schema_version").fetchone()
            finally:
                connection.close()
            return attempt, read_only
        except sqlite3.Error as exc:
            error = exc
    assert error is not None
    raise fault(error, path) or StoreError(f"cannot open database {path}: {error}")


class Store:
    """All access to the database. Open with `await Store.open(path)`."""

    def __init__(self, db: aiosqlite.Connection, path: Path, *, read_only: bool = False) -> None:
        self._db = db
        self.path = path
        self.read_only = read_only
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path) -> Store:
        """Open (creating if needed) the database file and apply pending migrations.

        A file that cannot be written is opened for reading only. Every way this can
        fail is a `StoreError` (see bot/storage/errors.py) naming the file.
        """
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for database {path}: {exc}") from None
        target, read_only = await asyncio.to_thread(_openable, path)
        try:
            db = await aiosqlite.connect(target, uri=True, isolation_level=None)
        except sqlite3.Error as exc:
            raise fault(exc, path) or StoreError(f"cannot open database {path}: {exc}") from None
        store = cls(db, path, read_only=read_only)
        try:
            await db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not read_only:
                await db.execute("PRAGMA journal_mode = WAL")
            await db.execute("PRAGMA synchronous = NORMAL")
            await db.execute("PRAGMA foreign_keys = ON")
            await store._migrate()
        except (sqlite3.Error, StoreError) as exc:
            await db.close()
            if isinstance(exc, StoreError):
                raise
            raise fault(exc, path) or StoreError(f"database {path} is not usable: {exc}") from None
        return store

    async def close(self) -> None:
        """Close the connection (pending transactions were already committed or rolled back)."""
        await self._db.close()

    async def verify(self) -> None:
        """Raise DatabaseDamaged unless SQLite's quick check finds the file sound."""
        rows = await self._read("PRAGMA quick_check(1)")
        if not rows or rows[0][0] != "ok":
            raise damaged(self.path, str(rows[0][0]) if rows else "no answer to a check")

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One all-or-nothing write: BEGIN IMMEDIATE … COMMIT, rolled back on any error.

        A full disk, a damaged or read-only file become StoreErrors; SQLite may have
        rolled back by itself already (a full disk does), which is not a second error.
        """
        async with self._lock:
            try:
                await self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise fault(exc, self.path) or exc from None
            try:
                yield self._db
                await self._db.execute("COMMIT")
            except BaseException as exc:
                await self._rollback()
                if isinstance(exc, sqlite3.Error):
                    raise fault(exc, self.path) or exc from None
                raise

    async def _rollback(self) -> None:
        if self._db.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                await self._db.execute("ROLLBACK")

    async def _read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        async with self._lock:
            try:
                return await fetch_all(self._db, sql, params)
            except sqlite3.Error as exc:
                raise fault(exc, self.path) or exc from None

    async def _migrate(self) -> None:
        files = {int(f.name[:3]): f for f in MIGRATIONS.glob("[0-9][0-9][0-9]_*.sql")}
        known = max(files, default=0)
        applied = await self._applied_versions()
        if max(applied, default=0) > known:
            raise DatabaseTooNew(
                f"database {self.path} was written by a newer newsbot (schema "
                f"{max(applied)}; this one knows up to {known}): upgrade newsbot, or restore "
                "a backup made before the upgrade"
            )
        pending = sorted(set(files) - applied)
        if pending and self.read_only:
            raise DatabaseReadOnly(
                f"database {self.path} is read-only and needs upgrading to schema {known}: "
                "open it once with newsbot where it can be written"
            )
        for version in pending:
            file = files[version]
            async with self.transaction() as db:
                done = await fetch_all(
                    db, "SELECT 1 FROM schema_version WHERE version = ?", (version,)
                )
                if done:  # another process applied it meanwhile
                    continue
                for statement in split_statements(file.read_text(encoding="utf-8")):
                    await db.execute(statement)
                await db.execute(
                    "INSERT INTO schema_version (version, name, applied_at) "
                    "VALUES (?, ?, datetime('now'))",
                    (version, file.stem),
                )
                log.info("database %s: applied migration %s", self.path, file.name)

    async def _applied_versions(self) -> set[int]:
        exists = await fetch_all(
            self._db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
        )
        if not exists:
            if self.read_only:
                return set()
            await self._db.execute(
                "CREATE TABLE IF NOT EXISTS schema_version "
                "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
        rows = await fetch_all(self._db, "SELECT version FROM schema_version")
        return {int(r[0]) for r in rows}

    async def schema_version(self) -> int:
        """The highest applied migration number."""
        rows = await self._read("SELECT max(version) FROM schema_version")
        return int(rows[0][0] or 0)

    # -- feeds ---------------------------------------------------------------

    async def add_feed(
        self, url: str, title: str, added_by: str, now: datetime
    ) -> tuple[Feed, bool]:
        """Add a feed by URL; returns (feed, created). An existing feed is re-enabled."""
        async with self.transaction() as db:
            rows = await fetch_all(db, "SELECT id FROM feeds WHERE url = ?", (url,))
            created = not rows
            if created:
                await db.execute(
                    "INSERT INTO feeds (url, title, added_by, added_at, next_poll_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (url, title, added_by, to_db(now), to_db(now)),
                )
            else:
                await db.execute(
                    "UPDATE feeds SET disabled_reason = NULL, failures = 0, next_poll_at = ? "
                    "WHERE url = ? AND disabled_reason IS NOT NULL",
                    (to_db(now), url),
                )
            feed_rows = await fetch_all(
                db, f"SELECT {FEED_COLUMNS} FROM feeds f WHERE f.url = ?", (url,)
            )
        return _feed(feed_rows[0]), created

    async def list_feeds(self) -> list[Feed]:
        """Every feed, oldest first."""
        rows = await self._read(f"SELECT {FEED_COLUMNS} FROM feeds f ORDER BY f.id")
        return [_feed(r) for r in rows]

    async def get_feed(self, feed_id: int) -> Feed | None:
        """One feed by id."""
        rows = await self._read(f"SELECT {FEED_COLUMNS} FROM feeds f WHERE f.id = ?", (feed_id,))
        return _feed(rows[0]) if rows else None

    async def remove_feed(self, feed_id: int) -> Feed | None:
        """Stop polling a feed; its stored articles stay. Returns the removed feed."""
        async with self.transaction() as db:
            rows = await fetch_all(
                db, f"SELECT {FEED_COLUMNS} FROM feeds f WHERE f.id = ?", (feed_id,)
            )
            if not rows:
                return None
            await db.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))
        return _feed(rows[0])

    async def feed_state(self, feed_id: int) -> FeedState | None:
        """A feed with its conditional-GET validators and TTL."""
        rows = await self._read(
            f"SELECT {FEED_COLUMNS}, f.etag, f.last_modified, f.ttl_minutes "
            "FROM feeds f WHERE f.id = ?",
            (feed_id,),
        )
        if not rows:
            return None
        row = rows[0]
        return FeedState(_feed(row), row[10], row[11], row[12])

    async def claim_due_feeds(self, now: datetime, hold_until: datetime) -> list[Feed]:
        """Enabled feeds due for a poll, pushed to `hold_until` so no other process polls them.

        The poll result then sets the real next poll time.
        """
        async with self.transaction() as db:
            rows = await fetch_all(
                db,
                f"SELECT {FEED_COLUMNS} FROM feeds f WHERE f.disabled_reason IS NULL "
                "AND (f.next_poll_at IS NULL OR f.next_poll_at <= ?) ORDER BY f.next_poll_at",
                (to_db(now),),
            )
            if rows:
                await db.executemany(
                    "UPDATE feeds SET next_poll_at = ? WHERE id = ?",
                    [(to_db(hold_until), r[0]) for r in rows],
                )
        return [_feed(r) for r in rows]

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
        async with self.transaction() as db:
            await db.execute(
                "UPDATE feeds SET failures = 0, last_error = NULL, last_polled_at = ?, "
                "next_poll_at = ?, "
                "title = CASE WHEN ? IS NOT NULL AND ? != '' THEN ? ELSE title END, "
                "etag = coalesce(?, etag), last_modified = coalesce(?, last_modified), "
                "ttl_minutes = ? WHERE id = ?",
                (
                    to_db(now),
                    to_db(next_poll_at),
                    title,
                    title,
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
                (error, to_db(now), to_db(next_poll_at), max_failures, error, feed_id),
            )
            rows = await fetch_all(
                db, f"SELECT {FEED_COLUMNS} FROM feeds f WHERE f.id = ?", (feed_id,)
            )
        return _feed(rows[0]) if rows else None

    # -- articles ------------------------------------------------------------

    async def existing_keys(
        self, urls: Sequence[str], guids: Sequence[str], hashes: Sequence[str]
    ) -> set[str]:
        """Which of these canonical URLs, GUIDs and content hashes are already stored."""
        found: set[str] = set()
        for column, values in (("url", urls), ("guid", guids), ("content_hash", hashes)):
            for start in range(0, len(values), 500):
                chunk = list(values[start : start + 500])
                marks = ",".join("?" * len(chunk))
                rows = await self._read(
                    f"SELECT {column} FROM articles WHERE {column} IN ({marks})", chunk
                )
                found.update(r[0] for r in rows)
        return found

    async def recent_fingerprints(
        self, since: datetime, limit: int = 20_000, *, after_id: int = 0
    ) -> list[FingerprintRow]:
        """Fingerprints of articles fetched since `since` with ids above `after_id`
        (newest first), for grouping."""
        rows = await self._read(
            "SELECT id, story_id, published_at, sketch, term_hashes, entity_hashes "
            "FROM articles WHERE fetched_at >= ? AND id > ? ORDER BY id DESC LIMIT ?",
            (to_db(since), after_id, limit),
        )
        return [
            FingerprintRow(r[0], r[1], maybe_from_db(r[2]), Fingerprint(r[3], r[4], r[5]))
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
        ids: list[int | None] = []
        created: dict[int, int] = {}
        stamp = to_db(now)
        async with self.transaction() as db:
            for article, story_ref in batch:
                story_id = created.get(story_ref, story_ref)
                new_story = story_id < 0
                if new_story:
                    cursor = await db.execute(
                        "INSERT INTO stories (title, first_seen_at, updated_at) VALUES (?, ?, ?)",
                        (article.title, stamp, stamp),
                    )
                    story_id = int(cursor.lastrowid or 0)
                try:
                    cursor = await db.execute(
                        "INSERT INTO articles (url, guid, feed_id, source, title, text, "
                        "published_at, fetched_at, content_hash, sketch, term_hashes, "
                        "entity_hashes, story_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            article.url,
                            article.guid,
                            article.feed_id,
                            article.source,
                            article.title,
                            article.text,
                            to_db(article.published_at) if article.published_at else None,
                            stamp,
                            article.content_hash,
                            article.fingerprint.sketch,
                            article.fingerprint.terms,
                            article.fingerprint.entities,
                            story_id,
                        ),
                    )
                except sqlite3.IntegrityError:
                    # Stored meanwhile (another process); SQLite undid just this statement.
                    if new_story:
                        await db.execute("DELETE FROM stories WHERE id = ?", (story_id,))
                    ids.append(None)
                    continue
                ids.append(cursor.lastrowid)
                if new_story:
                    created[story_ref] = story_id
            touched = {s for s in created.values()} | {r for _, r in batch if r > 0}
            await db.executemany(
                "UPDATE stories SET updated_at = ? WHERE id = ?", [(stamp, s) for s in touched]
            )
        return ids, created

    async def article_count(self) -> int:
        """How many articles are stored."""
        rows = await self._read("SELECT count(*) FROM articles")
        return int(rows[0][0])

    async def get_article(self, article_id: int) -> Article | None:
        """One article by id."""
        rows = await self._read(
            f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?", (article_id,)
        )
        return _article(rows[0]) if rows else None

    async def article_by_url(self, url: str) -> Article | None:
        """One article by canonical URL."""
        rows = await self._read(f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.url = ?", (url,))
        return _article(rows[0]) if rows else None

    async def story_articles(self, story_ids: Sequence[int]) -> dict[int, list[Article]]:
        """The articles of each story, oldest first."""
        if not story_ids:
            return {}
        marks = ",".join("?" * len(story_ids))
        rows = await self._read(
            f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.story_id IN ({marks}) ORDER BY a.id",
            tuple(story_ids),
        )
        out: dict[int, list[Article]] = {}
        for row in rows:
            art = _article(row)
            out.setdefault(art.story_id, []).append(art)
        return out

    async def match_articles(
        self,
        fts_query: str | None,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        sources: Sequence[str] = (),
        limit: int = 200,
    ) -> list[MatchRow]:
        """Articles fetched in (since, until] that match an FTS5 query, best first.

        Consecutive digests use the previous window's end as `since`, so an
        article falls in exactly one window.

        `sources` narrows to outlets whose name or URL contains one of the words.
        With no query, the newest articles in the window, all ranked 0.
        """
        where: list[str] = []
        params: list[Any] = []
        if since is not None:
            where.append("a.fetched_at > ?")
            params.append(to_db(since))
        if until is not None:
            where.append("a.fetched_at <= ?")
            params.append(to_db(until))
        if sources:
            where.append(
                "(" + " OR ".join(["lower(a.source) LIKE ? OR a.url LIKE ?"] * len(sources)) + ")"
            )
            for name in sources:
                pattern = "%" + name.lower().replace("%", "").replace("_", "") + "%"
                params += [pattern, pattern]
        if fts_query:
            sql = (
                f"SELECT {ARTICLE_COLUMNS}, bm25(articles_fts, 4.0, 1.0) AS rank "
                "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                "WHERE articles_fts MATCH ?"
                + "".join(f" AND {w}" for w in where)
                + " ORDER BY rank LIMIT ?"
            )
            params = [fts_query, *params, limit]
        else:
            sql = (
                f"SELECT {ARTICLE_COLUMNS}, 0.0 FROM articles a"
                + (" WHERE " + " AND ".join(where) if where else "")
                + " ORDER BY a.fetched_at DESC, a.id DESC LIMIT ?"
            )
            params = [*params, limit]
        rows = await self._read(sql, params)
        return [MatchRow(_article(r), float(r[9])) for r in rows]

    # -- questions and search (bot.answers.ask, bot.answers.search) ------------------------------

    async def document_counts(self, index_terms: Sequence[str]) -> dict[str, int]:
        """How many articles contain each full-text index term (porter stems, as stored)."""
        if not index_terms:
            return {}
        marks = ",".join("?" * len(index_terms))
        rows = await self._read(
            f"SELECT term, doc FROM articles_fts_vocab WHERE term IN ({marks})",
            tuple(index_terms),
        )
        return {r[0]: int(r[1]) for r in rows}

    async def rank_article_ids(
        self, fts_query: str, *, min_id: int | None = None, limit: int = 50
    ) -> list[tuple[int, float]]:
        """(article id, BM25 rank) of the best matches of an FTS5 query, best (lowest) first.

        Reads only the index, so it stays fast however long the texts are;
        `min_id` skips older articles (see `first_id_fetched_since`).
        """
        sql = (
            "SELECT rowid, bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts "
            "WHERE articles_fts MATCH ?"
        )
        params: list[Any] = [fts_query]
        if min_id is not None:
            sql += " AND rowid >= ?"
            params.append(min_id)
        rows = await self._read(sql + " ORDER BY score LIMIT ?", [*params, limit])
        return [(int(r[0]), float(r[1])) for r in rows]

    async def first_id_fetched_since(self, since: datetime) -> int | None:
        """The id of the first article fetched at or after `since` (ids grow with fetch time)."""
        rows = await self._read(
            "SELECT id FROM articles WHERE fetched_at >= ? ORDER BY fetched_at, id LIMIT 1",
            (to_db(since),),
        )
        return int(rows[0][0]) if rows else None

    async def match_info(self, ids: Sequence[int]) -> dict[int, MatchInfo]:
        """Story, outlet and date of matched articles, for grouping before reading any text."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = await self._read(
            "SELECT id, story_id, source, url, coalesce(published_at, fetched_at) FROM articles "
            f"WHERE id IN ({marks})",
            tuple(ids),
        )
        return {int(r[0]): MatchInfo(int(r[0]), int(r[1]), r[2], r[3], from_db(r[4])) for r in rows}

    async def articles_by_ids(self, ids: Sequence[int]) -> dict[int, Article]:
        """Articles by id (missing ids are left out)."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = await self._read(
            f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id IN ({marks})", tuple(ids)
        )
        return {r[0]: _article(r) for r in rows}

    async def story_source_counts(self, story_ids: Sequence[int]) -> dict[int, int]:
        """How many different outlets carry each story."""
        if not story_ids:
            return {}
        marks = ",".join("?" * len(story_ids))
        rows = await self._read(
            f"SELECT story_id, count(DISTINCT source) FROM articles WHERE story_id IN ({marks}) "
            "GROUP BY story_id",
            tuple(story_ids),
        )
        return {int(r[0]): int(r[1]) for r in rows}

    async def cached_summary(self, article_ids: Sequence[int]) -> dict[int, dict[str, list[str]]]:
        """Summaries already computed for these articles."""
        if not article_ids:
            return {}
        marks = ",".join("?" * len(article_ids))
        rows = await self._read(
            f"SELECT id, summary FROM articles WHERE id IN ({marks}) AND summary IS NOT NULL",
            tuple(article_ids),
        )
        return {r[0]: json.loads(r[1]) for r in rows}

    async def save_summaries(self, summaries: dict[int, dict[str, list[str]]]) -> None:
        """Cache computed summaries so later digests reuse them (not in a read-only file)."""
        if not summaries or self.read_only:
            return
        async with self.transaction() as db:
            await db.executemany(
                "UPDATE articles SET summary = ? WHERE id = ?",
                [(json.dumps(v), k) for k, v in summaries.items()],
            )

    # -- subscriptions ---------------------------------------------------------

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
    ) -> tuple[Subscription, bool]:
        """Subscribe a channel to a topic, or update the time/zone of the same topic.

        Returns (subscription, created). Updating re-enables a disabled subscription.
        """
        key = (destination.platform, destination.workspace, destination.channel, topic_key)
        async with self.transaction() as db:
            rows = await fetch_all(
                db,
                "SELECT id FROM subscriptions WHERE platform = ? AND workspace = ? AND channel = ? "
                "AND topic_key = ?",
                key,
            )
            created = not rows
            if created:
                cursor = await db.execute(
                    "INSERT INTO subscriptions (platform, workspace, channel, topic, topic_key, "
                    "at, timezone, quiet, created_by, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        *key[:3],
                        topic,
                        topic_key,
                        at.isoformat(),
                        timezone,
                        int(quiet),
                        created_by,
                        to_db(now),
                    ),
                )
                sub_id = cursor.lastrowid
            else:
                sub_id = rows[0][0]
                await db.execute(
                    "UPDATE subscriptions SET topic = ?, at = ?, timezone = ?, quiet = ?, "
                    "disabled_reason = NULL WHERE id = ?",
                    (topic, at.isoformat(), timezone, int(quiet), sub_id),
                )
            sub_rows = await fetch_all(
                db, f"SELECT {SUBSCRIPTION_COLUMNS} FROM subscriptions s WHERE s.id = ?", (sub_id,)
            )
        return _subscription(sub_rows[0]), created

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
        return [_subscription(r) for r in rows]

    async def get_subscription(self, sub_id: int) -> Subscription | None:
        """One subscription by id."""
        rows = await self._read(
            f"SELECT {SUBSCRIPTION_COLUMNS} FROM subscriptions s WHERE s.id = ?", (sub_id,)
        )
        return _subscription(rows[0]) if rows else None

    async def remove_subscriptions(self, ids: Sequence[int]) -> int:
        """Delete subscriptions (and their delivery history); returns how many."""
        if not ids:
            return 0
        async with self.transaction() as db:
            cursor = await db.execute(
                f"DELETE FROM subscriptions WHERE id IN ({','.join('?' * len(ids))})", tuple(ids)
            )
            return cursor.rowcount

    async def disable_channel(self, destination: Destination, reason: str) -> list[int]:
        """Disable every subscription of a channel the platform refuses; returns their ids."""
        key = (destination.platform, destination.workspace, destination.channel)
        async with self.transaction() as db:
            rows = await fetch_all(
                db,
                "SELECT id FROM subscriptions WHERE platform = ? AND workspace = ? AND channel = ? "
                "AND disabled_reason IS NULL",
                key,
            )
            await db.execute(
                "UPDATE subscriptions SET disabled_reason = ? WHERE platform = ? AND workspace = ? "
                "AND channel = ? AND disabled_reason IS NULL",
                (reason, *key),
            )
        return [r[0] for r in rows]

    # -- deliveries ------------------------------------------------------------

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
            rows = await fetch_all(
                db,
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
                        to_db(due_at),
                        to_db(window_start),
                        to_db(window_end),
                        owner,
                        to_db(lease_until),
                    ),
                )
            else:
                status, lease, next_attempt = rows[0]
                stamp = to_db(now)
                free = (status == "claimed" and (lease is None or lease <= stamp)) or (
                    status == "failed" and (next_attempt is None or next_attempt <= stamp)
                )
                if not free:
                    return None
                await db.execute(
                    "UPDATE deliveries SET status = 'claimed', claimed_by = ?, lease_until = ? "
                    "WHERE subscription_id = ? AND period = ?",
                    (owner, to_db(lease_until), subscription_id, period),
                )
            out = await fetch_all(
                db,
                f"SELECT {DELIVERY_COLUMNS} FROM deliveries "
                "WHERE subscription_id = ? AND period = ?",
                (subscription_id, period),
            )
        return _delivery(out[0])

    async def renew_lease(self, delivery_id: int, owner: str, lease_until: datetime) -> bool:
        """Extend this process's claim while it is still posting."""
        async with self.transaction() as db:
            cursor = await db.execute(
                "UPDATE deliveries SET lease_until = ? WHERE id = ? AND claimed_by = ? "
                "AND status = 'claimed'",
                (to_db(lease_until), delivery_id, owner),
            )
            return cursor.rowcount == 1

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
        async with self.transaction() as db:
            cursor = await db.execute(
                "UPDATE deliveries SET status = ?, attempts = attempts + 1, last_error = ?, "
                "next_attempt_at = ?, lease_until = NULL, "
                "message_ids = CASE WHEN ? = 'sent' THEN ? ELSE message_ids END, "
                "sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END "
                "WHERE id = ? AND claimed_by = ?",
                (
                    status,
                    error,
                    to_db(next_attempt_at) if next_attempt_at else None,
                    status,
                    json.dumps(list(message_ids)),
                    status,
                    to_db(now),
                    delivery_id,
                    owner,
                ),
            )
            return cursor.rowcount == 1

    async def last_window_end(self, subscription_id: int) -> datetime | None:
        """Where the subscription's last sent digest stopped: the next one starts there."""
        rows = await self._read(
            "SELECT max(window_end) FROM deliveries WHERE subscription_id = ? AND status = 'sent'",
            (subscription_id,),
        )
        return maybe_from_db(rows[0][0])

    async def unfinished_deliveries(self, now: datetime) -> list[Delivery]:
        """Deliveries to pick up: failed and due for retry, or claimed with an expired lease."""
        stamp = to_db(now)
        rows = await self._read(
            f"SELECT {DELIVERY_COLUMNS} FROM deliveries WHERE "
            "(status = 'failed' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)) "
            "OR (status = 'claimed' AND (lease_until IS NULL OR lease_until <= ?)) ORDER BY due_at",
            (stamp, stamp),
        )
        return [_delivery(r) for r in rows]

    async def deliveries_for(self, subscription_id: int) -> list[Delivery]:
        """A subscription's delivery history, newest first."""
        rows = await self._read(
            f"SELECT {DELIVERY_COLUMNS} FROM deliveries WHERE subscription_id = ? "
            "ORDER BY period DESC",
            (subscription_id,),
        )
        return [_delivery(r) for r in rows]
