"""Retention: old articles and digest records go in batches, at start and on demand."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import build_app
from bot.clock import ManualClock
from bot.ingestion.dedupe import fingerprint
from bot.settings import SettingsError, StorageSettings, load_settings
from bot.storage.ports import Store
from bot.storage.records import NewArticle
from bot.storage.retention import Pruner
from bot.storage.sqlite.store import SQLiteStore
from tests.conftest import make_settings

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
OLD = datetime(2025, 6, 1, tzinfo=UTC)


def article(n: int) -> NewArticle:
    body = f"Article number {n} reports distinct news about subject {n} in detail."
    return NewArticle(
        title=f"Title {n}",
        text=body,
        source="Test Wire",
        url=f"https://x.example/{n}",
        guid=None,
        published_at=None,
        content_hash=f"hash-{n}",
        fingerprint=fingerprint(body, body.lower().split()),
    )


async def fill(store: Store, old: int, new: int) -> None:
    """`old` articles fetched in 2025 and `new` ones at NOW, each its own story."""
    for start in range(0, old, 250):
        count = min(250, old - start)
        await store.add_articles([(article(start + i), -1 - i) for i in range(count)], OLD)
    await store.add_articles([(article(10_000 + i), -1 - i) for i in range(new)], NOW)


async def test_a_round_deletes_in_batches_until_nothing_is_older(tmp_path: Path) -> None:
    store = await SQLiteStore.open(tmp_path / "n.db")
    try:
        await fill(store, 1_100, 3)
        pruner = Pruner(store, StorageSettings(keep_days=30), ManualClock(NOW), batch=500)
        report = await pruner.prune()
        assert (report.articles, report.stories, report.digests) == (1_100, 1_100, 0)
        assert report.articles_before == NOW - timedelta(days=30)
        assert report.pages_freed > 0
        assert await store.article_count() == 3
        assert (await pruner.prune()).articles == 0
    finally:
        await store.close()


async def test_zero_keeps_everything(tmp_path: Path) -> None:
    store = await SQLiteStore.open(tmp_path / "n.db")
    try:
        await fill(store, 5, 1)
        keep = StorageSettings(keep_days=0, keep_digest_days=0)
        report = await Pruner(store, keep, ManualClock(NOW)).prune()
        assert report.articles_before is None and report.digests_before is None
        assert await store.article_count() == 6
    finally:
        await store.close()


async def test_newsbot_run_prunes_soon_after_it_starts(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, storage={"keep_days": 30})
    app = await build_app(settings, adapters=[])
    try:
        await fill(app.store, 20, 0)
        await app.store.add_articles([(article(999), -1)], datetime.now(UTC))
        await app.start()
        for _ in range(200):
            if await app.store.article_count() == 1:
                break
            await asyncio.sleep(0.05)
        assert await app.store.article_count() == 1
    finally:
        await app.close()


def test_newsbot_prune_says_what_it_deleted(tmp_path: Path) -> None:
    db = tmp_path / "n.db"

    async def seed() -> None:
        store = await SQLiteStore.open(db)
        try:
            await fill(store, 2, 1)
        finally:
            await store.close()

    asyncio.run(seed())
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "prune", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Deleted 2 articles (2 stories) fetched before ")
    assert "and 0 digest records due before" in result.stdout


def test_a_keep_shorter_than_a_week_is_refused() -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(environ={}, overrides={"storage": {"keep_days": 3}})
    assert "[storage] keep_days = 3: expected 0 (keep for ever) or at least 7 days" in str(
        caught.value
    )
