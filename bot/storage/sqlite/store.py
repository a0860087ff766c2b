"""The SQLite store (aiosqlite): the embedded default, one file, FTS5 search.

The database runs in WAL mode with foreign keys on. Numbered migrations in
`migrations/NNN_name.sql` are applied at open, each in one transaction, and
recorded in `schema_version`. Every write that must be all-or-nothing goes
through `transaction()`, which takes SQLite's write lock up front (BEGIN
IMMEDIATE) so two processes on one file serialise instead of failing half-way.
Search compiles `TextQuery` to FTS5 and ranks with its BM25.
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
from datetime import datetime, time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiosqlite

from bot.clock import from_db, to_db
from bot.models import Owner
from bot.storage.errors import (
    SQLITE_BUSY,
    DatabaseReadOnly,
    StoreError,
    damaged,
    fault,
    result_code,
)
from bot.storage.migrations import available, refuse_newer
from bot.storage.query import TextQuery, fts5
from bot.storage.records import NewArticle
from bot.storage.relational import (
    RelationalStore,
    Row,
    Session,
    marks,
    readable,
)

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 15_000
MIN_SQLITE = (3, 35)  # RETURNING
READERS = 2  # connections that read side by side, and beside the one that writes
RECLAIM_PAGES = 2_000  # free pages handed back per write lock (8 MB at 4 KiB pages)
INCREMENTAL = 2  # PRAGMA auto_vacuum's value for incremental
MAX_MERGES = 100  # FTS5 merge steps per reclaim (the rest waits for the next one)


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


async def _turn_to_wal(db: aiosqlite.Connection) -> None:
    """PRAGMA journal_mode = WAL, waiting up to the busy timeout for another process.

    On a file not yet in WAL mode this takes the write lock from inside a read, where
    SQLite answers "database is locked" at once rather than call the busy handler
    (waiting there could deadlock): two workers started together on a new file.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + BUSY_TIMEOUT_MS / 1000
    pause = 0.01
    while True:
        try:
            await db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if result_code(exc) != SQLITE_BUSY or loop.time() > deadline:
                raise
        await asyncio.sleep(pause)
        pause = min(pause * 2, 0.25)


class _Session:
    """An aiosqlite connection inside one transaction."""

    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        cursor = await self._db.execute(sql, params)
        return cursor.rowcount

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        await self._db.executemany(sql, rows)

    async def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return list(await self._db.execute_fetchall(sql, params))


