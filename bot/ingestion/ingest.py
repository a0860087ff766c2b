"""Ingestion: sources in, clean deduplicated articles grouped into stories out.

`Ingestor.ingest` takes feed URLs or files, page URLs or .html files, .txt and
.jsonl files (or folders of them). `Ingestor.poll_feed` is the scheduler's entry:
one conditional GET of a stored feed. Both end in `store_batch`, which cleans
each article, drops exact duplicates (canonical URL, GUID, content hash), groups
near-duplicates into stories by fingerprint, and commits in batches, so a
crash loses at most the batch in flight and nothing stored before it.
"""

from __future__ import annotations

import asyncio
import glob
import logging
import math
import os
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import numpy as np

from bot.clock import Clock
from bot.ingestion import dedupe, polling
from bot.ingestion.fetch import Fetcher, FetchError, FetchResult, HTTPStatusError
from bot.ingestion.sketch_index import SketchIndex
from bot.ingestion.sources import (
    PLAIN,
    RawArticle,
    SourceError,
    extract_page,
    jsonl_lines,
    looks_like_feed,
    looks_like_html,
    parse_feed,
    parse_jsonl,
    parse_txt,
    read_page,
)
from bot.ingestion.urls import is_url
from bot.processes import WorkerPool
from bot.settings import Settings
from bot.storage.ports import Store
from bot.storage.records import FeedState, FingerprintRow, NewArticle
from summaries.text import clean_article, content_terms

log = logging.getLogger(__name__)

BATCH = 250
# A source of more articles than this is cleaned in PREPARE_PROCESSES worker processes
# (starting them costs about a second, so feed polls and small files stay in a thread).
PARALLEL_FROM = 4 * BATCH
PREPARE_PROCESSES = max(1, min(4, os.cpu_count() or 1))
GROUP_WINDOW = timedelta(days=3)
GROUP_REFRESH = timedelta(hours=1)
STORY_SPAN = timedelta(hours=48)
GROUP_LIMIT = 20_000
MIN_WORDS = 8
PAGE_FETCHES = 4
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
FILE_SUFFIXES = {".xml", ".rss", ".atom", ".html", ".htm", ".txt", ".jsonl"}

Status = Literal["added", "skipped", "rejected"]
Item = RawArticle | SourceError


@dataclass(frozen=True)
class Outcome:
    """What happened to one input: an article added, skipped as a duplicate, or rejected."""

    status: Status
    source: str
    detail: str


@dataclass(frozen=True)
class IngestReport:
    """Everything one ingest did, in input order."""

    outcomes: tuple[Outcome, ...] = ()

    def count(self, status: Status) -> int:
        """How many outcomes have this status."""
        return sum(1 for o in self.outcomes if o.status == status)

    def __add__(self, other: IngestReport) -> IngestReport:
        return IngestReport(self.outcomes + other.outcomes)


@dataclass(frozen=True)
class PollResult:
    """One poll of a stored feed."""

    feed_id: int
    ok: bool
    not_modified: bool = False
    report: IngestReport = field(default_factory=IngestReport)
    error: str | None = None
    disabled: bool = False


@dataclass(frozen=True)
class _Prepared:
    article: NewArticle
    label: str
    cut: bool = False


def source_name(url: str | None, fallback: str) -> str:
    """A short outlet name: the host without "www.", or the fallback."""
    if url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return fallback


def cap_text(text: str, cap: int) -> str:
    """The text if it fits in `cap` UTF-8 bytes, else cut after the last whole sentence
    (or word) that fits."""
    data = text.encode("utf-8")
    if len(data) <= cap:
        return text
    head = data[:cap].decode("utf-8", errors="ignore")
    ends = [head.rfind(mark) for mark in (". ", "! ", "? ", ".\n", "!\n", "?\n", "\n\n")]
    end = max(ends)
    if end > 0:
        return head[: end + 1].rstrip()
    return head[: head.rfind(" ")].rstrip() if " " in head else head


