from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from bot.app import App
from bot.clock import ManualClock
from bot.ingestion.sources import RawArticle
from bot.models import Destination, PostError, Subscription
from tests.conftest import add_subscription
from tests.fakes.chat import RecordingAdapter

HERE = Destination("console", "", "general")
BODY = (
    "Firefighters contained a wildfire near Evora on Tuesday after three days. "
    "Commander Helena Marques said 620 firefighters and 11 aircraft took part. "
    "About 1,150 residents were allowed to return home on Wednesday evening."
)


async def subscribe(
    app: App, clock: ManualClock, topic: str = "wildfire", *, quiet: bool = False
) -> Subscription:
    created = clock.now() - timedelta(hours=2)  # 07:00: its first digest falls due at 08:00
    return await add_subscription(app.store, HERE, topic, created=created, quiet=quiet)


async def add_article(app: App, n: int, text: str = BODY) -> None:
    await app.ingestor.store_batch(
        [
            RawArticle(
                title=f"Wildfire update {n}",
                text=f"{text} Update number {n}.",
                url=f"https://w.example/{n}",
                source="Wire",
            )
        ]
    )


def fast(app: App, **changes: float) -> None:
    """Shorter backoff for tests (the deliverer reads its settings at each attempt)."""
    app.deliverer.settings = dataclasses.replace(
        app.deliverer.settings, retry_base_seconds=0.01, **changes
    )


async def test_posts_once_per_period(app: App, chat: RecordingAdapter, clock: ManualClock) -> None:
    sub = await subscribe(app, clock)
    await add_article(app, 1)
    due = clock.now()
    assert await app.deliverer.deliver(sub.id, due) == "sent"
    assert await app.deliverer.deliver(sub.id, due) == "taken"
    assert len(chat.posted) == 1
    destination, digest = chat.posted[0]
    assert destination == HERE and digest.entries[0].title == "Wildfire update 1"
    [row] = await app.store.deliveries_for(sub.id)
    assert (row.status, row.message_ids, row.period) == ("sent", ("msg-1",), "2026-11-26")


async def test_next_digest_starts_where_the_last_one_stopped(
    app: App, chat: RecordingAdapter, clock: ManualClock
) -> None:
    sub = await subscribe(app, clock)
    await add_article(app, 1)
    await app.deliverer.deliver(sub.id, clock.now())
    clock.set(clock.now() + timedelta(hours=2))
    await add_article(app, 2, BODY.replace("Tuesday", "Thursday").replace("620", "640"))
    clock.set(clock.now() + timedelta(days=1))
    assert await app.deliverer.deliver(sub.id, clock.now()) == "sent"
    titles = [[e.title for e in d.entries] for _, d in chat.posted]
    assert titles == [["Wildfire update 1"], ["Wildfire update 2"]], "no article repeats"


async def test_transient_errors_are_retried_then_posted(
    app: App, chat: RecordingAdapter, clock: ManualClock
) -> None:
    fast(app)
    sub = await subscribe(app, clock)
    chat.failures = [PostError("HTTP 502"), PostError("rate limited", retry_after=0.02)]
    assert await app.deliverer.deliver(sub.id, clock.now()) == "sent"
    assert chat.attempts == 3 and len(chat.posted) == 1
    [row] = await app.store.deliveries_for(sub.id)
    assert row.status == "sent"


async def test_exhausted_retries_wait_for_the_next_sweep(
    app: App, chat: RecordingAdapter, clock: ManualClock
) -> None:
    fast(app, max_attempts=2)
    sub = await subscribe(app, clock)
    chat.failures = [PostError("HTTP 503")] * 3
    assert await app.deliverer.deliver(sub.id, clock.now()) == "failed"
    [row] = await app.store.deliveries_for(sub.id)
    assert (row.status, row.last_error) == ("failed", "HTTP 503")
    listing = (await app.store.list_subscriptions(HERE))[0]
    assert listing.last_status == "failed"
    assert await app.deliverer.resume() == [], "not before its retry time"
    clock.set(clock.now() + timedelta(minutes=1))
    assert await app.deliverer.resume() == ["sent"]
    assert len(chat.posted) == 1