class SQLiteStore(RelationalStore):
    """All access to one SQLite file. Open with `await SQLiteStore.open(path)`."""

    def __init__(self, db: aiosqlite.Connection, path: Path, *, read_only: bool = False) -> None:
        self._db = db
        self.path = path
        self.location = str(path)
        self.read_only = read_only
        self._lock = asyncio.Lock()
        self._readers: asyncio.Queue[aiosqlite.Connection] = asyncio.Queue()
        self._opened: list[aiosqlite.Connection] = []

    @classmethod
    async def open(cls, path: Path) -> SQLiteStore:
        """Open (creating if needed) the database file and apply pending migrations.

        A file that cannot be written is opened for reading only. Every way this can
        fail is a `StoreError` (see bot/storage/errors.py) naming the file.
        """
        if sqlite3.sqlite_version_info < MIN_SQLITE:
            raise StoreError(
                f"newsbot needs SQLite {'.'.join(map(str, MIN_SQLITE))} or newer; this Python "
                f"has {sqlite3.sqlite_version}"
            )
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
                # Set on a new file only (before its first table): setting it takes the
                # write lock, so opening would wait for any other process writing. An
                # older file is converted once by reclaim_space.
                if not next(iter(await db.execute_fetchall("PRAGMA page_count")))[0]:
                    await db.execute("PRAGMA auto_vacuum = INCREMENTAL")
                await _turn_to_wal(db)
            await db.execute("PRAGMA synchronous = NORMAL")
            await db.execute("PRAGMA foreign_keys = ON")
            await store._migrate()
            for _ in range(READERS):
                await store._open_reader(target)
        except sqlite3.Error as exc:
            await store.close()
            raise fault(exc, path) or StoreError(f"database {path} is not usable: {exc}") from None
        except BaseException:
            await store.close()
            raise
        return store

    async def _open_reader(self, target: str) -> None:
        reader = await aiosqlite.connect(target, uri=True, isolation_level=None)
        self._opened.append(reader)
        await reader.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        await reader.execute("PRAGMA query_only = ON")
        self._readers.put_nowait(reader)

    async def verify(self) -> None:
        """Raise DatabaseDamaged unless SQLite's quick check finds the file sound."""
        rows = await self._read("PRAGMA quick_check(1)")
        if not rows or rows[0][0] != "ok":
            raise damaged(self.path, str(rows[0][0]) if rows else "no answer to a check")

    async def close(self) -> None:
        """Close the connections (pending transactions were already committed or rolled back)."""
        for reader in self._opened:
            await reader.close()
        await self._db.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Session]:
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
                yield _Session(self._db)
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

    async def _read(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Rows of one statement: a query on a free reader (WAL lets readers run while
        one connection writes, and SQLite lets go of the GIL, so reads use both cores);
        a PRAGMA on the connection that writes."""
        if not sql.startswith(("SELECT", "WITH")):
            async with self._lock:
                try:
                    return list(await self._db.execute_fetchall(sql, params))
                except sqlite3.Error as exc:
                    raise fault(exc, self.path) or exc from None
        reader = await self._readers.get()
        try:
            return list(await reader.execute_fetchall(sql, params))
        except sqlite3.Error as exc:
            raise fault(exc, self.path) or exc from None
        finally:
            self._readers.put_nowait(reader)

    async def reclaim_space(self) -> int:
        """Hand the space of deleted rows back to the file system; pages freed.

        FTS5 keeps a deleted article's index entries as tombstones until it merges
        segments, so segments are merged first, then free pages truncated away;
        both in steps of about RECLAIM_PAGES, each under its own write lock, so
        commands wait at most a moment. A file made before incremental auto-vacuum
        is rewritten once with VACUUM to turn it on (skipped, and tried next time,
        while another process holds the file).
        """
        mode = await self._read("PRAGMA auto_vacuum")
        if int(mode[0][0]) != INCREMENTAL:
            async with self._lock:
                log.warning("database %s: turning on incremental auto-vacuum (once)", self.path)
                try:
                    await self._db.execute("PRAGMA auto_vacuum = INCREMENTAL")
                    await self._db.execute("VACUUM")
                except sqlite3.OperationalError as exc:
                    log.warning("database %s: VACUUM postponed: %s", self.path, exc)
            return 0
        for _ in range(MAX_MERGES):
            before = self._db.total_changes
            await self._write(
                "INSERT INTO articles_fts(articles_fts, rank) VALUES ('merge', ?)",
                (-RECLAIM_PAGES,),
            )
            if self._db.total_changes == before:
                break
        freed = 0
        while free := int((await self._read("PRAGMA freelist_count"))[0][0]):
            async with self._lock:
                # Each step of the pragma frees one page; a script runs it to the end.
                await self._db.executescript(f"PRAGMA incremental_vacuum({RECLAIM_PAGES});")
            freed += min(free, RECLAIM_PAGES)
        if freed:  # the file shrinks when the WAL is written back; don't wait for readers
            await self._read("PRAGMA wal_checkpoint(PASSIVE)")
        return freed

    async def _migrate(self) -> None:
        known = available(MIGRATIONS)
        applied = await self._applied_versions()
        refuse_newer(self.location, max(applied, default=0), known)
        pending = [m for m in known if m.version not in applied]
        if pending and self.read_only:
            raise DatabaseReadOnly(
                f"database {self.path} is read-only and needs upgrading to schema "
                f"{known[-1].version}: open it once with newsbot where it can be written"
            )
        for migration in pending:
            async with self.transaction() as db:
                done = await db.fetch(
                    "SELECT 1 FROM schema_version WHERE version = ?", (migration.version,)
                )
                if done:  # another process applied it meanwhile
                    continue
                for statement in migration.statements():
                    await db.execute(statement)
                await db.execute(
                    "INSERT INTO schema_version (version, name, applied_at) "
                    "VALUES (?, ?, datetime('now'))",
                    (migration.version, migration.name),
                )
                log.info("database %s: applied migration %s", self.path, migration.name)

    async def _applied_versions(self) -> set[int]:
        exists = await self._db.execute_fetchall(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
        )
        if not exists:
            if self.read_only:
                return set()
            await self._db.execute(
                "CREATE TABLE IF NOT EXISTS schema_version "
                "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
        rows = await self._db.execute_fetchall("SELECT version FROM schema_version")
        return {int(r[0]) for r in rows}

    async def schema_version(self) -> int:
        """The highest applied migration number."""
        rows = await self._read("SELECT max(version) FROM schema_version")
        return int(rows[0][0] or 0)

    # -- values across the boundary -------------------------------------------------

    def _stamp(self, when: datetime) -> str:
        return to_db(when)

    def _when(self, value: Any) -> datetime:
        return from_db(str(value))

    def _day(self, column: str) -> str:
        return f"substr({column}, 1, 10)"  # stored as UTC ISO 8601 text

    def _clock(self, value: Any) -> time:
        return time.fromisoformat(str(value))

    def _clock_param(self, at: time) -> str:
        return at.isoformat()

    def _new_id(self, table: str) -> str:
        # SQLite would give a deleted highest id again; migration 005 keeps the highest
        # deleted one in retired_ids, and new ids start above it
        return (
            f"(SELECT max((SELECT coalesce(max(id), 0) FROM {table}), "
            f"(SELECT coalesce(max(last_id), 0) FROM retired_ids WHERE name = '{table}')) + 1)"
        )

    def _json(self, value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    def _from_json(self, value: Any) -> Any:
        return None if value is None else json.loads(value)

    # -- full-text search: FTS5 ---------------------------------------------------------

    async def _index(self, session: Session, rows: Sequence[tuple[int, NewArticle]]) -> None:
        """Nothing to do: triggers keep the FTS5 index in step with the articles table."""

    def _compiles(self, query: TextQuery) -> bool:
        return bool(fts5(query))

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
        best (lowest) first.

        Reads only the index, so it stays fast however long the texts are; FTS5 seeks
        to the id range in each term's list (see `first_id_fetched_since`).
        """
        expression = fts5(query)
        if not expression:
            return []
        sql = (
            "SELECT rowid, bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts "
            "WHERE articles_fts MATCH ?"
        )
        params: list[Any] = [expression]
        if min_id is not None:
            sql += " AND rowid >= ?"
            params.append(min_id)
        if max_id is not None:
            sql += " AND rowid <= ?"
            params.append(max_id)
        if reader is not None:
            visible, visible_params = readable(reader, "articles_fts.rowid")
            sql += f" AND {visible}"
            params += visible_params
        rows = await self._read(sql + " ORDER BY score LIMIT ?", [*params, limit])
        return [(int(r[0]), float(r[1])) for r in rows]

    async def stories_matching(
        self, query: TextQuery, story_ids: Sequence[int], reader: Owner | None = None
    ) -> set[int]:
        """Which of these stories hold an article `reader` may read that matches `query`."""
        expression = fts5(query)
        if not expression or not story_ids:
            return set()
        visible, visible_params = readable(reader, "a.id")
        # The stories' ids first (an index), then the index of words: no row is read.
        rows = await self._read(
            "WITH ids AS MATERIALIZED (SELECT a.id, a.story_id FROM articles a "
            f"WHERE a.story_id IN ({marks(story_ids)}) AND {visible}) "
            "SELECT DISTINCT ids.story_id FROM ids JOIN articles_fts f ON f.rowid = ids.id "
            "WHERE articles_fts MATCH ?",
            [*story_ids, *visible_params, expression],
        )
        return {int(r[0]) for r in rows}

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
