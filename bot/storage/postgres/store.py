"""The PostgreSQL store (psycopg 3, async, with a connection pool).

For a bot that outgrows one machine: several `newsbot run` processes share one
database. Migrations run each in one transaction under an advisory lock, so
processes that start together never race. Times are `timestamptz`, JSON is
`jsonb`, ids are identity columns.

Search: each article carries a `tsvector` of the store's own index terms
(`bot.storage.terms`, the same porter/unicode61 terms SQLite's FTS5 stores; the
title weighted A) behind a GIN index, so a `TextQuery` compiles to a `tsquery`
that matches the same articles as on SQLite. PostgreSQL's `ts_rank_cd` has no
idf, so ranking is BM25 computed in SQL, like FTS5's, from a term-frequency table
(`article_terms`: the postings of every term but stop words, with the article's
length) and `term_counts` (how many articles hold each term): a question of
alternative words is scored from the postings alone; anything else is matched
through GIN first (the newest MAX_CANDIDATES matches) and those are scored.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time as clock
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

import psycopg
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from bot.models import Owner
from bot.settings import mask_password
from bot.storage.errors import StoreError
from bot.storage.migrations import Migration, available, refuse_newer
from bot.storage.query import AnyOf, TextQuery, tsquery
from bot.storage.records import NewArticle
from bot.storage.relational import RelationalStore, Row, Session, readable
from bot.storage.terms import index_key, index_terms, index_tokens
from summaries.text import STOP_WORDS

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
WORK_CHANNEL = "newsbot_work"
MIGRATION_LOCK = 0x6E657773  # "news": the advisory lock every process takes to migrate
PRUNE_LOCK = 0x7072756E  # "prun": held by the one worker deleting old rows
POOL_SIZE = 8
CONNECT_SECONDS = 10.0
MAX_CANDIDATES = 10_000  # matches scored at most, newest first
MAX_INDEXED_TERMS = 50_000  # a tsvector holds at most 1 MB
TITLE_WEIGHT = 4  # as FTS5's bm25(articles_fts, 4.0, 1.0)
K1, B = 1.2, 0.75
STATS_SECONDS = 60.0


def sql(text: str) -> str:
    """The shared SQL (`?` placeholders) in psycopg's style (`%s`, literal `%` doubled)."""
    return text.replace("%", "%%").replace("?", "%s")


def describe(url: str) -> str:
    """Where a URL points, for one-line errors: `host:port/dbname`."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return mask_password(url)
    host = info.get("host") or "localhost"
    port = info.get("port") or "5432"
    return f"{host}:{port}/{info.get('dbname') or info.get('user') or ''}"


def first_line(exc: BaseException) -> str:
    """An exception's message, one line."""
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.splitlines()[0].split())


