from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from bot.ingestion.dedupe import fingerprint
from bot.models import Destination
from bot.storage.store import MIGRATIONS, NewArticle, Store, StoreError, split_statements

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


async def test_articles_join_stories_with_placeholders(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "n.db")
    ids, created = await store.add_articles(
        [(article(1), -1), (article(2), -1), (article(3), -2)], NOW
    )
    assert None not in ids
    stories = await store.story_articles(list(created.values()))
    assert [len(v) for v in stories.values()] == [2, 1]
    # a unique key clash skips just that article, the others in the batch still land
    ids, _ = await store.add_articles([(article(1), -1), (article(4), -1)], NOW)
    assert ids[0] is None and ids[1] is not None
    assert await store.article_count() == 4
    await store.close()


async def test_full_text_search_with_porter_stems(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "n.db")
    await store.add_articles(
        [
            (article(1, "Firefighters battled wildfires near Evora."), -1),
            (article(2, "The central bank cut interest rates."), -2),
        ],
        NOW,
    )
    hits = await store.match_articles('"wildfire"')
    assert [h.article.id for h in hits] == [1]
    assert await store.match_articles('"wildfire"', since=NOW + timedelta(seconds=1)) == []
    assert len(await store.match_articles(None)) == 2
    assert [h.article.id for h in await store.match_articles('"rate"', sources=["wire"])] == [2]
    assert await store.match_articles('"rate"', sources=["other"]) == []
    await store.close()


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


async def test_subscription_upsert_list_disable_remove(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "n.db")
    kwargs = dict(
        topic="climate",
        topic_key='"climate"',
        at=time(8),
        timezone="UTC",
        quiet=False,
        created_by="u1",
        now=NOW,
    )
    sub, created = await store.upsert_subscription(HERE, **kwargs)
    again, created_again = await store.upsert_subscription(
        HERE, **{**kwargs, "at": time(9), "timezone": "Europe/Berlin"}
    )
    assert created and not created_again and again.id == sub.id
    assert (again.at, again.timezone) == (time(9), "Europe/Berlin")
    assert await store.disable_channel(HERE, "channel is archived") == [sub.id]
    listed = await store.list_subscriptions(HERE)
    assert listed[0].disabled_reason == "channel is archived"
    assert await store.list_subscriptions(enabled_only=True) == []
    assert await store.remove_subscriptions([sub.id]) == 1
    await store.close()


async def test_delivery_claims_are_exclusive_and_leases_expire(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "n.db")
    sub, _ = await store.upsert_subscription(
        HERE,
        topic="x",
        topic_key="x",
        at=time(8),
        timezone="UTC",
        quiet=False,
        created_by="u",
        now=NOW,
    )
    window = dict(
        period="2026-11-26", due_at=NOW, window_start=NOW - timedelta(days=1), window_end=NOW
    )
    first = await store.claim_delivery(
        sub.id, owner="A", now=NOW, lease_until=NOW + timedelta(minutes=2), **window
    )
    assert first is not None and first.status == "claimed"
    assert (
        await store.claim_delivery(
            sub.id,
            owner="B",
            now=NOW + timedelta(minutes=1),
            lease_until=NOW + timedelta(minutes=3),
            **window,
        )
        is None
    )
    # A dies; after its lease B may take over, and A can no longer finish
    taken = await store.claim_delivery(
        sub.id,
        owner="B",
        now=NOW + timedelta(minutes=3),
        lease_until=NOW + timedelta(minutes=5),
        **window,
    )
    assert taken is not None
    assert not await store.finish_delivery(first.id, "A", status="sent", now=NOW)
    assert await store.finish_delivery(taken.id, "B", status="sent", now=NOW, message_ids=["m1"])
    assert (
        await store.claim_delivery(
            sub.id,
            owner="C",
            now=NOW + timedelta(days=1),
            lease_until=NOW + timedelta(days=2),
            **window,
        )
        is None
    )
    history = await store.deliveries_for(sub.id)
    assert history[0].message_ids == ("m1",) and history[0].status == "sent"
    assert await store.last_window_end(sub.id) == NOW
    await store.close()
