"""`/news search <query> [--since DATE] [--page N]`: the top stories for a query, a page at a time.

The query is a topic (`bot.answers.topics`: words, "phrases", OR, -exclusions, source:), so
nothing typed is FTS5 syntax. Matches are ranked by BM25 with a lift for recent
stories and for stories carried by several outlets, and grouped by story: five
outlets carrying one story are one hit ("also in 4 other articles"). Each hit has
the title, outlet, date, link and the first sentence of its summary (the cached
digest summary when there is one, else the article's lead sentence).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol

from bot.answers.question import WEEKDAYS
from bot.answers.topics import TopicError, parse_topic, timed_topic
from bot.models import Owner, Reply, ReplyItem
from bot.render import counted, quoted, shown
from bot.storage.ports import Articles, SummaryCache
from bot.storage.query import AnyOf, ArticleSearch, TextQuery
from bot.storage.records import MatchInfo
from summaries.text import split_sentences

PAGE_SIZE = 5
MAX_MATCHES = 2000  # matches read from the index at most, whatever the page
RECENCY_WEIGHT = 0.3
RECENCY_DAYS = 7.0
SOURCES_WEIGHT = 0.05


@dataclass(frozen=True)
class SearchHit:
    """One story found: its best-matching article and how many other articles carry it."""

    story_id: int
    article_id: int
    title: str
    url: str | None
    source: str
    published: datetime
    summary: str
    also: int = 0


@dataclass(frozen=True)
class SearchResult:
    """One page of stories; `problem` is a usage line when the query cannot be used."""

    query: str
    page: int
    hits: tuple[SearchHit, ...] = ()
    more: bool = False
    since: date | None = None
    problem: str | None = None
    pages: int = 0  # how many pages there are, when `page` is past the last one


class SearchStore(Articles, SummaryCache, Protocol):
    """What search reads: the index and the cached summaries."""


def since_date(text: str, now: datetime) -> date:
    """`--since` as a date: YYYY-MM-DD, `today`, `yesterday`, or a weekday (the last one
    before today). Raises ValueError for anything else."""
    today = now.astimezone(UTC).date()
    word = text.strip().lower()
    if word == "today":
        return today
    if word == "yesterday":
        return today - timedelta(days=1)
    if word in WEEKDAYS:
        return today - timedelta(days=(today.weekday() - WEEKDAYS.index(word)) % 7 or 7)
    return date.fromisoformat(word)


def _since(day: date | None) -> datetime | None:
    return datetime.combine(day, time.min, tzinfo=UTC) if day else None


async def search(
    store: SearchStore,
    query: str,
    *,
    since: date | None = None,
    page: int = 1,
    page_size: int = PAGE_SIZE,
    now: datetime | None = None,
    reader: Owner | None = None,
) -> SearchResult:
    """The `page`-th page of stories matching `query`, published (or fetched) since `since`."""
    now = now or datetime.now(UTC)
    page = max(1, page)
    if since is not None and since > now.astimezone(UTC).date():
        problem = f"`--since {since.isoformat()}` is in the future — give a day up to today."
        return SearchResult(query, page, since=since, problem=problem)
    try:
        topic = parse_topic(query)
        if since is None:  # "climate since monday", as `--since monday` says it
            timed, scope = timed_topic(topic, now)
            if scope is not None and scope.since is not None:
                if timed is None:
                    problem = (
                        f"give words to look for {scope.label} — `/news digest {scope.label}` "
                        "lists every story."
                    )
                    return SearchResult(query, page, problem=problem)
                topic, query, since = timed, timed.text, scope.since.astimezone(UTC).date()
    except TopicError as exc:
        return SearchResult(query, page, since=since, problem=f"{exc}.")
    start = _since(since)
    min_id = None
    if start is not None:
        min_id = await store.first_id_fetched_since(start)
        if min_id is None:
            return SearchResult(query, page, since=since)
    wanted = page * page_size + 1  # one more than shown tells whether there is a next page
    limit = min(MAX_MATCHES, wanted * 8)
    while True:
        if topic.query.require:
            found = await store.rank_article_ids(
                topic.query, min_id=min_id, limit=limit, reader=reader
            )
            info = await store.match_info([i for i, _ in found])
        else:  # an outlet alone (`source:reuters`): its newest stories
            rows = await store.match_articles(
                ArticleSearch(since=start, sources=topic.sources, reader=reader, limit=limit)
            )
            found = [(row.match.article_id, row.rank) for row in rows]
            info = {row.match.article_id: row.match for row in rows}
        stories = _best_per_story(found, info, start, topic.sources)
        if topic.query.exclude and stories:
            # A story any of whose articles holds an excluded word is left out whole.
            excluded = await store.stories_matching(
                TextQuery((AnyOf(topic.query.exclude),)), sorted(stories), reader
            )
            stories = {k: v for k, v in stories.items() if k not in excluded}
        if len(stories) >= wanted or len(found) < limit or limit >= MAX_MATCHES:
            break
        limit = min(MAX_MATCHES, limit * 4)
    if not stories:
        return SearchResult(query, page, since=since)
    counts = await store.story_source_counts(sorted(stories), reader)
    best_rank = min(rank for _, rank, _ in stories.values())
    order = sorted(
        stories,
        key=lambda story: -_score(stories[story][1], best_rank, stories[story][2], now, counts),
    )
    on_page = order[(page - 1) * page_size : page * page_size]
    if not on_page:
        return SearchResult(query, page, since=since, pages=-(-len(order) // page_size))
    ids = [stories[s][0] for s in on_page]
    articles = await store.articles_by_ids(ids)
    cached = await store.cached_summary(ids)
    hits = []
    for story in on_page:
        article_id, _, match = stories[story]
        article = articles.get(article_id)
        if article is None:
            continue
        summary = cached.get(article_id, {}).get("summary") or []
        hits.append(
            SearchHit(
                story_id=story,
                article_id=article_id,
                title=article.title,
                url=article.url,
                source=article.source,
                published=match.when,
                summary=summary[0] if summary else lead_sentence(article.text),
                also=max(0, counts.get(story, 1) - 1),
            )
        )
    return SearchResult(query, page, tuple(hits), more=len(order) > page * page_size, since=since)


def _best_per_story(
    found: list[tuple[int, float]],
    info: dict[int, MatchInfo],
    start: datetime | None,
    sources: tuple[str, ...],
) -> dict[int, tuple[int, float, MatchInfo]]:
    stories: dict[int, tuple[int, float, MatchInfo]] = {}
    for article_id, rank in found:
        match = info.get(article_id)
        if match is None or match.story_id in stories:
            continue
        if (start is not None and match.when < start) or not match.from_outlets(sources):
            continue
        stories[match.story_id] = (article_id, rank, match)
    return stories


def _score(
    rank: float, best_rank: float, match: MatchInfo, now: datetime, counts: dict[int, int]
) -> float:
    relevance = rank / best_rank if best_rank < 0 else 0.0
    age = max(0.0, (now - match.when).total_seconds() / 86400)
    outlets = counts.get(match.story_id, 1)
    return (
        relevance
        + RECENCY_WEIGHT * math.exp(-age / RECENCY_DAYS)
        + SOURCES_WEIGHT * math.log2(max(1, outlets))
    )


def lead_sentence(text: str) -> str:
    """The first sentence of an article (from its first 2,000 characters)."""
    sentences = split_sentences(text[:2000])
    return sentences[0] if sentences else " ".join(text[:200].split())


def search_reply(result: SearchResult) -> Reply:
    """A page of search results as a reply, with the command for the next page."""
    if result.problem:
        return Reply(text=result.problem, error=True)
    since = f" since {result.since:%d %b %Y}" if result.since else ""
    flag = f" --since {result.since.isoformat()}" if result.since else ""
    if result.pages:
        return Reply(
            text=f"The stories matching {quoted(result.query)}{since} fill "
            f"{counted(result.pages, 'page')}, so there is no page {result.page} — "
            f"`/news search {shown(result.query)}{flag} --page {result.pages}` shows the last."
        )
    if not result.hits:
        outlet = "source:" in result.query.lower()
        return Reply(
            text=f"No stored stories match {quoted(result.query)}{since}. "
            + (
                "Check the outlet's name against `/news feeds list`, or try other words."
                if outlet
                else "Try fewer or other words."
            )
        )
    items = tuple(
        ReplyItem(
            title=hit.title,
            url=hit.url,
            text=hit.summary,
            meta=f"{hit.source} · {hit.published:%d %b %Y}"
            + (
                f" · also in {hit.also} other outlet{'s' if hit.also > 1 else ''}"
                if hit.also
                else ""
            ),
        )
        for hit in result.hits
    )
    footer = ""
    if result.more:
        footer = f"More: /news search {result.query}{flag} --page {result.page + 1}"
    return Reply(
        text=f"Stories matching {quoted(result.query)}{since} (page {result.page})",
        items=items,
        footer=footer,
    )
