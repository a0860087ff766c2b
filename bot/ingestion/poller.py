"""Polite feed polling: due feeds only, a few at a time, one at a time per host."""

from __future__ import annotations

import asyncio
import glob
import logging
from datetime import timedelta
from urllib.parse import urlsplit

from bot.clock import Clock
from bot.ingestion.ingest import Ingestor, PollResult
from bot.ingestion.urls import is_url
from bot.settings import FeedSettings
from bot.storage.ports import Store

log = logging.getLogger(__name__)

HOLD = timedelta(minutes=10)


class FeedPoller:
    """Polls every due feed once; one fetch serves every subscription that reads it."""

    def __init__(self, store: Store, ingestor: Ingestor, settings: FeedSettings, clock: Clock):
        self.store = store
        self.ingestor = ingestor
        self.settings = settings
        self.clock = clock
        self._hosts: dict[str, asyncio.Lock] = {}
        self._running = asyncio.Lock()

    async def add_configured_feeds(self) -> int:
        """Add the feeds in `[feeds] urls` (local globs expanded); returns how many are new."""
        new = 0
        for entry in self.settings.urls:
            urls = [entry] if is_url(entry) else sorted(glob.glob(entry))
            if not urls:
                log.warning("[feeds] urls: %s matches no file; fix the path or remove it", entry)
            for url in urls:
                _feed, created = await self.store.add_feed(url, "", "config", self.clock.now())
                new += created
        return new

    async def poll_due(self) -> list[PollResult]:
        """Poll the feeds whose time has come; a run already in progress makes this a no-op."""
        if self._running.locked():
            return []
        async with self._running:
            now = self.clock.now()
            feeds = await self.store.claim_due_feeds(now, now + HOLD)
            if not feeds:
                return []
            slots = asyncio.Semaphore(self.settings.max_concurrent)

            async def one(feed_id: int, url: str) -> PollResult:
                host = urlsplit(url).hostname or "local files"
                lock = self._hosts.setdefault(host, asyncio.Lock())
                async with lock, slots:
                    return await self.ingestor.poll_feed(feed_id)

            results = await asyncio.gather(*(one(f.id, f.url) for f in feeds))
            added = sum(r.report.count("added") for r in results)
            failed = sum(not r.ok for r in results)
            log.info(
                "polled %d feed(s): %d new article(s), %d failure(s)", len(results), added, failed
            )
            return list(results)