def prepare(raw: RawArticle, feed_id: int | None = None, cap: int = 0) -> _Prepared | Outcome:
    """Clean one article and compute its dedupe keys; pure CPU work.

    With `cap`, a text longer than that many UTF-8 bytes is cut at a sentence.
    """
    label = raw.title or raw.url or raw.source or "untitled"
    title = " ".join(raw.title.split())
    text = clean_article(raw.text, title or None)
    capped = cap_text(text, cap) if cap else text
    cut, text = capped != text, capped
    if not text.strip() or len(text.split()) < MIN_WORDS:
        return Outcome("rejected", label, "empty text" if not text.strip() else "text too short")
    if not title:
        title = " ".join(text.split()[:12]) + "…"
    url = dedupe.canonical_url(raw.url) if raw.url and is_url(raw.url) else None
    lead = f"{title}\n{text[: dedupe.FINGERPRINT_CHARS]}"
    article = NewArticle(
        title=title,
        text=text,
        source=raw.source or source_name(url, "unknown"),
        url=url,
        guid=raw.guid,
        published_at=raw.published_at,
        content_hash=dedupe.content_hash(title, text),
        fingerprint=dedupe.fingerprint(lead, content_terms(lead)),
        feed_id=feed_id,
    )
    return _Prepared(article, label, cut)


class StoryGrouper:
    """Assigns each new article to the story of its closest recent match, or a new story.

    New stories get negative placeholder ids, which `Store.add_articles` turns
    into real ones, so two new articles of one story in one batch group together.
    Candidates come from a `SketchIndex`, so the cost of an article does not grow
    with the number of recent articles.
    """

    def __init__(self, recent: Sequence[FingerprintRow]) -> None:
        self._index = SketchIndex()
        self._rows: list[FingerprintRow] = []
        self._stories: list[int] = []
        self._placeheld: list[int] = []  # rows whose story is still a placeholder
        self._next_placeholder = -1
        self.extend(recent)

    def extend(self, recent: Sequence[FingerprintRow]) -> None:
        """Add stored articles (given newest first, as the store returns them)."""
        for row in reversed(recent):
            self._append(row, row.story_id)

    def assign(self, article: NewArticle) -> int:
        """The story id (or a negative placeholder) the article belongs to."""
        mine = article.fingerprint
        numbers, counts = self._index.shared(mine.sketch, _SCREEN_SLOTS)
        if numbers.size > dedupe.MAX_CANDIDATES:
            numbers = numbers[np.argsort(-counts, kind="stable")[: dedupe.MAX_CANDIDATES]]
        best, best_score = None, 0.0
        for index in numbers.tolist():
            row = self._rows[index]
            if not _close_in_time(article.published_at, row.published_at):
                continue
            terms = dedupe.set_similarity(mine.terms, row.fingerprint.terms)
            if terms < dedupe.RELATED_TERMS:
                continue
            entities = dedupe.set_similarity(mine.entities, row.fingerprint.entities)
            if dedupe.same_story(terms, entities) and terms + entities > best_score:
                best, best_score = self._stories[index], terms + entities
        if best is None:
            best = self._next_placeholder
            self._next_placeholder -= 1
        if best < 0:
            self._placeheld.append(len(self._rows))
        self._append(FingerprintRow(0, best, article.published_at, mine), best)
        return best

    def _append(self, row: FingerprintRow, story_id: int) -> None:
        self._index.add(row.fingerprint.sketch)
        self._rows.append(row)
        self._stories.append(story_id)

    def resolve(self, placeholders: dict[int, int]) -> None:
        """Replace placeholders with the story ids the store created."""
        for index in self._placeheld:
            self._stories[index] = placeholders.get(self._stories[index], self._stories[index])
        self._placeheld = [i for i in self._placeheld if self._stories[i] < 0]


# The least number of equal sketch slots that estimates dedupe.SCREEN overlap.
_SCREEN_SLOTS = math.ceil(dedupe.SCREEN * dedupe.SKETCH_SIZE - 1e-9)


def _close_in_time(a: datetime | None, b: datetime | None) -> bool:
    """One story's articles appear within STORY_SPAN of each other (unknown dates pass)."""
    return a is None or b is None or abs(a - b) <= STORY_SPAN