class _Session:
    """A pooled psycopg connection inside one transaction."""

    def __init__(self, conn: psycopg.AsyncConnection[Any]) -> None:
        self._conn = conn

    async def execute(self, text: str, params: Sequence[Any] = ()) -> int:
        cursor = await self._conn.execute(sql(text), params)
        return cursor.rowcount

    async def executemany(self, text: str, rows: Iterable[Sequence[Any]]) -> None:
        async with self._conn.cursor() as cursor:
            await cursor.executemany(sql(text), list(rows))

    async def fetch(self, text: str, params: Sequence[Any] = ()) -> list[Row]:
        cursor = await self._conn.execute(sql(text), params)
        return list(await cursor.fetchall())

    async def copy(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Many rows at once, with COPY."""
        async with self._conn.cursor() as cursor:
            statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
            async with cursor.copy(statement) as copy:
                for row in rows:
                    await copy.write_row(row)


class PostgresStore(RelationalStore):
    """All access to one PostgreSQL database. Open with `await PostgresStore.open(url)`."""

    OWNERS_AGG = "string_agg(o.platform || ':' || o.workspace, ' ')"
    LOCKS_ROWS = True

    def __init__(self, pool: AsyncConnectionPool[Any], url: str) -> None:
        self._pool = pool
        self.url = url
        self.location = mask_password(url)
        self._stats: tuple[float, int, float] = (0.0, 0, 1.0)  # when, articles, avg length
        self._listener: psycopg.AsyncConnection[Any] | None = None

    @classmethod
    async def open(cls, url: str, *, pool_size: int = POOL_SIZE) -> PostgresStore:
        """Connect, then apply pending migrations; StoreError names the host and why not."""
        where = describe(url)
        try:
            psycopg.conninfo.conninfo_to_dict(url)
        except psycopg.ProgrammingError as exc:
            raise StoreError(
                f"database URL {mask_password(url)} is not a PostgreSQL URL ({first_line(exc)})"
            ) from None
        pool: AsyncConnectionPool[Any] = AsyncConnectionPool(
            url,
            min_size=1,
            max_size=pool_size,
            open=False,
            # psycopg prepares a statement after five runs; PostgreSQL's generic plan for
            # the ranking query (an unnest of parameters joined to the postings) is
            # up to 40× slower than the plan made for the actual terms.
            kwargs={
                "autocommit": True,
                "options": "-c timezone=UTC -c plan_cache_mode=force_custom_plan",
                "prepare_threshold": None,
            },
        )
        try:
            # One direct attempt first: the pool only says "timed out", not why.
            try:
                probe = await psycopg.AsyncConnection.connect(
                    url, autocommit=True, connect_timeout=int(CONNECT_SECONDS)
                )
            except psycopg.Error as exc:
                raise StoreError(
                    f"cannot connect to PostgreSQL at {where}: {first_line(exc)}"
                ) from None
            await probe.close()
            await pool.open(wait=True, timeout=CONNECT_SECONDS)
        except PoolTimeout:
            await pool.close()
            raise StoreError(
                f"cannot connect to PostgreSQL at {where} within {CONNECT_SECONDS:g} s"
            ) from None
        except BaseException:
            await pool.close()
            raise
        store = cls(pool, url)
        try:
            await store._migrate()
        except psycopg.Error as exc:
            await pool.close()
            raise StoreError(f"database {where} is not usable: {first_line(exc)}") from None
        except BaseException:
            await pool.close()
            raise
        return store

    async def close(self) -> None:
        """Close every pooled connection (and the one listening for work)."""
        if self._listener is not None:
            await self._listener.close()
            self._listener = None
        await self._pool.close()

    async def notify_work(self) -> None:
        """NOTIFY the idle workers that digests are due (a hint: a notify nobody hears is
        lost, and the rows stay the record)."""
        await self._read("SELECT pg_notify(?, '')", (WORK_CHANNEL,))

    async def wait_for_work(self, seconds: float) -> None:
        """Sleep until a NOTIFY on the work channel, or `seconds` at most."""
        try:
            if self._listener is None:
                self._listener = await psycopg.AsyncConnection.connect(self.url, autocommit=True)
                await self._listener.execute(f"LISTEN {WORK_CHANNEL}")
            async for _ in self._listener.notifies(timeout=seconds, stop_after=1):
                return
        except psycopg.Error as exc:
            log.info("listening for work failed (%s); polling instead", first_line(exc))
            if self._listener is not None:
                await self._listener.close()
                self._listener = None
            await asyncio.sleep(seconds)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Session]:
        """One all-or-nothing write on one pooled connection."""
        async with self._pool.connection() as conn, conn.transaction():
            yield _Session(conn)

    async def _write(self, text: str, params: Sequence[Any] = ()) -> list[Row]:
        """One statement that writes, as it comes (autocommit: one round trip)."""
        async with self._pool.connection() as conn:
            cursor = await conn.execute(sql(text), params)
            return list(await cursor.fetchall()) if cursor.description else []

    async def _read(self, text: str, params: Sequence[Any] = ()) -> list[Row]:
        async with self._pool.connection() as conn:
            cursor = await conn.execute(sql(text), params)
            return list(await cursor.fetchall())

    async def _migrate(self) -> None:
        known = available(MIGRATIONS)
        async with self._pool.connection() as conn:
            async with conn.transaction():
                await conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
                await conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, "
                    "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"
                )
            refuse_newer(self.location, await self.schema_version(), known)
            for migration in known:
                await self._apply(conn, migration)

    async def _apply(self, conn: psycopg.AsyncConnection[Any], migration: Migration) -> None:
        """One migration in one transaction, under the lock, unless another process did it."""
        async with conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            cursor = await conn.execute(
                "SELECT 1 FROM schema_version WHERE version = %s", (migration.version,)
            )
            if await cursor.fetchone():
                return
            for statement in migration.statements():
                await conn.execute(statement)
            await conn.execute(
                "INSERT INTO schema_version (version, name) VALUES (%s, %s)",
                (migration.version, migration.name),
            )
        log.info("database %s: applied migration %s", self.location, migration.name)

    async def verify(self) -> None:
        """PostgreSQL guards its own files; a query that answers is all to check here."""
        await self._read("SELECT 1")

    async def schema_version(self) -> int:
        """The highest applied migration number."""
        rows = await self._read("SELECT max(version) FROM schema_version")
        return int(rows[0][0] or 0)

    # -- values across the boundary -------------------------------------------------

    def _stamp(self, when: datetime) -> datetime:
        return when.astimezone(UTC)

    def _when(self, value: Any) -> datetime:
        assert isinstance(value, datetime)
        return value.astimezone(UTC)

    def _day(self, column: str) -> str:
        return f"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')"

    def _clock(self, value: Any) -> time:
        assert isinstance(value, time)
        return value

    def _clock_param(self, at: time) -> time:
        return at

    def _json(self, value: Any) -> Jsonb:
        return Jsonb(value)

    def _from_json(self, value: Any) -> Any:
        return value

    # -- the search index -------------------------------------------------------------

    async def _index(self, session: Session, rows: Sequence[tuple[int, NewArticle]]) -> None:
        """The tsvector, postings and length of new articles, and the counts of articles
        per term (updated in term order, so concurrent ingests cannot deadlock)."""
        if not rows:
            return
        vectors = []
        postings: list[tuple[str, int, float, int]] = []
        seen: Counter[str] = Counter()
        for article_id, article in rows:
            title = index_tokens(article.title)[:MAX_INDEXED_TERMS]
            text = index_tokens(article.text)[: MAX_INDEXED_TERMS - len(title)]
            total = len(title) + len(text)
            freqs: Counter[str] = Counter()
            for tokens, weight in ((title, TITLE_WEIGHT), (text, 1)):
                for token in tokens:
                    if token not in STOP_WORDS:
                        freqs[index_key(token)] += weight
            seen.update(freqs.keys())
            postings += [(term, article_id, float(tf), total) for term, tf in freqs.items()]
            vectors.append(
                (
                    " ".join(index_key(t) for t in title),
                    " ".join(index_key(t) for t in text),
                    total,
                    article_id,
                )
            )
        await session.executemany(
            "UPDATE articles SET search = setweight(to_tsvector('simple', ?), 'A') "
            "|| to_tsvector('simple', ?), term_total = ? WHERE id = ?",
            vectors,
        )
        assert isinstance(session, _Session)
        await session.copy("article_terms", ("term", "article_id", "tf", "length"), postings)
        await session.executemany(
            "INSERT INTO term_counts (term, docs) VALUES (?, ?) "
            "ON CONFLICT (term) DO UPDATE SET docs = term_counts.docs + excluded.docs",
            sorted(seen.items()),
        )

    async def _unindex(self, session: Session, article_ids: Sequence[int]) -> None:
        """Drop the articles' postings and count them out of each term (in term order, as
        `_index` counts them in, so a prune and an ingest cannot deadlock)."""
        rows = await session.fetch(
            "DELETE FROM article_terms WHERE article_id = ANY(?) RETURNING term",
            (list(article_ids),),
        )
        gone = sorted(Counter(str(r[0]) for r in rows).items())
        await session.executemany(
            "UPDATE term_counts SET docs = docs - ? WHERE term = ?", [(n, t) for t, n in gone]
        )
        await session.execute(
            "DELETE FROM term_counts WHERE docs <= 0 AND term = ANY(?)", ([t for t, _ in gone],)
        )

    async def _prune_turn(self, session: Session) -> bool:
        """One worker prunes at a time; the others skip this round."""
        rows = await session.fetch("SELECT pg_try_advisory_xact_lock(?)", (PRUNE_LOCK,))
        return bool(rows[0][0])

    async def reclaim_space(self) -> int:
        """Nothing to ask: autovacuum reuses the space of deleted rows."""
        return 0

    async def document_counts(self, index_terms: Sequence[str]) -> dict[str, int]:
        """How many articles contain each index term."""
        if not index_terms:
            return {}
        rows = await self._read(
            "SELECT term, docs FROM term_counts WHERE term = ANY(?)", (list(index_terms),)
        )
        return {r[0]: int(r[1]) for r in rows}

    async def stories_matching(
        self, query: TextQuery, story_ids: Sequence[int], reader: Owner | None = None
    ) -> set[int]:
        """Which of these stories hold an article `reader` may read that matches `query`."""
        expression = tsquery(query)
        if not expression or not story_ids:
            return set()
        visible, visible_params = readable(reader, "a.id")
        rows = await self._read(
            "SELECT DISTINCT a.story_id FROM articles a "
            "WHERE a.search @@ to_tsquery('simple', ?) AND a.story_id = ANY(?) "
            f"AND {visible}",
            (expression, list(story_ids), *visible_params),
        )
        return {int(r[0]) for r in rows}

    async def _corpus(self) -> tuple[int, float]:
        """How many articles, and their average length in terms (cached for a minute)."""
        when, total, average = self._stats
        if clock.monotonic() - when > STATS_SECONDS or total == 0:
            rows = await self._read("SELECT count(*), coalesce(avg(term_total), 1) FROM articles")
            total, average = int(rows[0][0]), float(rows[0][1]) or 1.0
            self._stats = (clock.monotonic(), total, average)
        return total, average

    async def _weights(self, query: TextQuery) -> tuple[list[str], list[float], float]:
        """The query's terms, their idf (as FTS5 computes it) and the average length."""
        terms = sorted({t for p in query.phrases() for w in p.words for t in index_terms(w)})
        counts = await self.document_counts(terms)
        total, average = await self._corpus()
        idf = [
            max(1e-6, math.log((total - counts.get(t, 0) + 0.5) / (counts.get(t, 0) + 0.5)))
            for t in terms
        ]
        return terms, idf, average

    async def _ranked(
        self,
        query: TextQuery,
        where: list[str],
        params: list[Any],
        limit: int,
        *,
        alternatives: bool = False,
    ) -> list[Row]:
        """(id, rank) of the matches, scored by BM25 (negated: lower is better).

        With `alternatives` (one group of alternatives, no exclusions: a question),
        the postings are scored directly; an article counts as a match when it holds
        one of the single words, or, checked through its tsvector, one of the phrases.
        Otherwise the query is matched through the tsvector's GIN index first, and the
        newest MAX_CANDIDATES matches are scored.
        """
        expression = tsquery(query)
        if not expression:
            return []
        terms, idf, average = await self._weights(query)
        score = "-sum(w.idf * t.tf * ? / (t.tf + ? * (1 - ? + ? * t.length / ?))) AS rank"
        score_params = [K1 + 1, K1, B, B, average]
        if alternatives:
            options = query.require[0].options
            single = {t for p in options for t in index_terms(" ".join(p.words))
                      if len(index_terms(" ".join(p.words))) == 1}  # fmt: skip
            phrases = TextQuery((AnyOf(tuple(p for p in options if len(p.words) > 1)),))
            phrase_check = (
                "EXISTS (SELECT 1 FROM articles a WHERE a.id = s.id "
                "AND a.search @@ to_tsquery('simple', ?))"
                if phrases.require[0].options
                else "false"
            )
            conditions = "".join(f" AND {w}" for w in where)
            return await self._read(
                "WITH weights AS (SELECT * FROM unnest(?::text[], ?::float8[], ?::bool[]) "
                "AS w(term, idf, single)) "
                f"SELECT id, rank FROM (SELECT t.article_id AS id, {score}, "
                "bool_or(w.single) AS sure FROM weights w "
                "JOIN article_terms t ON t.term = w.term GROUP BY t.article_id) s "
                f"WHERE (sure OR {phrase_check}){conditions} ORDER BY rank, id DESC LIMIT ?",
                (
                    terms,
                    idf,
                    [t in single for t in terms],
                    *score_params,
                    *([tsquery(phrases)] if phrases.require[0].options else []),
                    *params,
                    limit,
                ),
            )
        conditions = "".join(f" AND {w}" for w in where)
        return await self._read(
            "WITH matched AS MATERIALIZED (SELECT a.id FROM articles a "
            f"WHERE a.search @@ to_tsquery('simple', ?){conditions} "
            "ORDER BY a.id DESC LIMIT ?), "
            "weights AS (SELECT * FROM unnest(?::text[], ?::float8[]) AS w(term, idf)) "
            f"SELECT m.id, {score} FROM weights w "
            "JOIN article_terms t ON t.term = w.term JOIN matched m ON m.id = t.article_id "
            "GROUP BY m.id ORDER BY rank, m.id DESC LIMIT ?",
            (expression, *params, MAX_CANDIDATES, terms, idf, *score_params, limit),
        )

    def _compiles(self, query: TextQuery) -> bool:
        return bool(tsquery(query))

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
        alternatives = len(query.require) == 1 and not query.exclude
        article = "s.id" if alternatives else "a.id"
        where: list[str] = []
        params: list[Any] = []
        if min_id is not None:
            where.append(f"{article} >= ?")
            params.append(min_id)
        if max_id is not None:
            where.append(f"{article} <= ?")
            params.append(max_id)
        if reader is not None:
            visible, visible_params = readable(reader, article)
            where.append(visible)
            params += visible_params
        rows = await self._ranked(query, where, params, limit, alternatives=alternatives)
        return [(int(r[0]), float(r[1])) for r in rows]