async def test_retries_give_up_after_the_grace_period_with_the_reason(
    app: App, chat: RecordingAdapter, clock: ManualClock
) -> None:
    fast(app, max_attempts=1)
    sub = await subscribe(app, clock)
    chat.failures = [PostError("HTTP 503")]
    await app.deliverer.deliver(sub.id, clock.now())
    clock.set(clock.now() + timedelta(hours=7))
    assert await app.deliverer.resume() == ["abandoned"]
    [row] = await app.store.deliveries_for(sub.id)
    assert row.status == "abandoned" and "HTTP 503" in (row.last_error or "")


async def test_a_gone_channel_disables_its_subscriptions(
    app: App, chat: RecordingAdapter, clock: ManualClock
) -> None:
    sub = await subscribe(app, clock)
    await subscribe(app, clock, "rates")
    chat.failures = [PostError("the channel was archived", permanent=True)]
    assert await app.deliverer.deliver(sub.id, clock.now()) == "abandoned"
    subs = await app.store.list_subscriptions(HERE)
    assert [s.disabled_reason for s in subs] == ["the channel was archived"] * 2
    assert chat.attempts == 1, "a permanent refusal is not retried"


async def test_quiet_subscriptions_stay_silent_without_news(
    app: App, chat: RecordingAdapter, clock: ManualClock
) -> None:
    quiet = await subscribe(app, clock, "rates", quiet=True)
    loud = await subscribe(app, clock, "sport")
    assert await app.deliverer.deliver(quiet.id, clock.now()) == "quiet"
    assert await app.deliverer.deliver(loud.id, clock.now()) == "sent"
    [(_, digest)] = chat.posted
    assert digest.entries == () and "No new stories on “sport”" in digest.empty_text


async def test_missed_digests_within_grace_are_posted_once_at_start(
    app: App, chat: RecordingAdapter, clock: ManualClock
) -> None:
    sub = await subscribe(app, clock)  # 08:00 UTC; the clock says 09:00
    assert await app.deliverer.catch_up() == ["sent"]
    assert await app.deliverer.catch_up() == [], "written once, sent once"
    clock.set(datetime(2026, 11, 27, 15, 0, tzinfo=UTC))  # 7 h after the next 08:00
    assert await app.deliverer.catch_up() == [], "missed for longer than the grace"
    assert len(chat.posted) == 1
    [row] = await app.store.deliveries_for(sub.id)
    assert row.period == "2026-11-26"
    refreshed = await app.store.get_subscription(sub.id)
    assert refreshed is not None
    assert refreshed.next_due_at == datetime(2026, 11, 28, 8, tzinfo=UTC)


async def test_a_dead_claim_is_taken_over_after_its_lease(
    app: App, chat: RecordingAdapter, clock: ManualClock
) -> None:
    sub = await subscribe(app, clock)
    now = clock.now()
    await app.store.claim_delivery(
        sub.id,
        period="2026-11-26",
        due_at=now,
        window_start=now - timedelta(days=1),
        window_end=now,
        owner="crashed-process",
        now=now,
        lease_until=now + timedelta(minutes=2),
    )
    assert await app.deliverer.resume() == []
    clock.set(now + timedelta(minutes=3))
    assert await app.deliverer.resume() == ["sent"]
    assert len(chat.posted) == 1


async def test_no_adapter_for_the_platform_is_retried_not_dropped(
    app: App, chat: RecordingAdapter, clock: ManualClock
) -> None:
    fast(app, max_attempts=1)
    sub = await add_subscription(
        app.store, Destination("slack", "T1", "C1"), "x", created=clock.now() - timedelta(hours=1)
    )
    assert await app.deliverer.deliver(sub.id, clock.now()) == "failed"
    [row] = await app.store.deliveries_for(sub.id)
    assert row.last_error == "no slack adapter is running"