class Ingestor:
    """Reads sources into the store. Built once by the app; safe to share."""

    def __init__(self, store: Store, fetcher: Fetcher, settings: Settings, clock: Clock) -> None:
        self.store = store
        self.fetcher = fetcher
        self.settings = settings
        self.clock = clock
        self._pages = asyncio.Semaphore(PAGE_FETCHES)
        self._grouper: StoryGrouper | None = None
        self._grouper_built = datetime.min.replace(tzinfo=UTC)
        self._grouped_up_to = 0
        self.workers = WorkerPool(PREPARE_PROCESSES, "cleaning")

    def close(self) -> None:
        """Stop the worker processes, if any were started, and wait for them to exit
        (they are idle by then: nothing is left running after newsbot)."""
        self.workers.close()

    async def _current_grouper(self) -> StoryGrouper:
        """The story grouper over recent articles, kept between batches.

        A full load of up to GROUP_LIMIT fingerprints happens once per GROUP_REFRESH
        (which also drops articles older than GROUP_WINDOW); in between only articles
        stored since are read, so each feed poll does not re-read them all. Articles
        another process stores at the same moment may be seen only at the next
        refresh.
        """
        now = self.clock.now()
        since = now - GROUP_WINDOW
        if self._grouper is None or now - self._grouper_built > GROUP_REFRESH:
            rows = await self.store.recent_fingerprints(since, GROUP_LIMIT)
            self._grouper, self._grouper_built = StoryGrouper(rows), now
        else:
            rows = await self.store.recent_fingerprints(
                since, GROUP_LIMIT, after_id=self._grouped_up_to
            )
            self._grouper.extend(rows)
        self._grouped_up_to = max([self._grouped_up_to, *(r.article_id for r in rows)])
        return self._grouper

    # -- entry points ---------------------------------------------------------

    async def ingest(
        self,
        sources: Sequence[str],
        *,
        on_progress: Callable[[int], None] | None = None,
        on_total: Callable[[int], None] | None = None,
    ) -> IngestReport:
        """Ingest each source; a bad source is rejected with a reason and the rest go on."""
        report = IngestReport()
        for source in expand_sources(sources):
            try:
                items, total = await self._read_source(source)
            except (SourceError, FetchError, OSError) as exc:
                report += IngestReport((Outcome("rejected", source, _one_line(exc)),))
                if on_progress:
                    on_progress(1)
                continue
            if on_total:
                on_total(total)
            if total > PARALLEL_FROM:
                self.workers.start()
            report += await self.store_batch(items, on_progress=on_progress, origin=source)
        return report

    async def poll_feed(self, feed_id: int) -> PollResult:
        """Fetch a stored feed once (conditional GET) and store its new items.

        Updates the feed's validators and next poll time; failures back off and,
        after `[feeds] max_failures` in a row, disable the feed with the reason.
        """
        state = await self.store.feed_state(feed_id)
        if state is None:
            return PollResult(feed_id, ok=False, error="no such feed")
        feed = state.feed
        now = self.clock.now()
        fs = self.settings.feeds
        result: FetchResult | None = None
        try:
            if is_url(feed.url):
                result = await self.fetcher.get(
                    feed.url,
                    etag=state.etag,
                    last_modified=state.last_modified,
                    accept=FEED_ACCEPT,
                )
                if result.not_modified:
                    return await self._unchanged(state, now, result)
                data = result.body
                etag, modified = result.etag, result.last_modified
            else:
                path = Path(feed.url)
                stamp = str((await asyncio.to_thread(path.stat)).st_mtime_ns)
                if stamp == state.last_modified:
                    return await self._unchanged(state, now, None)
                data = await asyncio.to_thread(_read_capped, path, self.settings.fetch.max_bytes)
                etag, modified = None, stamp
            parsed = await asyncio.to_thread(parse_feed, data, feed.url)
        except (FetchError, SourceError, OSError) as exc:
            error = _one_line(exc)
            retry_after = exc.retry_after if isinstance(exc, HTTPStatusError) else None
            updated = await self.store.record_poll_failure(
                feed_id,
                now=now,
                error=error,
                next_poll_at=polling.next_poll_after_failure(
                    now, fs, feed.failures + 1, retry_after=retry_after
                ),
                max_failures=fs.max_failures,
            )
            disabled = bool(updated and updated.disabled_reason)
            log.warning(
                "feed %s (%s) failed: %s%s",
                feed.id,
                feed.url,
                error,
                " — disabled" if disabled else "",
            )
            return PollResult(feed_id, ok=False, error=error, disabled=disabled)
        report = await self.store_batch(
            await self._with_full_text(list(parsed.items)), feed_id=feed_id
        )
        await self.store.record_poll(
            feed_id,
            now=now,
            next_poll_at=self._next_ok(now, result, parsed.ttl_minutes),
            title=parsed.title,
            etag=etag,
            last_modified=modified,
            ttl_minutes=parsed.ttl_minutes,
        )
        return PollResult(feed_id, ok=True, report=report)

    async def _unchanged(
        self, state: FeedState, now: datetime, result: FetchResult | None
    ) -> PollResult:
        """A 304 (or an unchanged file): only the next poll time moves."""
        await self.store.record_poll(
            state.feed.id,
            now=now,
            next_poll_at=self._next_ok(now, result, state.ttl_minutes),
            ttl_minutes=state.ttl_minutes,
        )
        return PollResult(state.feed.id, ok=True, not_modified=True)

    def _next_ok(self, now: datetime, result: FetchResult | None, ttl: float | None) -> datetime:
        return polling.next_poll_after_success(
            now,
            self.settings.feeds,
            ttl_minutes=ttl,
            cache_control=result.cache_control if result else None,
            retry_after=result.retry_after if result else None,
        )

    # -- reading sources ------------------------------------------------------

    async def _read_source(self, source: str) -> tuple[Iterable[Item], int]:
        """The items of one source and how many there are (for the progress bar)."""
        if is_url(source):
            result = await self.fetcher.get(source)
            if looks_like_feed(result.body, result.content_type):
                items = await self._read_feed_url(source, result)
                return items, len(items)
            if looks_like_html(result.body, result.content_type) or result.content_type == PLAIN:
                page = await asyncio.to_thread(
                    read_page, result.body, result.url, result.content_type
                )
                return [page], 1
            kind = result.content_type or "unknown content"
            raise SourceError(f"{source} is neither a feed, an HTML page nor plain text ({kind})")
        path = Path(source)
        if not await asyncio.to_thread(path.is_file):
            raise SourceError(f"{source}: no such file")
        if path.suffix.lower() == ".jsonl":
            lines = await asyncio.to_thread(_count_lines, path)
            cap = self.settings.fetch.max_bytes
            return parse_jsonl(jsonl_lines(path, cap), path.name, cap), lines
        data = await asyncio.to_thread(_read_capped, path, self.settings.fetch.max_bytes)
        suffix = path.suffix.lower()
        if suffix == ".txt":
            return [parse_txt(data, path.name)], 1
        if suffix in {".html", ".htm"} or (not looks_like_feed(data) and looks_like_html(data)):
            return [await asyncio.to_thread(extract_page, data, None)], 1
        if suffix in {".xml", ".rss", ".atom"} or looks_like_feed(data):
            parsed = await asyncio.to_thread(parse_feed, data, path.name)
            items = await self._with_full_text(list(parsed.items))
            return items, len(items)
        raise SourceError(f"{source}: unsupported file type (use a feed, .html, .txt or .jsonl)")

    async def _read_feed_url(self, url: str, result: FetchResult) -> list[RawArticle]:
        """A feed URL given to `ingest` is stored as a feed, so later polls are conditional."""
        parsed = await asyncio.to_thread(parse_feed, result.body, url)
        feed, _ = await self.store.add_feed(url, parsed.title, "ingest", self.clock.now(), None)
        now = self.clock.now()
        await self.store.record_poll(
            feed.id,
            now=now,
            next_poll_at=self._next_ok(now, result, parsed.ttl_minutes),
            title=parsed.title,
            etag=result.etag,
            last_modified=result.last_modified,
            ttl_minutes=parsed.ttl_minutes,
        )
        return await self._with_full_text(list(parsed.items))

    async def _with_full_text(self, items: list[RawArticle]) -> list[RawArticle]:
        """Fetch the article page for items that carry only a teaser."""
        fs = self.settings.feeds
        if not fs.fetch_full_text:
            return items

        async def expand(item: RawArticle) -> RawArticle:
            short = len(item.text.split()) < fs.teaser_words
            if not (item.teaser and short and item.url and is_url(item.url)):
                return item
            async with self._pages:
                try:
                    page = await self.fetcher.get(item.url, accept="text/html")
                    full = await asyncio.to_thread(extract_page, page.body, page.url)
                except (FetchError, SourceError) as exc:
                    log.info("kept the teaser of %s: %s", item.url, _one_line(exc))
                    return item
            if len(full.text) <= len(item.text):
                return item
            return replace(item, text=full.text, teaser=False)

        return list(await asyncio.gather(*(expand(i) for i in items)))

    # -- storing ---------------------------------------------------------------

    async def store_batch(
        self,
        items: Iterable[Item],
        *,
        feed_id: int | None = None,
        on_progress: Callable[[int], None] | None = None,
        origin: str = "",
    ) -> IngestReport:
        """Clean, dedupe, group and store articles, committing every BATCH articles.

        `SourceError` items (a bad JSONL line, say) become rejected outcomes in place.
        """
        outcomes: list[Outcome] = []
        cap = self.settings.fetch.max_bytes
        stream = iter(items)
        ahead: deque[tuple[list[Item], asyncio.Future[list[_Prepared | Outcome]]]] = deque()

        def read_ahead() -> None:
            # Cleaning is pure CPU: with workers, the next chunks are prepared in
            # other processes while this one is grouped and stored.
            while len(ahead) < (PREPARE_PROCESSES if self.workers.running else 1):
                chunk = list(islice(stream, BATCH))
                if not chunk:
                    return
                cleaning = self.workers.run(_prepare_all, chunk, feed_id, origin, cap)
                ahead.append((chunk, asyncio.ensure_future(cleaning)))

        read_ahead()
        while ahead:
            chunk, preparing = ahead.popleft()
            prepared = await preparing
            read_ahead()
            grouper = await self._current_grouper()
            batch: list[tuple[NewArticle, int]] = []
            labels: list[tuple[str, bool]] = []
            chunk_outcomes: list[Outcome | None] = []
            fresh = [p.article for p in prepared if not isinstance(p, Outcome)]
            seen = await self.store.existing_keys(
                [a.url for a in fresh if a.url],
                [a.guid for a in fresh if a.guid],
                [a.content_hash for a in fresh],
            )
            carried: list[int] = []
            in_batch: set[str] = set()
            now = self.clock.now()
            for item in prepared:
                if isinstance(item, Outcome):
                    chunk_outcomes.append(item)
                    continue
                art = item.article
                keys = {k for k in (art.url, art.guid, art.content_hash) if k}
                if any(k in seen or k in in_batch for k in keys):
                    carried += [seen[k] for k in keys if k in seen][:1]
                    chunk_outcomes.append(Outcome("skipped", item.label, "already stored"))
                    continue
                in_batch |= keys
                if art.published_at is not None and art.published_at > now:
                    # a feed's clock or typo ("2099") must not pin the item to the top
                    art = replace(art, published_at=now)
                batch.append((art, grouper.assign(art)))
                labels.append((item.label, item.cut))
                chunk_outcomes.append(None)
            ids, placeholders = await self.store.add_articles(batch, now)
            if feed_id is not None:
                await self.store.link_articles(feed_id, carried)
            grouper.resolve(placeholders)
            self._grouped_up_to = max([self._grouped_up_to, *(i for i in ids if i is not None)])
            added = iter(zip(ids, labels, strict=True))
            for entry in chunk_outcomes:
                if entry is None:
                    new_id, (label, cut) = next(added)
                    note = f" (text cut to the {cap:,}-byte limit)" if cut else ""
                    entry = (
                        Outcome("added", label, f"article {new_id}{note}")
                        if new_id is not None
                        else Outcome("skipped", label, "already stored")
                    )
                outcomes.append(entry)
            if on_progress:
                on_progress(len(chunk))
        return IngestReport(tuple(outcomes))


def _prepare_all(
    chunk: Sequence[Item], feed_id: int | None, origin: str, cap: int
) -> list[_Prepared | Outcome]:
    return [
        Outcome("rejected", origin, str(item))
        if isinstance(item, SourceError)
        else prepare(item, feed_id, cap)
        for item in chunk
    ]


def expand_sources(sources: Iterable[str]) -> list[str]:
    """URLs as given; globs expanded; folders replaced by the supported files inside them."""
    out: list[str] = []
    for source in sources:
        if is_url(source):
            out.append(source)
            continue
        matches = sorted(glob.glob(source)) if glob.has_magic(source) else [source]
        for match in matches:
            path = Path(match)
            if path.is_dir():
                out.extend(
                    str(p)
                    for p in sorted(path.rglob("*"))
                    if p.is_file() and p.suffix.lower() in FILE_SUFFIXES
                )
            else:
                out.append(match)
    return out


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))


def _read_capped(path: Path, cap: int) -> bytes:
    size = path.stat().st_size
    if size > cap:
        raise SourceError(f"{path.name} ({size:,} bytes) is larger than the {cap:,}-byte limit")
    return path.read_bytes()


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text.splitlines()[0][:300]
