"""What only SQLite has: the file, its pragmas, FTS5 triggers, a file that is not a database.

The behaviour both backends share is in tests/bot/storage/test_contract.py.
"""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.ingestion.dedupe import fingerprint
from bot.models import Destination
from bot.storage.errors import StoreError
from bot.storage.migrations import available, split_statements
from bot.storage.records import NewArticle
from bot.storage.sqlite.store import MIGRATIONS
from bot.storage.sqlite.store import SQLiteStore as Store
from tests.conftest import add_subscription

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
HERE = Destination("console", "", "general")


def article(n: int, text: str | None = None, url: str | None = None) -> NewArticle:
    body = text or f"Article number {n} says something distinct about topic {n}."
    return NewArticle(
        title=f"Title {n}",
        text=body,
        source="Test Wire",
        url=url or f"https://x.example/{n}",
        guid=None,
        published_at=NOW,
        content_hash=f"hash-{n}",
        fingerprint=fingerprint(body, body.lower().split()),
    )


async def test_open_sets_wal_foreign_keys_and_migrations(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "sub" / "n.db")
    await store.close()
    db = sqlite3.connect(tmp_path / "sub" / "n.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT version, name FROM schema_version").fetchall()[0] == (
        1,
        "001_initial",
    )
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"feeds", "articles", "stories", "subscriptions", "deliveries", "articles_fts"} <= tables
    store = await Store.open(tmp_path / "sub" / "n.db")  # re-opening applies nothing twice
    assert await store.schema_version() == len(list(MIGRATIONS.glob("*.sql")))
    rows = await store._read("PRAGMA foreign_keys")
    assert rows[0][0] == 1
    await store.close()


async def test_a_file_opens_while_another_process_holds_its_write_lock(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    store = await Store.open(path)
    await store.close()
    worker = sqlite3.connect(path, isolation_level=None)
    worker.execute("BEGIN IMMEDIATE")  # a `newsbot run` in the middle of a long write
    try:
        store = await asyncio.wait_for(Store.open(path), timeout=5)  # not the busy timeout
        await store.close()
    finally:
        worker.execute("COMMIT")
        worker.close()


async def test_turning_a_file_to_wal_waits_for_another_process_writing(tmp_path: Path) -> None:
    # Two workers started together on a new file both turn it to WAL. That takes the
    # write lock from inside a read, where SQLite says "database is locked" at once
    # instead of waiting (waiting there could deadlock): the second must wait itself.
    path = tmp_path / "rollback.db"
    made = sqlite3.connect(path, isolation_level=None)
    made.execute("PRAGMA auto_vacuum = INCREMENTAL")
    made.execute("CREATE TABLE notes (x)")  # not yet in WAL mode, as the first worker sees it
    made.execute("BEGIN IMMEDIATE")
    opening = asyncio.create_task(Store.open(path))
    await asyncio.sleep(0.5)
    assert not opening.done(), "it waits for the write lock instead of failing"
    made.execute("COMMIT")
    made.close()
    store = await opening
    try:
        assert (await store._read("PRAGMA journal_mode"))[0][0] == "wal"
    finally:
        await store.close()


async def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not usable"):
        await Store.open(bad)


def test_split_statements_keeps_trigger_bodies_whole() -> None:
    script = (
        "-- c\nCREATE TABLE a (x);\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n"
    )
    assert len(split_statements(script)) == 2


async def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "n.db")
    with pytest.raises(RuntimeError):
        async with store.transaction() as db:
            await db.execute(
                "INSERT INTO stories (title, first_seen_at, updated_at) VALUES ('x','','')"
            )
            raise RuntimeError("boom")
    assert (await store._read("SELECT count(*) FROM stories"))[0][0] == 0
    await store.close()


async def test_an_upgraded_database_gives_no_id_of_its_subscriptions_again(
    tmp_path: Path,
) -> None:
    # a database as newsbot left it before migration 005, with subscriptions #1 and #2
    db = sqlite3.connect(tmp_path / "n.db")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(
        "CREATE TABLE schema_version "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    for migration in available(MIGRATIONS)[:4]:
        for statement in migration.statements():
            db.execute(statement)
        db.execute(
            "INSERT INTO schema_version VALUES (?, ?, 'then')", (migration.version, migration.name)
        )
    for n in (1, 2):
        db.execute(
            "INSERT INTO subscriptions (id, platform, workspace, channel, topic, topic_key, at, "
            "timezone, created_by, created_at) VALUES (?, 'console', '', 'c', ?, ?, '08:00:00', "
            "'UTC', 'u', '2026-11-26T08:00:00+00:00')",
            (n, f"t{n}", f"t{n}"),
        )
    db.commit()
    db.close()
    store = await Store.open(tmp_path / "n.db")
    try:
        assert await store.remove_subscriptions([2]) == 1
        sub = await add_subscription(
            store, Destination("console", "", "c"), "t3", created=datetime(2026, 11, 27, tzinfo=UTC)
        )
    finally:
        await store.close()
    assert sub.id == 3


async def test_a_database_from_a_newer_newsbot_is_refused(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "n.db")
    await store.close()
    db = sqlite3.connect(tmp_path / "n.db")
    db.execute("INSERT INTO schema_version VALUES (99, '099_future', 'later')")
    db.commit()
    db.close()
    with pytest.raises(
        StoreError, match=r"written by a newer newsbot \(schema 99; this one knows up to 5\)"
    ):
        await Store.open(tmp_path / "n.db")


def _bulky(n: int) -> NewArticle:
    words = " ".join(f"word{n}x{i}" for i in range(3000))  # ~30 KB of distinct words
    return article(n, f"Article {n} opens here. {words}.")


async def test_pruning_hands_the_space_back_to_the_file_system(tmp_path: Path) -> None:
    path = tmp_path / "n.db"
    store = await Store.open(path)
    assert (await store._read("PRAGMA auto_vacuum"))[0][0] == 2  # incremental from the start
    old = NOW.replace(year=2025)
    await store.add_articles([(_bulky(n), -n) for n in range(1, 201)], old)
    await store.add_articles([(article(1000), -1)], NOW)
    await store._read("PRAGMA wal_checkpoint(TRUNCATE)")
    full = path.stat().st_size
    pruned = await store.prune_articles(NOW.replace(year=2026, month=1), 500)
    assert pruned.articles == 200
    assert await store.reclaim_space() > 0
    assert path.stat().st_size < full / 4
    assert (await store._read("PRAGMA integrity_check"))[0][0] == "ok"
    assert await store.article_count() == 1
    await store.close()


async def test_a_file_made_before_auto_vacuum_is_converted_once(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)  # an older newsbot's file: auto_vacuum off, tables made
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    store = await Store.open(path)
    assert (await store._read("PRAGMA auto_vacuum"))[0][0] == 0
    assert await store.reclaim_space() == 0
    assert (await store._read("PRAGMA auto_vacuum"))[0][0] == 2
    assert await store.schema_version() == len(list(MIGRATIONS.glob("*.sql")))
    await store.close()
