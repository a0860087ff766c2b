"""The `/news` commands: a parsed command and who asked, in; a `Reply`, out.

`Commands.handle` is the one callable adapters receive. It never raises: wrong
input becomes a short usage reply, and an unexpected failure is logged and
answered with one sentence, so the process keeps serving.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.answers.ask import answer_reply, ask
from bot.answers.search import search, search_reply, since_date
from bot.answers.topics import TopicError, TopicQuery, parse_topic, timed_topic
from bot.clock import Clock
from bot.commands import grammar
from bot.commands.grammar import UsageError
from bot.delivery import schedule
from bot.delivery.digest import DigestBuilder, asked_window
from bot.ingestion.dedupe import canonical_url
from bot.ingestion.fetch import Fetcher, FetchError, check_url, redact_url
from bot.ingestion.ingest import Ingestor
from bot.ingestion.sources import (
    PLAIN,
    SourceError,
    discover_feed,
    looks_like_feed,
    parse_feed,
    read_page,
)
from bot.models import CommandRequest, Reply, ReplyItem, Subscription
from bot.render import counted, quoted, shown
from bot.settings import Settings
from bot.storage.errors import StoreError
from bot.storage.ports import Store
from bot.storage.query import ArticleSearch, TextQuery
from summaries.multidoc import summarize_article

log = logging.getLogger(__name__)

SEARCH_PAGE = 5
OUR_SIDE = (
    "Something went wrong on our side while doing that; it has been logged. "
    "Please try again in a minute."
)
MANAGE_REFUSAL = (
    "Only people who manage this channel can change its subscriptions and feeds — "
    "ask a channel manager or workspace admin."
)

NOTHING_READ = (
    "The bot has read no article yet — add a feed with `/news feeds add <url>`, "
    "then try again once it has been read."
)


@dataclass(frozen=True)
class Services:
    """What the command handlers use; built by `bot.app`."""

    settings: Settings
    store: Store
    fetcher: Fetcher
    ingestor: Ingestor
    digests: DigestBuilder
    clock: Clock
    on_subscriptions_changed: Callable[[], Awaitable[None]] | None = None


def usage(message: str) -> Reply:
    """An ephemeral one-line error reply."""
    return Reply(text=message, error=True)


class Commands:
    """Parses and runs `/news` commands against the core."""

    def __init__(self, services: Services) -> None:
        self.s = services

    async def handle(self, request: CommandRequest) -> Reply:
        """Run one command; always returns a Reply, never raises."""
        try:
            command = grammar.parse_command(request.text)
            return await self._dispatch(command, request)
        except UsageError as exc:
            return usage(str(exc))
        except asyncio.CancelledError:
            raise
        except StoreError as exc:  # a full disk, a read-only or damaged file: one line to fix
            log.error("command %r from %s failed: %s", request.text[:200], request.destination, exc)
            return usage(OUR_SIDE)
        except Exception:
            log.exception("command failed: %r from %s", request.text[:200], request.destination)
            return usage(OUR_SIDE)

    async def _dispatch(self, command: grammar.Command, request: CommandRequest) -> Reply:
        match command:
            case grammar.Help():
                return self.help(command)
            case grammar.Subscribe():
                return await self.subscribe(command, request)
            case grammar.Unsubscribe():
                return await self.unsubscribe(command, request)
            case grammar.Subscriptions():
                return await self.subscriptions(request)
            case grammar.DigestNow():
                return await self.digest(command, request)
            case grammar.Summarize():
                return await self.summarize(command, request)
            case grammar.Ask():
                return await self.ask(command, request)
            case grammar.Search():
                return await self.search(command, request)
            case grammar.FeedsAdd():
                return await self.feeds_add(command, request)
            case grammar.FeedsList():
                return await self.feeds_list(request)
            case grammar.FeedsRemove():
                return await self.feeds_remove(command, request)
        raise AssertionError(f"unhandled command {command!r}")  # pragma: no cover

    # -- help -----------------------------------------------------------------

    def help(self, command: grammar.Help) -> Reply:
        if command.command:
            name = command.command
            return Reply(
                text=f"{grammar.USAGE[name]} — {grammar.DESCRIPTIONS[name]}.",
                footer=EXAMPLES.get(name, ""),
            )
        items = tuple(
            ReplyItem(title=grammar.USAGE[name], text=grammar.DESCRIPTIONS[name])
            for name in grammar.USAGE
        )
        return Reply(
            text="newsbot posts one digest a day per subscription and answers from what it read.",
            items=items,
            footer="Example: /news subscribe climate OR drought at 08:00 Europe/Berlin",
        )

    # -- subscriptions ----------------------------------------------------------

    async def subscribe(self, command: grammar.Subscribe, request: CommandRequest) -> Reply:
        if not request.can_manage:
            return usage(MANAGE_REFUSAL)
        digest = self.s.settings.digest
        subs = await self.s.store.list_subscriptions(request.destination)
        existing = _subscription_to(subs, command.topic.key)
        guessed = False  # the configured zone, which a channel's first user may not know of
        if existing is None:
            known = command.timezone or request.default_timezone or _channel_zone(subs)
            zone, guessed = known or digest.default_timezone, known is None
            at, quiet = command.at or digest.default_time, bool(command.quiet)
        else:
            zone = command.timezone or existing.timezone
            at = command.at or existing.at
            quiet = existing.quiet if command.quiet is None else command.quiet
        now = self.s.clock.now()
        taken = (
            {d.period for d in await self.s.store.deliveries_for(existing.id)}
            if existing is not None
            else set()
        )
        sub, created = await self.s.store.upsert_subscription(
            request.destination,
            topic=command.topic.text,
            topic_key=command.topic.key,
            at=at,
            timezone=zone,
            quiet=quiet,
            created_by=request.user_id,
            now=now,
            next_due_at=schedule.next_run(at, zone, now, taken),
        )
        await self._changed()
        when = f"Next digest {await self._next_run_text(sub)}." + await self._unknown_outlets(
            command.topic.sources, request
        )
        if existing is None and (unread := await self._unread_words(command.topic, request)):
            when += "" if await self._nothing_read(request) else unread
        daily = f"daily at {sub.at:%H:%M} {sub.timezone}"
        quiet_note = " in quiet mode (days with no new stories post nothing)" if sub.quiet else ""
        if created or existing is None:
            local = (
                f" For your local time, give your zone: `at {sub.at:%H:%M} Area/City`, "
                "e.g. Europe/Berlin."
                if guessed
                else ""
            )
            return Reply(
                text=f"Subscribed #{sub.id}: {quoted(sub.topic)} {daily}{quiet_note}. {when}{local}"
            )
        changes = subscription_changes(existing, sub)
        name = f"#{sub.id} {quoted(sub.topic)}"
        if not changes:
            return Reply(text=f"Subscription {name} is unchanged: {daily}{quiet_note}. {when}")
        return Reply(
            text=f"Updated subscription {name}: {', '.join(changes)}. "
            f"Now {daily}{quiet_note}. {when}"
        )

    async def _unknown_outlets(self, sources: tuple[str, ...], request: CommandRequest) -> str:
        """A note when no stored article comes from the `source:` outlets (a typo, or a
        feed not added yet), else ""."""
        if not sources or await self.s.store.match_articles(
            ArticleSearch(sources=sources, reader=request.reader, limit=1)
        ):
            return ""
        names = " or ".join(quoted(name) for name in sources)
        return (
            f" No stored article is from an outlet matching {names} yet: check the name "
            "against `/news feeds list`."
        )

    async def _unread_words(self, topic: TopicQuery | None, request: CommandRequest) -> str:
        """A note when no article read so far has the topic's words (a typo, or news not out
        yet), else "". (A channel that can read no article at all gets NOTHING_READ instead.)"""
        if topic is None or not topic.query.require:
            return ""
        words = ArticleSearch(text=TextQuery(topic.query.require), reader=request.reader, limit=1)
        if await self.s.store.match_articles(words):
            return ""
        return (
            f" No article read so far matches {quoted(topic.text)}: check the spelling "
            "(`/news search <words>` shows what is stored)."
        )

    async def unsubscribe(self, command: grammar.Unsubscribe, request: CommandRequest) -> Reply:
        if not request.can_manage:
            return usage(MANAGE_REFUSAL)
        subs = await self.s.store.list_subscriptions(request.destination)
        target = command.target.strip()
        if target.lower() == "all":
            chosen = subs
        elif command.sub_ids:
            chosen = [s for s in subs if s.id in command.sub_ids]
            missing = [i for i in command.sub_ids if i not in {s.id for s in chosen}]
            if missing:
                return usage(
                    f"This channel has no subscription {', '.join(f'#{i}' for i in missing)} — "
                    "`/news subscriptions` lists them; nothing was removed."
                )
        else:
            try:
                key = parse_topic(target).key
            except TopicError as exc:
                return usage(f"{exc}.")
            chosen = [s for s in subs if _topic_key(s.topic) == key]
            if not chosen:
                return usage(
                    f"This channel has no subscription to {quoted(target)} — "
                    "`/news subscriptions` lists them."
                )
        if not chosen:
            return Reply(text="This channel has no subscriptions to remove.")
        await self.s.store.remove_subscriptions([s.id for s in chosen])
        await self._changed()
        names = ", ".join(f"#{s.id} {quoted(s.topic)}" for s in chosen)
        return Reply(text=f"Unsubscribed {names}.")

    async def subscriptions(self, request: CommandRequest) -> Reply:
        subs = await self.s.store.list_subscriptions(request.destination)
        if not subs:
            return Reply(
                text="This channel has no subscriptions. "
                "Add one with `/news subscribe <topic> at HH:MM Area/City`."
            )
        items = []
        for sub in subs:
            if sub.disabled_reason:
                state = f"paused: {sub.disabled_reason}"
            else:
                state = f"next {await self._next_run_text(sub)}"
            last = (
                f"last sent {sub.last_sent_at:%a %d %b %H:%M} UTC"
                if sub.last_sent_at
                else "not sent yet"
            )
            if sub.last_status in {"failed", "abandoned"}:
                last += f" (latest delivery {sub.last_status})"
            items.append(
                ReplyItem(
                    title=f"#{sub.id} {sub.topic}",
                    text=f"daily at {sub.at:%H:%M} {sub.timezone}{' (quiet)' if sub.quiet else ''}",
                    meta=f"{state} · {last}",
                )
            )
        return Reply(
            text=f"This channel has {counted(len(subs), 'subscription')}.", items=tuple(items)
        )

    async def _next_run_text(self, sub: Subscription) -> str:
        """When the subscription's next digest is posted (a period already delivered, at
        an earlier time of the day, is not delivered again)."""
        taken = {d.period for d in await self.s.store.deliveries_for(sub.id)}
        due = schedule.next_run(sub.at, sub.timezone, self.s.clock.now(), taken)
        local = due.astimezone(ZoneInfo(sub.timezone))
        return f"{local:%a %d %b %H:%M} {sub.timezone}"

    async def _changed(self) -> None:
        if self.s.on_subscriptions_changed is not None:
            await self.s.on_subscriptions_changed()

    # -- reading ---------------------------------------------------------------

    async def digest(self, command: grammar.DigestNow, request: CommandRequest) -> Reply:
        now = self.s.clock.now()
        try:
            topic, scope = timed_topic(command.topic, now)  # "climate this week"
        except TopicError as exc:
            return usage(f"{exc}.")
        since, title = asked_window(topic, scope, now, self.s.settings.digest.first_digest_hours)
        digest = await self.s.digests.build(
            topic, since=since, until=None, title=title, reader=request.reader
        )
        if not digest.entries:
            empty = await self._nothing_read(request)
            return Reply(text=empty or digest.empty_text + await self._unread_words(topic, request))
        return Reply(text=digest.title, digest=digest, ephemeral=False)

    async def summarize(self, command: grammar.Summarize, request: CommandRequest) -> Reply:
        if command.local:
            return await self._summarize_file(command.url, request)
        stored = await self.s.store.article_by_url(canonical_url(command.url), request.reader)
        if stored is not None:
            title, text, url, source = stored.title, stored.text, stored.url, stored.source
        else:
            try:
                page = await self.s.fetcher.get(command.url, accept="text/html")
                if looks_like_feed(page.body, page.content_type):
                    return usage(
                        "That URL is a feed, not an article — add it with `/news feeds add <url>`."
                    )
                article = await asyncio.to_thread(read_page, page.body, page.url, page.content_type)
            except (FetchError, SourceError) as exc:
                return usage(f"Could not summarize that page: {exc}")
            title, text, url, source = article.title, article.text, page.url, article.source
        return await self._summary_reply(title, text, url, source)

    async def _summarize_file(self, path_text: str, request: CommandRequest) -> Reply:
        """`/news summarize /path/page.html` at the terminal: a local page or .txt file."""
        if not request.operator:
            return usage(
                "Only the bot's operator, at its terminal, can summarize a local file — "
                "give the page's http(s) URL."
            )
        try:
            path, data = await asyncio.to_thread(
                _read_local_file, path_text, self.s.settings.fetch.max_bytes
            )
            if looks_like_feed(data):
                return usage(
                    "That file is a feed, not an article — add it with `/news feeds add <path>`."
                )
            # (an HTML page is sniffed whatever its name; anything else is read as text)
            article = await asyncio.to_thread(read_page, data, path, PLAIN)
        except SourceError as exc:
            return usage(f"Could not summarize that file: {exc}")
        return await self._summary_reply(article.title, article.text, path, Path(path).name)

    async def _summary_reply(self, title: str, text: str, url: str | None, source: str) -> Reply:
        wanted = self.s.settings.digest  # how many sentences and facts
        sentences, facts = await asyncio.to_thread(
            summarize_article, text, title, wanted.summary_sentences, wanted.facts
        )
        if not sentences:
            return usage("That page has too little text to summarize.")
        return Reply(
            text=f"Summary of “{title or url}”",
            items=(
                ReplyItem(
                    title=title or str(url),
                    url=url,
                    text=" ".join(sentences),
                    meta=source,
                    bullets=tuple(facts),
                ),
            ),
        )

    async def ask(self, command: grammar.Ask, request: CommandRequest) -> Reply:
        answer = await ask(
            self.s.store, command.question, now=self.s.clock.now(), reader=request.reader
        )
        if (
            not answer.sentences
            and not answer.problem
            and (empty := await self._nothing_read(request))
        ):
            return Reply(text=empty)
        return answer_reply(answer)

    async def search(self, command: grammar.Search, request: CommandRequest) -> Reply:
        now = self.s.clock.now()
        result = await search(
            self.s.store,
            command.query,
            since=since_date(command.since, now) if command.since else None,
            page=command.page,
            page_size=SEARCH_PAGE,
            now=now,
            reader=request.reader,
        )
        if not (result.hits or result.problem) and (empty := await self._nothing_read(request)):
            return Reply(text=empty)
        return search_reply(result)

    async def _nothing_read(self, request: CommandRequest) -> str | None:
        """NOTHING_READ when the store holds no article this channel may read: then an
        empty digest, search or answer is not about the words asked."""
        some = await self.s.store.match_articles(ArticleSearch(reader=request.reader, limit=1))
        return None if some else NOTHING_READ

    # -- feeds ------------------------------------------------------------------

    async def feeds_add(self, command: grammar.FeedsAdd, request: CommandRequest) -> Reply:
        if not request.can_manage:
            return usage(MANAGE_REFUSAL)
        if command.local and not request.operator:
            return usage(
                "Only the bot's operator, at its terminal, can add a local file as a feed — "
                "give the feed's http(s) URL."
            )
        try:
            if command.local:
                url, body = await asyncio.to_thread(
                    _read_local_file, command.url, self.s.settings.fetch.max_bytes
                )
                if not looks_like_feed(body):
                    return usage("That file is not an RSS or Atom feed.")
            else:
                url = check_url(command.url, self.s.fetcher.guard)
                result = await self.s.fetcher.get(url)
                linked = (
                    None
                    if looks_like_feed(result.body, result.content_type)
                    else discover_feed(result.body, result.url or url)
                )
                if linked is not None:  # a site's page that names its feed
                    url = check_url(linked, self.s.fetcher.guard)
                    result = await self.s.fetcher.get(url)
                if not looks_like_feed(result.body, result.content_type):
                    return usage(
                        "That URL is not an RSS or Atom feed, and the page names none — give "
                        "the feed's own URL (often ending in /feed, /rss or .xml)."
                    )
                body = result.body
            parsed = await asyncio.to_thread(parse_feed, body, url)
        except (FetchError, SourceError) as exc:
            return usage(f"Could not add that feed: {exc}")
        feed, created = await self.s.store.add_feed(
            url, parsed.title, request.user_id, self.s.clock.now(), request.reader
        )
        poll = await self.s.ingestor.poll_feed(feed.id)
        added, known = poll.report.count("added"), poll.report.count("skipped")
        stored = f"{counted(added, 'new article')} stored"
        if known:  # (from another feed, `newsbot ingest` or an earlier poll)
            stored = f"{stored}, {known} {'was' if known == 1 else 'were'} already"
        verb = "Added" if created else "Already following"
        return Reply(text=f"{verb} feed #{feed.id} {quoted(parsed.title)}: {stored}.")

    async def feeds_list(self, request: CommandRequest) -> Reply:
        feeds = await self.s.store.list_feeds(request.reader)
        shared = 0 if request.operator else await self.s.store.operator_feed_count()
        footer = (
            f"Digests here also read the {counted(shared, 'feed')} the bot's operator set up."
            if shared
            else ""
        )
        if not feeds:
            return Reply(text="No feeds yet. Add one with `/news feeds add <url>`.", footer=footer)
        items = []
        for feed in feeds:
            if feed.disabled_reason:
                state = f"disabled: {feed.disabled_reason}"
            elif feed.failures:
                state = f"failing ({feed.failures}×): {feed.last_error}"
            else:
                state = "ok"
            polled = (
                f"polled {feed.last_polled_at:%d %b %H:%M} UTC"
                if feed.last_polled_at
                else "not polled yet"
            )
            url = redact_url(feed.url)
            whose = ""
            owners = (["operator"] if feed.operator else []) + list(feed.owners)
            if request.operator and owners:
                whose = " · " + ", ".join(owners)
            items.append(
                ReplyItem(
                    title=f"#{feed.id} {feed.title or url}",
                    text=url,
                    meta=f"{state} · {counted(feed.article_count, 'article')} · {polled}{whose}",
                )
            )
        return Reply(text=f"{counted(len(feeds), 'feed')}.", items=tuple(items), footer=footer)

    async def feeds_remove(self, command: grammar.FeedsRemove, request: CommandRequest) -> Reply:
        if not request.can_manage:
            return usage(MANAGE_REFUSAL)
        feed = await self.s.store.remove_feed(command.feed_id, request.reader, self.s.clock.now())
        if feed is None:
            where = "" if request.operator else " here"
            return usage(
                f"There is no feed #{command.feed_id}{where} — `/news feeds list` shows the ids."
            )
        name = feed.title or redact_url(feed.url)
        text = f"Removed feed #{feed.id} {quoted(name)}; its stored articles stay."
        if request.operator and feed.added_by == "config":
            text += " It is listed in [feeds] urls, so it returns at the next start."
        return Reply(text=text)


EXAMPLES = {
    "subscribe": "Examples: /news subscribe climate OR drought at 07:30 Europe/Berlin · "
    '/news subscribe "central bank" -crypto at 9am America/New_York --quiet · '
    "/news subscribe source:reuters (everything one outlet publishes)",
    "digest": "Examples: /news digest · /news digest wildfire OR drought · "
    "/news digest climate this week (the stories since Monday)",
    "unsubscribe": "Examples: /news unsubscribe 3 · /news unsubscribe 3 4 (several at once) · "
    "/news unsubscribe climate OR drought · /news unsubscribe all",
    "search": "Examples: /news search wildfire --since 2026-11-01 · "
    "/news search wildfire since monday · "
    '/news search source:"Meridian Wire" (an outlet\'s newest stories)',
    "ask": "Example: /news ask who leads the fire response?",
    "feeds": "Example: /news feeds add https://example.org/rss.xml",
}


def subscription_changes(before: Subscription, after: Subscription) -> list[str]:
    """What an update changed, in words: `time 08:00 → 07:30`, `quiet mode on`."""
    changes = []
    if before.at != after.at:
        changes.append(f"time {before.at:%H:%M} → {after.at:%H:%M}")
    if before.timezone != after.timezone:
        changes.append(f"timezone {before.timezone} → {after.timezone}")
    if before.quiet != after.quiet:
        changes.append(f"quiet mode {'on' if after.quiet else 'off'}")
    if before.disabled_reason and not after.disabled_reason:
        changes.append("resumed")
    if before.topic != after.topic:
        changes.append(f"written {quoted(after.topic)}")
    return changes


def _topic_key(topic: str) -> str | None:
    try:
        return parse_topic(topic).key
    except TopicError:
        return None


def _subscription_to(subs: list[Subscription], key: str) -> Subscription | None:
    """The channel's subscription to a topic (by its normal form), if any."""
    return next((sub for sub in subs if _topic_key(sub.topic) == key), None)


def _channel_zone(subs: list[Subscription]) -> str | None:
    """The zone of the channel's newest subscription: where no user's zone is known
    (Discord, the terminal), a channel that chose Europe/Oslo once keeps it."""
    return max(subs, key=lambda sub: sub.id).timezone if subs else None


def _read_local_file(path_text: str, cap: int) -> tuple[str, bytes]:
    """A local file's absolute path and bytes; SourceError in one line when unreadable."""
    path = Path(path_text).expanduser()
    try:
        path = path.resolve()
        size = path.stat().st_size
        if not path.is_file():
            raise SourceError(f"{path} is not a file")
        if size > cap:
            raise SourceError(f"{path.name} ({size:,} bytes) is larger than the {cap:,}-byte limit")
        return str(path), path.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{shown(path_text)}: no such file") from None
    except OSError as exc:
        reason = (exc.strerror or "unreadable").lower()
        raise SourceError(f"{shown(path_text)}: {reason}") from None
