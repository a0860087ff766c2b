"""The store contract: every area of `bot.storage.ports.Store`, the same on both backends.

Each test runs twice, on a SQLite file and on a real PostgreSQL database (the
`store` fixture), and uses only the protocols.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from bot.answers.topics import parse_topic
from bot.ingestion.dedupe import fingerprint
from bot.models import Destination, Owner, Subscription
from bot.storage.ports import Store
from bot.storage.query import AnyOf, ArticleSearch, Phrase, TextQuery
from bot.storage.records import DayCount, NewArticle, StatusCounts
from tests.conftest import add_subscription

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
HERE = Destination("console", "", "general")
A, B = Owner("slack", "T0A"), Owner("slack", "T0B")


def article(
    n: int,
    text: str | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
    source: str = "Test Wire",
    feed_id: int | None = None,
) -> NewArticle:
    body = text or f"Article number {n} says something distinct about topic {n}."
    return NewArticle(
        title=title or f"Title {n}",
        text=body,
        source=source,
        url=url or f"https://x.example/{n}",
        guid=f"guid-{n}",
        published_at=NOW - timedelta(hours=n),
        content_hash=f"hash-{n}",
        fingerprint=fingerprint(body, body.lower().split()),
        feed_id=feed_id,
    )


async def subscribe(store: Store) -> Subscription:
    """A daily 08:00 UTC subscription to "x" here."""
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
    return sub


async def deliver(
    store: Store, sub_id: int, day: str, status: str, error: str | None = None
) -> None:
    """The digest of `day` (due at 08:00 UTC) claimed and finished with `status`."""
    due = datetime.fromisoformat(f"{day}T08:00:00+00:00")
    claim = await store.claim_delivery(
        sub_id,
        period=day,
        due_at=due,
        window_start=due - timedelta(days=1),
        window_end=due,
        owner="w1",
        now=due,
        lease_until=due + timedelta(minutes=2),
    )
    assert claim is not None
    retry = due + timedelta(minutes=5) if status == "failed" else None
    await store.finish_delivery(
        claim.id, "w1", status=status, now=due, error=error, next_attempt_at=retry
    )


def query(*words: str) -> TextQuery:
    """Any of the words."""
    return TextQuery((AnyOf(tuple(Phrase((w,)) for w in words)),))


async def test_migrations_are_applied_once(store: Store) -> None:
    assert await store.schema_version() == 5


async def test_articles_join_stories_with_placeholders(store: Store) -> None:
    ids, created = await store.add_articles(
        [(article(1), -1), (article(2), -1), (article(3), -2)], NOW
    )
    assert None not in ids and len(created) == 2
    stories = await store.story_articles(list(created.values()))
    assert sorted(len(v) for v in stories.values()) == [1, 2]
    # a unique key clash skips just that article; the others in the batch still land
    ids, _ = await store.add_articles([(article(1), -1), (article(4), -1)], NOW)
    assert ids[0] is None and ids[1] is not None
    assert await store.article_count() == 4
    assert await store.story_count() == 3
    keys = await store.existing_keys(["https://x.example/2", "https://x.example/9"], [], [])
    assert list(keys) == ["https://x.example/2"]
    stored = await store.get_article(keys["https://x.example/2"])
    assert (
        stored is not None
        and stored.title == "Title 2"
        and stored.published_at == NOW - (timedelta(hours=2))
    )
    assert (await store.articles_by_ids([stored.id, 999])).keys() == {stored.id}


async def test_fingerprints_come_back_newest_first(store: Store) -> None:
    ids, _ = await store.add_articles([(article(n), -n) for n in (1, 2, 3)], NOW)
    rows = await store.recent_fingerprints(NOW - timedelta(minutes=1))
    assert [r.article_id for r in rows] == sorted(ids, reverse=True)  # type: ignore[type-var]
    assert rows[0].fingerprint == article(3).fingerprint
    newer = await store.recent_fingerprints(NOW - timedelta(minutes=1), after_id=rows[1].article_id)
    assert [r.article_id for r in newer] == [rows[0].article_id]
    assert await store.recent_fingerprints(NOW + timedelta(minutes=1)) == []


async def test_full_text_search_with_stems_phrases_exclusions_and_windows(store: Store) -> None:
    await store.add_articles(
        [
            (article(1, "Firefighters battled wildfires near Evora on Tuesday."), -1),
            (article(2, "The central bank cut interest rates again.", source="Money Wire"), -2),
            (article(3, "A bank on the river bank flooded; central heating failed."), -3),
        ],
        NOW,
    )

    async def ids(topic: str, **kwargs: object) -> list[int]:
        search = ArticleSearch(parse_topic(topic).query, **kwargs)  # type: ignore[arg-type]
        return [m.match.article_id for m in await store.match_articles(search)]

    assert await ids("wildfire") == [1], "stems: wildfires → wildfire"
    assert await ids('"central bank"') == [2], "a phrase needs its words in order"
    assert sorted(await ids("bank")) == [2, 3]
    assert await ids("bank -river") == [2]
    assert sorted(await ids("wildfire OR rates")) == [1, 2]
    assert await ids("wildfire rates") == []
    assert await ids("wildfire", since=NOW) == [], "since is exclusive"
    assert await ids("wildfire", until=NOW - timedelta(seconds=1)) == []
    assert await ids("rates", sources=("money",)) == [2]
    assert await ids("rates", sources=("other",)) == []
    newest = await store.match_articles(ArticleSearch(None, limit=2))
    assert [m.rank for m in newest] == [0.0, 0.0] and len(newest) == 2


async def test_a_window_is_exact_when_ids_and_fetch_times_disagree(store: Store) -> None:
    # Two workers: the one that stamped its batch earlier commits it later (higher ids).
    await store.add_articles([(article(1, "Glacier melt on Monday."), -1)], NOW)
    await store.add_articles(
        [(article(2, "Glacier melt, later ids."), -2)], NOW - timedelta(hours=2)
    )
    await store.add_articles([(article(3, "Glacier melt, newest."), -3)], NOW + timedelta(hours=1))

    async def ids(since: datetime, until: datetime) -> list[int]:
        search = ArticleSearch(query("glacier"), since=since, until=until)
        return sorted(m.match.article_id for m in await store.match_articles(search))

    assert await ids(NOW - timedelta(hours=3), NOW - timedelta(hours=1)) == [2]
    assert await ids(NOW - timedelta(hours=1), NOW) == [1]
    assert await ids(NOW - timedelta(hours=3), NOW) == [1, 2]
    assert await ids(NOW + timedelta(hours=2), NOW + timedelta(hours=3)) == []


async def test_an_outlet_narrowed_search_reaches_past_better_matches(store: Store) -> None:
    loud = [
        (article(n, "Glacier glacier glacier: glacier news.", source="Big Wire"), -n)
        for n in range(1, 8)
    ]
    await store.add_articles(
        [*loud, (article(9, "A glacier, once.", source="Small Paper"), -9)], NOW
    )
    search = ArticleSearch(query("glacier"), sources=("small",), limit=2)
    assert [m.match.source for m in await store.match_articles(search)] == ["Small Paper"]


async def test_ranking_is_bm25_title_words_count_more(store: Store) -> None:
    await store.add_articles(
        [
            (
                article(1, "Rates were mentioned once among many other words here.", title="Misc"),
                -1,
            ),
            (article(2, "Nothing else here but a plain text.", title="Rates rise"), -2),
            (article(3, "Rates rates rates: rates everywhere in this text.", title="Rates"), -3),
        ],
        NOW,
    )
    ranked = await store.rank_article_ids(query("rates"), limit=10)
    assert [i for i, _ in ranked] == [3, 2, 1]
    assert all(rank < 0 for _, rank in ranked) and ranked == sorted(ranked, key=lambda r: r[1])
    assert [i for i, _ in await store.rank_article_ids(query("rates"), min_id=2)] == [3, 2]
    counts = await store.document_counts(["rate", "plain", "absent"])
    assert counts == {"rate": 3, "plain": 1}
    info = await store.match_info([3])
    assert info[3].story_id == (await store.get_article(3)).story_id  # type: ignore[union-attr]
    assert info[3].when == NOW - timedelta(hours=3)
    assert await store.first_id_fetched_since(NOW) == 1
    assert await store.first_id_fetched_since(NOW + timedelta(seconds=1)) is None


async def test_summaries_are_cached_per_article(store: Store) -> None:
    ids, _ = await store.add_articles([(article(1), -1)], NOW)
    first = ids[0]
    assert first is not None
    assert await store.cached_summary([first]) == {}
    summary = {"summary": ["One sentence."], "facts": ["A “quoted” fact."]}
    await store.save_summaries({first: summary})
    assert await store.cached_summary([first, 42]) == {first: summary}


async def test_feeds_belong_to_owners_and_are_polled_once(store: Store) -> None:
    shared, created = await store.add_feed("https://f.example/rss", "Shared", "u1", NOW, A)
    assert created and not shared.operator and shared.owners == ("slack:T0A",)
    again, created = await store.add_feed("https://f.example/rss", "", "u2", NOW, B)
    assert created and again.id == shared.id and set(again.owners) == {"slack:T0A", "slack:T0B"}
    _, created = await store.add_feed("https://f.example/rss", "", "u2", NOW, B)
    assert not created
    config, _ = await store.add_feed("https://config.example/rss", "", "config", NOW)
    assert config.operator and await store.operator_feed_count() == 1

    assert [f.id for f in await store.list_feeds(A)] == [shared.id]
    assert [f.id for f in await store.list_feeds()] == [shared.id, config.id]
    assert await store.remove_feed(config.id, A, NOW) is None, "not A's to remove"
    removed = await store.remove_feed(shared.id, A, NOW)
    assert removed is not None and await store.list_feeds(A) == []

    due = await store.claim_due_feeds(NOW, NOW + timedelta(minutes=10))
    assert sorted(f.id for f in due) == sorted([shared.id, config.id])
    assert await store.claim_due_feeds(NOW + timedelta(minutes=1), NOW) == [], "held"
    await store.remove_feed(shared.id, B, NOW)
    await store.remove_feed(config.id, None, NOW)
    assert await store.claim_due_feeds(NOW + timedelta(hours=1), NOW) == [], "nobody wants them"


async def test_poll_results_are_recorded(store: Store) -> None:
    feed, _ = await store.add_feed("https://f.example/rss", "", "config", NOW)
    await store.record_poll(
        feed.id,
        now=NOW,
        next_poll_at=NOW + timedelta(minutes=15),
        title="Fresh Title",
        etag='"v1"',
        last_modified="Wed, 25 Nov 2026 10:00:00 GMT",
        ttl_minutes=45.0,
    )
    await store.record_poll(feed.id, now=NOW, next_poll_at=NOW, title="", etag=None)
    state = await store.feed_state(feed.id)
    assert state is not None
    assert (state.feed.title, state.etag, state.ttl_minutes) == ("Fresh Title", '"v1"', None)
    for n in range(3):
        failed = await store.record_poll_failure(
            feed.id, now=NOW, error=f"HTTP 500 ({n})", next_poll_at=NOW, max_failures=3
        )
    assert failed is not None and failed.failures == 3
    assert failed.disabled_reason == "failed 3 times in a row: HTTP 500 (2)"
    assert await store.claim_due_feeds(NOW + timedelta(days=1), NOW) == []
    revived, _ = await store.add_feed("https://f.example/rss", "", "config", NOW)
    assert revived.disabled_reason is None and revived.failures == 0


async def test_readers_see_their_feeds_and_the_operators(store: Store) -> None:
    mine, _ = await store.add_feed("https://a.example/rss", "", "u", NOW, A)
    theirs, _ = await store.add_feed("https://b.example/rss", "", "u", NOW, B)
    operator, _ = await store.add_feed("https://op.example/rss", "", "config", NOW)
    ids, _ = await store.add_articles(
        [
            (article(1, "Glacier news from A's own feed.", feed_id=mine.id), -1),
            (article(2, "Glacier news from B's own feed.", feed_id=theirs.id), -1),
            (article(3, "Glacier news from the operator's feed.", feed_id=operator.id), -1),
            (article(4, "Glacier news from a file the operator read."), -1),
        ],
        NOW,
    )
    a1, b2, o3, f4 = ids
    assert b2 is not None
    search = ArticleSearch(query("glacier"), reader=A)
    assert sorted(m.match.article_id for m in await store.match_articles(search)) == [a1, o3, f4]
    ranked = await store.rank_article_ids(query("glacier"), reader=A)
    assert sorted(i for i, _ in ranked) == [a1, o3, f4]
    assert len(await store.rank_article_ids(query("glacier"))) == 4
    first = await store.get_article(a1)  # type: ignore[arg-type]
    assert first is not None
    [story] = (await store.story_articles([first.story_id], A)).values()
    assert sorted(a.id for a in story) == [a1, o3, f4]
    assert await store.article_by_url("https://x.example/2", A) is None
    assert await store.article_by_url("https://x.example/2", B) is not None

    await store.link_articles(mine.id, [b2])  # A's feed carried B's article too
    assert await store.article_by_url("https://x.example/2", A) is not None
    await store.remove_feed(mine.id, A, NOW)
    assert await store.article_by_url("https://x.example/1", A) is not None, "A keeps its own"


async def test_subscription_upsert_list_disable_remove(store: Store) -> None:
    kwargs = dict(
        topic="climate",
        topic_key='"climate"',
        at=time(8),
        timezone="UTC",
        quiet=False,
        created_by="u1",
        now=NOW,
    )
    sub, created = await store.upsert_subscription(HERE, **kwargs)  # type: ignore[arg-type]
    again, created_again = await store.upsert_subscription(
        HERE,
        **{**kwargs, "at": time(9, 30), "timezone": "Europe/Berlin", "quiet": True},  # type: ignore[arg-type]
    )
    assert created and not created_again and again.id == sub.id
    assert (again.at, again.timezone, again.quiet) == (time(9, 30), "Europe/Berlin", True)
    assert again.created_at == NOW and again.last_sent_at is None
    assert await store.get_subscription(sub.id) == again
    assert await store.disable_channel(HERE, "channel is archived") == [sub.id]
    listed = await store.list_subscriptions(HERE)
    assert listed[0].disabled_reason == "channel is archived"
    assert await store.list_subscriptions(enabled_only=True) == []
    assert await store.list_subscriptions(Destination("console", "", "other")) == []
    assert await store.remove_subscriptions([sub.id]) == 1
    assert await store.get_subscription(sub.id) is None


async def test_a_removed_subscriptions_id_is_never_given_again(store: Store) -> None:
    async def add(topic: str) -> int:
        return (await add_subscription(store, HERE, topic, created=NOW)).id

    first, second = await add("climate"), await add("drought")
    assert await store.remove_subscriptions([second]) == 1  # the highest id
    third = await add("flood")
    assert third > second, "“#2” would name a second subscription"
    assert await store.remove_subscriptions([first, third]) == 2
    assert await add("heat") > third


async def test_delivery_claims_are_exclusive_and_leases_expire(store: Store) -> None:
    sub = await subscribe(store)
    window = dict(
        period="2026-11-26", due_at=NOW, window_start=NOW - timedelta(days=1), window_end=NOW
    )
    first = await store.claim_delivery(
        sub.id,
        owner="A",
        now=NOW,
        lease_until=NOW + timedelta(minutes=2),
        **window,  # type: ignore[arg-type]
    )
    assert first is not None and first.status == "claimed"
    later = NOW + timedelta(minutes=1)
    held = await store.claim_delivery(
        sub.id,
        owner="B",
        now=later,
        lease_until=later,
        **window,  # type: ignore[arg-type]
    )
    assert held is None
    assert await store.renew_lease(first.id, "A", NOW + timedelta(minutes=2))
    assert not await store.renew_lease(first.id, "B", NOW + timedelta(minutes=2))
    # A dies; after its lease B may take over, and A can no longer finish
    expired = NOW + timedelta(minutes=3)
    assert [d.id for d in await store.unfinished_deliveries(expired)] == [first.id]
    taken = await store.claim_delivery(
        sub.id,
        owner="B",
        now=expired,
        lease_until=NOW + timedelta(minutes=5),
        **window,  # type: ignore[arg-type]
    )
    assert taken is not None
    assert not await store.finish_delivery(first.id, "A", status="sent", now=NOW)
    assert await store.finish_delivery(taken.id, "B", status="sent", now=NOW, message_ids=["m1"])
    day_after = NOW + timedelta(days=1)
    again = await store.claim_delivery(
        sub.id,
        owner="C",
        now=day_after,
        lease_until=day_after,
        **window,  # type: ignore[arg-type]
    )
    assert again is None
    history = await store.deliveries_for(sub.id)
    assert history[0].message_ids == ("m1",) and history[0].status == "sent"
    assert await store.last_window_end(sub.id) == NOW
    listed = await store.get_subscription(sub.id)
    assert listed is not None and listed.last_sent_at == NOW and listed.last_status == "sent"


async def test_failed_deliveries_are_retried_when_due(store: Store) -> None:
    sub = await subscribe(store)
    window = dict(period="p", due_at=NOW, window_start=NOW, window_end=NOW)
    claim = await store.claim_delivery(
        sub.id,
        owner="A",
        now=NOW,
        lease_until=NOW,
        **window,  # type: ignore[arg-type]
    )
    assert claim is not None
    retry_at = NOW + timedelta(seconds=30)
    await store.finish_delivery(
        claim.id, "A", status="failed", now=NOW, error="HTTP 503", next_attempt_at=retry_at
    )
    assert await store.unfinished_deliveries(NOW) == []
    [due] = await store.unfinished_deliveries(retry_at)
    assert (due.status, due.attempts, due.last_error) == ("failed", 1, "HTTP 503")
    early = await store.claim_delivery(
        sub.id,
        owner="B",
        now=NOW,
        lease_until=NOW,
        **window,  # type: ignore[arg-type]
    )
    assert early is None
    retried = await store.claim_delivery(
        sub.id,
        owner="B",
        now=retry_at,
        lease_until=retry_at,
        **window,  # type: ignore[arg-type]
    )
    assert retried is not None and retried.attempts == 1


async def test_status_counts_days_and_delivery_history(store: Store) -> None:
    """What the status page reads: counts, per-day series (UTC days), deliveries."""
    await store.add_feed("https://ok.example/rss", "", "config", NOW)
    failing, _ = await store.add_feed("https://failing.example/rss", "", "u", NOW, A)
    dead, _ = await store.add_feed("https://dead.example/rss", "", "u", NOW, B)
    gone, _ = await store.add_feed("https://gone.example/rss", "", "u", NOW, B)
    await store.record_poll_failure(
        failing.id, now=NOW, error="HTTP 500", next_poll_at=NOW, max_failures=3
    )
    for _ in range(3):
        await store.record_poll_failure(
            dead.id, now=NOW, error="HTTP 404", next_poll_at=NOW, max_failures=3
        )
    await store.remove_feed(gone.id, B, NOW)
    late = datetime(2026, 11, 24, 23, 59, tzinfo=UTC)
    await store.add_articles([(article(1), -1), (article(2), -2)], late)
    await store.add_articles([(article(3), -3)], late + timedelta(minutes=2))
    await store.add_articles([(article(4), -4)], NOW)

    kwargs = dict(topic_key="x", at=time(8), timezone="UTC", quiet=False, created_by="u", now=NOW)
    posted, _ = await store.upsert_subscription(HERE, topic="harbour", **kwargs)  # type: ignore[arg-type]
    elsewhere = Destination("slack", "T0A", "C1")
    paused, _ = await store.upsert_subscription(elsewhere, topic="<b>port</b>", **kwargs)  # type: ignore[arg-type]
    await store.disable_channel(elsewhere, "channel_not_found")

    await deliver(store, posted.id, "2026-11-10", "sent")  # more than a week before NOW
    await deliver(store, posted.id, "2026-11-24", "sent")
    await deliver(store, posted.id, "2026-11-25", "sent")
    await deliver(store, posted.id, "2026-11-26", "failed", "HTTP 503")
    await deliver(store, paused.id, "2026-11-25", "abandoned", "gave up after 5 attempts: HTTP 500")

    week = NOW - timedelta(days=7)
    assert await store.status_counts(week) == StatusCounts(
        feeds=3,
        failing=1,
        disabled=1,
        subscriptions=2,
        paused=1,
        posted=2,
        retrying=1,
        abandoned=1,
        articles=4,
    )
    assert await store.articles_per_day(NOW - timedelta(days=30)) == [
        DayCount(date(2026, 11, 24), 2),
        DayCount(date(2026, 11, 25), 1),
        DayCount(date(2026, 11, 26), 1),
    ]
    assert await store.articles_per_day(NOW - timedelta(hours=1)) == [
        DayCount(date(2026, 11, 26), 1)
    ]
    assert await store.digests_per_day(NOW - timedelta(days=30)) == [
        DayCount(date(2026, 11, 10), 1),
        DayCount(date(2026, 11, 24), 1),
        DayCount(date(2026, 11, 25), 1),
    ]

    recent = await store.recent_deliveries()
    assert [(r.delivery.period, r.delivery.status) for r in recent] == [
        ("2026-11-26", "failed"),
        ("2026-11-25", "abandoned"),
        ("2026-11-25", "sent"),
        ("2026-11-24", "sent"),
        ("2026-11-10", "sent"),
    ]
    [abandoned] = await store.recent_deliveries(status="abandoned")
    assert abandoned.destination == elsewhere and abandoned.topic == "<b>port</b>"
    assert abandoned.delivery.last_error == "gave up after 5 attempts: HTTP 500"
    assert abandoned.claimed_by == "w1" and abandoned.sent_at is None
    assert len(await store.recent_deliveries(limit=2)) == 2
    sent = await store.recent_deliveries(status="sent", limit=1)
    assert sent[0].sent_at == datetime(2026, 11, 25, 8, tzinfo=UTC)
    latest = await store.latest_deliveries()
    assert set(latest) == {posted.id, paused.id}
    assert latest[posted.id].delivery.status == "failed"
    assert latest[posted.id].next_attempt_at == datetime(2026, 11, 26, 8, 5, tzinfo=UTC)
    assert latest[paused.id].delivery.period == "2026-11-25"


async def test_stories_matching_a_query_among_some(store: Store) -> None:
    mine, _ = await store.add_feed("https://a.example/rss", "", "u", NOW, A)
    theirs, _ = await store.add_feed("https://b.example/rss", "", "u", NOW, B)
    _, created = await store.add_articles(
        [
            (article(1, "Wildfire near Evora forces evacuations.", feed_id=mine.id), -1),
            (article(2, "Portugal battles a November wildfire.", feed_id=mine.id), -1),
            (article(3, "Wildfire in Spain, far from any border.", feed_id=mine.id), -2),
            (article(4, "Wildfire in Greece; Portugal sends planes.", feed_id=theirs.id), -3),
            (article(5, "Portugal wins the cup.", feed_id=mine.id), -4),
        ],
        NOW,
    )
    evora, spain, greece, cup = (created[k] for k in (-1, -2, -3, -4))
    portugal = TextQuery((AnyOf((Phrase(("portugal",)),)),))
    assert await store.stories_matching(portugal, [evora, spain, greece]) == {evora, greece}
    assert await store.stories_matching(portugal, [evora, spain, greece], A) == {evora}
    assert await store.stories_matching(portugal, [spain]) == set()
    assert await store.stories_matching(portugal, []) == set()
    phrase = TextQuery((AnyOf((Phrase(("portugal", "sends")), Phrase(("cup",)))),))
    assert await store.stories_matching(phrase, [evora, greece, cup]) == {greece, cup}


async def test_pruning_deletes_old_articles_with_their_index_and_empty_stories(
    store: Store,
) -> None:
    old = NOW - timedelta(days=100)
    quirky = "Zanzibarite quasquicentennial celebrations drew record crowds to the harbour."
    feed, _ = await store.add_feed("https://f.example/rss", "F", "u", NOW, A)
    ids, created = await store.add_articles(
        [(article(1, quirky, feed_id=feed.id), -1), (article(2), -1), (article(3), -2)], old
    )
    assert None not in ids
    kept, _ = await store.add_articles([(article(4), created[-2])], NOW)
    await store.save_summaries({ids[0]: {"summary": ["Old."], "facts": []}})  # type: ignore[dict-item]
    before = NOW - timedelta(days=90)

    first = await store.prune_articles(before, 2)
    assert (first.articles, first.stories) == (2, 1)  # articles 1 and 2, and their story
    assert await store.rank_article_ids(query("zanzibarite")) == []
    assert await store.document_counts(["zanzibarit", "zanzibarite"]) in ({}, {"zanzibarit": 0})
    assert await store.cached_summary(ids[:1]) == {}  # type: ignore[arg-type]

    second = await store.prune_articles(before, 2)
    assert (second.articles, second.stories) == (1, 0)  # article 3; its story keeps article 4
    assert await store.prune_articles(before, 2) == type(second)()
    assert await store.article_count() == 1 and await store.story_count() == 1
    assert list(await store.story_articles([created[-2]])) == [created[-2]]
    assert kept[0] is not None and await store.get_article(kept[0]) is not None
    assert await store.reclaim_space() >= 0


async def test_pruning_digest_records_keeps_the_latest_sent(store: Store) -> None:
    sub = await subscribe(store)
    for days, status in ((300, "sent"), (250, "abandoned"), (200, "sent"), (1, "sent")):
        await deliver(store, sub.id, f"{NOW - timedelta(days=days):%Y-%m-%d}", status)
    latest = await store.last_window_end(sub.id)

    assert await store.prune_deliveries(NOW - timedelta(days=180), 1) == 1
    assert await store.prune_deliveries(NOW - timedelta(days=180), 10) == 2
    assert await store.prune_deliveries(NOW - timedelta(days=180), 10) == 0
    left = await store.deliveries_for(sub.id)
    assert [d.period for d in left] == [f"{NOW - timedelta(days=1):%Y-%m-%d}"]
    assert await store.last_window_end(sub.id) == latest
    # A subscription whose only digests are old keeps its latest one.
    assert await store.prune_deliveries(NOW, 10) == 0
