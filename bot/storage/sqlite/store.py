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
import json
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime, time
from pathlib import Path
from typing import Any

import aiosqlite

from bot.clock import from_db, to_db
from bot.models import Owner
from bot.storage.migrations import available, refuse_newer
from bot.storage.query import ArticleSearch, TextQuery, fts5
from bot.storage.records import MatchRow, NewArticle, StoreError
from bot.storage.relational import (
    ARTICLE_COLUMNS,
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

    def __init__(self, db: aiosqlite.Connection, path: Path) -> None:
        self._db = db
        self.path = path
        self.location = str(path)
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path) -> SQLiteStore:
        """Open (creating if needed) the database file and apply pending migrations."""
        if sqlite3.sqlite_version_info < MIN_SQLITE:
            raise StoreError(
                f"newsbot needs SQLite {'.'.join(map(str, MIN_SQLITE))} or newer; this Python "
                f"has {sqlite3.sqlite_version}"
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for database {path}: {exc}") from None
        try:
            db = await aiosqlite.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {path}: {exc}") from None
        store = cls(db, path)
        try:
            await db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            await db.execute("PRAGMA journal_mode = WAL")
            await db.execute("PRAGMA synchronous = NORMAL")
            await db.execute("PRAGMA foreign_keys = ON")
            await store._migrate()
        except sqlite3.DatabaseError as exc:
            await db.close()
            raise StoreError(f"database {path} is not usable: {exc}") from None
        except BaseException:
            await db.close()
            raise
        return store

    async def close(self) -> None:
        """Close the connection (pending transactions were already committed or rolled back)."""
        await self._db.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Session]:
        """One all-or-nothing write: BEGIN IMMEDIATE … COMMIT, rolled back on any error."""
        async with self._lock:
            await self._db.execute("BEGIN IMMEDIATE")
            try:
                yield _Session(self._db)
            except BaseException:
                await self._db.execute("ROLLBACK")
                raise
            await self._db.execute("COMMIT")

    async def _read(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        async with self._lock:
            return list(await self._db.execute_fetchall(sql, params))

    async def _migrate(self) -> None:
        await self._db.execute(
            "CREATE TABLE IF NOT EXISTS schema_version "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        known = available(MIGRATIONS)
        refuse_newer(self.location, await self.schema_version(), known)
        for migration in known:
            async with self.transaction() as db:
                done = await db.fetch(
                    "SELECT 1 FROM schema_version WHERE version = ?", (migration.version,)
                )
                if done:
                    continue
                for statement in migration.statements():
                    await db.execute(statement)
                await db.execute(
                    "INSERT INTO schema_version (version, name, applied_at) "
                    "VALUES (?, ?, datetime('now'))",
                    (migration.version, migration.name),
                )
                log.info("database %s: applied migration %s", self.path, migration.name)

    async def schema_version(self) -> int:
        """The highest applied migration number."""
        rows = await self._read("SELECT max(version) FROM schema_version")
        return int(rows[0][0] or 0)

    # -- values across the boundary -------------------------------------------------

    def _stamp(self, when: datetime) -> str:
        return to_db(when)

    def _when(self, value: Any) -> datetime:
        return from_db(str(value))

    def _clock(self, value: Any) -> time:
        return time.fromisoformat(str(value))

    def _clock_param(self, at: time) -> str:
        return at.isoformat()

    def _json(self, value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    def _from_json(self, value: Any) -> Any:
        return None if value is None else json.loads(value)

    # -- full-text search: FTS5 ---------------------------------------------------------

    async def _index(self, session: Session, rows: Sequence[tuple[int, NewArticle]]) -> None:
        """Nothing to do: triggers keep the FTS5 index in step with the articles table."""

    async def match_articles(self, search: ArticleSearch) -> list[MatchRow]:
        """Articles fetched in (since, until] that match, best first.

        Consecutive digests use the previous window's end as `since`, so an
        article falls in exactly one window. `sources` narrows to outlets whose
        name or URL contains one of the words. With no query, the newest articles
        in the window, all ranked 0. Only articles `reader` may read are matched.
        """
        expression = fts5(search.text) if search.text is not None else ""
        if not expression:
            return await self._newest(search)
        where, params = self._window(search)
        sql = (
            f"SELECT {ARTICLE_COLUMNS}, bm25(articles_fts, 4.0, 1.0) AS rank "
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
            "WHERE articles_fts MATCH ?"
            + "".join(f" AND {w}" for w in where)
            + " ORDER BY rank LIMIT ?"
        )
        rows = await self._read(sql, [expression, *params, search.limit])
        return [MatchRow(self._article(r), float(r[9])) for r in rows]

    async def rank_article_ids(
        self,
        query: TextQuery,
        *,
        min_id: int | None = None,
        limit: int = 50,
        reader: Owner | None = None,
    ) -> list[tuple[int, float]]:
        """(article id, BM25 rank) of the best matches, best (lowest) first.

        Reads only the index, so it stays fast however long the texts are;
        `min_id` skips older articles (see `first_id_fetched_since`).
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
        rows = await self._read(
            "SELECT DISTINCT a.story_id FROM articles_fts JOIN articles a "
            "ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? "
            f"AND a.story_id IN ({marks(story_ids)}) AND {visible}",
            [expression, *story_ids, *visible_params],
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
