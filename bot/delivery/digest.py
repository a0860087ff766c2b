"""Digests: choose, order and summarize the stories on a topic for a period.

A story (a cluster of articles about one event) appears once, led by its best
matching article, with "also covered by" naming the other outlets. A story any of
whose articles holds an `-excluded` word is left out whole. Stories are
ranked by relevance to the topic (BM25), recency and the number of sources.
Summaries are computed once per article and cached in the database; a story's
summary across its outlets is kept in memory while its articles stay the same.
"""

from __future__ import annotations

import math
import os
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.answers.question import TimeScope
from bot.answers.topics import TopicQuery
from bot.clock import Clock
from bot.models import Article, Digest, DigestEntry, Owner, SourceLink
from bot.processes import WorkerPool
from bot.render import quoted
from bot.settings import DigestSettings
from bot.storage.ports import Store
from bot.storage.query import AnyOf, ArticleSearch, TextQuery
from bot.storage.records import MatchRow
from summaries.multidoc import Doc, StorySummary, summarize_article, summarize_story

CANDIDATES = 300
STORY_CACHE = 2000  # story summaries kept in memory (a few KB each)
SUMMARY_PROCESSES = max(1, min(4, (os.cpu_count() or 2) - 1))
RELEVANCE, RECENCY, SOURCES = 0.55, 0.25, 0.20
HALF_LIFE_HOURS = 18.0


@dataclass(frozen=True)
class RankedStory:
    """A story chosen for a digest: its best-matching article and its score."""

    story_id: int
    lead_id: int
    score: float


def rank_stories(matches: Sequence[MatchRow], now: datetime) -> list[RankedStory]:
    """Group matches by story and order the stories by relevance, recency and sources."""
    by_story: dict[int, list[MatchRow]] = {}
    for match in matches:
        by_story.setdefault(match.match.story_id, []).append(match)
    if not by_story:
        return []
    best_rank = {sid: min(m.rank for m in rows) for sid, rows in by_story.items()}
    low, high = min(best_rank.values()), max(best_rank.values())
    spread = (high - low) or 1.0
    ranked = []
    for sid, rows in by_story.items():
        relevance = (high - best_rank[sid]) / spread if high != low else 1.0
        newest = max(m.match.when for m in rows)
        age_hours = max(0.0, (now - newest).total_seconds() / 3600)
        recency = 0.5 ** (age_hours / HALF_LIFE_HOURS)
        outlets = len({m.match.source for m in rows})
        sources = min(1.0, math.log2(1 + outlets) / 3)
        score = RELEVANCE * relevance + RECENCY * recency + SOURCES * sources
        lead = min(rows, key=lambda m: m.rank)
        ranked.append(RankedStory(sid, lead.match.article_id, score))
    ranked.sort(key=lambda s: (-s.score, -s.story_id))
    return ranked


def asked_window(
    topic: TopicQuery | None, scope: TimeScope | None, now: datetime, hours: float
) -> tuple[datetime, str]:
    """Where a digest asked for now starts, and its title: the time said in the topic
    ("climate this week · Thu 03 Dec 2026"), else the last `hours`."""
    since = scope.since if scope and scope.since else now - timedelta(hours=hours)
    label = topic.text if topic else "Top stories"
    return since, f"{label}{f' {scope.label}' if scope else ''} · {now:%a %d %b %Y}"


def article_summary(article: Article, settings: DigestSettings) -> dict[str, list[str]]:
    """Summary sentences and key facts of one article (pure CPU work)."""
    sentences, facts = summarize_article(
        article.text, article.title, settings.summary_sentences, settings.facts
    )
    return {"summary": sentences, "facts": facts}


def summaries(
    articles: Sequence[Article],
    stories: dict[tuple[int, ...], list[Article]],
    settings: DigestSettings,
) -> tuple[dict[int, dict[str, list[str]]], dict[tuple[int, ...], StorySummary]]:
    """Summaries of single articles and of stories (articles, lead first), in one go
    (pure CPU work: it may run in a worker process)."""
    return (
        {a.id: article_summary(a, settings) for a in articles},
        {
            key: summarize_story(
                [_doc(a) for a in arts], sentences=settings.summary_sentences, facts=settings.facts
            )
            for key, arts in stories.items()
        },
    )


