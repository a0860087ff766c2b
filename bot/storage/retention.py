"""Retention: what is older than `[storage]` keeps is deleted while the bot runs.

Articles fetched more than `keep_days` ago go with their index entries, cached
summaries and the stories left without articles; digest records after
`keep_digest_days` (a subscription's latest sent one stays, since the next digest
starts where it stopped). Deleting goes in batches of BATCH rows, each its own
short transaction with a pause between, so commands and digests never wait long
for the write lock. Then the store hands freed space back (SQLite's incremental
auto-vacuum). `newsbot run` prunes every `prune_minutes`; `newsbot prune` once.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.settings import StorageSettings
from bot.storage.ports import Retention

log = logging.getLogger(__name__)

BATCH = 500
PAUSE_SECONDS = 0.05


@dataclass(frozen=True)
class PruneReport:
    """One pruning round: what was deleted, and the cut-off times (None: kept for ever)."""

    articles_before: datetime | None
    digests_before: datetime | None
    articles: int = 0
    stories: int = 0
    digests: int = 0
    pages_freed: int = 0


class Pruner:
    """Deletes what the settings no longer keep, in batches."""

    def __init__(
        self,
        store: Retention,
        settings: StorageSettings,
        clock: Clock,
        *,
        batch: int = BATCH,
        pause: float = PAUSE_SECONDS,
    ) -> None:
        self.store = store
        self.settings = settings
        self.clock = clock
        self.batch = batch
        self.pause = pause

    async def prune(self) -> PruneReport:
        """One round: every batch due now, then the space handed back."""
        now = self.clock.now()
        keep, keep_digests = self.settings.keep_days, self.settings.keep_digest_days
        articles_before = now - timedelta(days=keep) if keep else None
        digests_before = now - timedelta(days=keep_digests) if keep_digests else None
        articles = stories = digests = 0
        if articles_before is not None:
            while True:
                pruned = await self.store.prune_articles(articles_before, self.batch)
                articles, stories = articles + pruned.articles, stories + pruned.stories
                if pruned.articles < self.batch:
                    break
                await asyncio.sleep(self.pause)
        if digests_before is not None:
            while (gone := await self.store.prune_deliveries(digests_before, self.batch)) > 0:
                digests += gone
                if gone < self.batch:
                    break
                await asyncio.sleep(self.pause)
        freed = await self.store.reclaim_space() if articles or digests else 0
        report = PruneReport(articles_before, digests_before, articles, stories, digests, freed)
        if articles or digests:
            log.info(
                "retention: deleted %d articles (%d stories) and %d digest records",
                articles,
                stories,
                digests,
            )
        return report