class DigestBuilder:
    """Builds `Digest` values from the store."""

    def __init__(self, store: Store, settings: DigestSettings, clock: Clock) -> None:
        self.store = store
        self.settings = settings
        self.clock = clock
        # A story's summary across its articles, by their ids (lead first): in a burst
        # of digests due together, a story shared by many topics is summarized once.
        self._stories: OrderedDict[tuple[int, ...], StorySummary] = OrderedDict()
        # Summarizing is pure CPU: a running newsbot does it in another process, which
        # leaves this one's core to the chat adapters and the store (see App.start).
        self.workers = WorkerPool(SUMMARY_PROCESSES, "summarizing")

    async def build(
        self,
        topic: TopicQuery | None,
        *,
        since: datetime,
        until: datetime | None = None,
        title: str,
        max_stories: int | None = None,
        reader: Owner | None = None,
    ) -> Digest:
        """The stories fetched in (since, until] matching `topic` (all stories when None),
        from the articles `reader` may read (None: all)."""
        limit = self.settings.max_stories if max_stories is None else max(1, max_stories)
        matches = await self.store.match_articles(
            ArticleSearch(
                topic.query if topic else None,
                since=since,
                until=until,
                sources=topic.sources if topic else (),
                reader=reader,
                limit=CANDIDATES,
            )
        )
        ranked = rank_stories(matches, self.clock.now())
        if topic is not None and topic.query.exclude and ranked:
            excluded = await self.store.stories_matching(
                TextQuery((AnyOf(topic.query.exclude),)), [s.story_id for s in ranked], reader
            )
            ranked = [s for s in ranked if s.story_id not in excluded]
        chosen, more = ranked[:limit], max(0, len(ranked) - limit)
        label = topic.text if topic else "all topics"
        if not chosen:
            return Digest(
                topic=label,
                title=title,
                entries=(),
                empty_text=f"No new stories{f' on {quoted(label)}' if topic else ''} "
                f"since {since:%a %d %b %H:%M} UTC.",
            )
        entries = await self.entries(chosen, reader)
        return Digest(
            topic=label,
            title=title,
            entries=tuple(entries),
            more=more,
            more_hint=more_hint(topic.text if topic else None, since, more),
        )

    async def entries(
        self, chosen: Sequence[RankedStory], reader: Owner | None = None
    ) -> list[DigestEntry]:
        """Summarize each chosen story: one article from cache, a cluster with multidoc."""
        everything = await self.store.story_articles([s.story_id for s in chosen], reader)
        by_id = {a.id: a for story in everything.values() for a in story}
        # a story pruned since it was ranked is left out
        chosen = [s for s in chosen if s.lead_id in by_id]
        lead_of = {s.story_id: by_id[s.lead_id] for s in chosen}
        clusters = {sid: _others(lead, everything[sid]) for sid, lead in lead_of.items()}
        singles = [lead for sid, lead in lead_of.items() if not clusters[sid]]
        cached = await self.store.cached_summary([a.id for a in singles])
        missing = [a for a in singles if a.id not in cached]
        multi = {
            tuple(a.id for a in arts): arts
            for sid, lead in lead_of.items()
            if (arts := [lead, *clusters[sid]])[1:]
        }
        known = {key: self._stories[key] for key in multi if key in self._stories}
        for key in known:
            self._stories.move_to_end(key)
        unsummarized = {key: arts for key, arts in multi.items() if key not in known}
        if missing or unsummarized:
            fresh, made = await self.workers.run(summaries, missing, unsummarized, self.settings)
            if fresh:
                await self.store.save_summaries(fresh)
                cached.update(fresh)
            known.update(made)
            self._stories.update(made)
            while len(self._stories) > STORY_CACHE:
                self._stories.popitem(last=False)
        story_summaries = {by_id[key[0]].story_id: summary for key, summary in known.items()}
        out = []
        for story in chosen:
            lead = lead_of[story.story_id]
            others = clusters[story.story_id]
            if story.story_id in story_summaries:
                combined = story_summaries[story.story_id]
                summary, facts = combined.sentences, combined.facts
            else:
                summary = tuple(cached[lead.id]["summary"])
                facts = tuple(cached[lead.id]["facts"])
            out.append(
                DigestEntry(
                    story_id=story.story_id,
                    title=lead.title,
                    url=lead.url,
                    source=lead.source,
                    published_at=lead.published_at or lead.fetched_at,
                    summary=tuple(summary),
                    facts=tuple(facts),
                    also=tuple(SourceLink(a.source, a.url) for a in others),
                )
            )
        return out


def more_hint(topic: str | None, since: datetime, more: int) -> str:
    """How to see the stories a digest left out: the search that lists them."""
    if not more:
        return ""
    them = "it" if more == 1 else "them"
    if topic is None:
        return f"`/news search <words> --since {since:%Y-%m-%d}` finds {them}"
    return f"`/news search {topic} --since {since:%Y-%m-%d}` lists {them}"


def _others(lead: Article, cluster: Sequence[Article]) -> list[Article]:
    """One article per other outlet in the story, oldest first."""
    seen = {lead.source}
    out = []
    for article in cluster:
        if article.id != lead.id and article.source not in seen:
            seen.add(article.source)
            out.append(article)
    return out


def _doc(article: Article) -> Doc:
    return Doc(source=article.source, title=article.title, text=article.text, url=article.url)
