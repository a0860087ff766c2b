"""Scheduled digests through the real core to chat.postMessage on the fake Slack."""

from __future__ import annotations

from datetime import timedelta

import pytest

from adapters.slack.app import RATE_LIMIT_RETRIES, SlackAdapter
from bot.app import App
from bot.clock import ManualClock
from bot.models import Destination, Digest, DigestEntry, PostError, PostProgress, Subscription
from tests.adapters.slack.blockkit import check_message, texts
from tests.adapters.slack.support import add_articles
from tests.conftest import add_subscription
from tests.fakes.slack import CHANNEL_ID, TEAM_ID, FakeSlack

HERE = Destination("slack", TEAM_ID, CHANNEL_ID)


async def subscribe(app: App, clock: ManualClock, topic: str = "wildfire") -> Subscription:
    return await add_subscription(app.store, HERE, topic, created=clock.now() - timedelta(hours=1))


def slack_of(app: App) -> SlackAdapter:
    adapter = app.adapters["slack"]
    assert isinstance(adapter, SlackAdapter)
    return adapter


def long_digest(count: int) -> Digest:
    entries = tuple(
        DigestEntry(n, f"Story {n}", f"https://example.org/{n}", "Wire", None, ("Text.",), ())
        for n in range(count)
    )
    return Digest("all", "Daily digest", entries)


async def test_a_scheduled_digest_reaches_chat_post_message(
    newsbot: App, fake: FakeSlack, clock: ManualClock
) -> None:
    sub = await subscribe(newsbot, clock)
    await add_articles(newsbot)

    assert await newsbot.deliverer.deliver(sub.id, clock.now()) == "sent"

    [call] = fake.calls_to("chat.postMessage")
    assert call.args["channel"] == CHANNEL_ID
    blocks = check_message(call.args)
    assert "Wildfire near Evora" in texts(blocks)
    assert "Porto harbour" not in texts(blocks), "only the subscribed topic"
    [row] = await newsbot.store.deliveries_for(sub.id)
    assert row.status == "sent"
    assert row.message_ids == ("1764150000.000001",)


async def test_a_429_is_retried_after_retry_after_and_then_posted(
    newsbot: App, fake: FakeSlack, clock: ManualClock
) -> None:
    sub = await subscribe(newsbot, clock)
    await add_articles(newsbot)
    fake.fail("chat.postMessage", "ratelimited", retry_after=1)

    assert await newsbot.deliverer.deliver(sub.id, clock.now()) == "sent"

    first, second = fake.calls_to("chat.postMessage")
    assert second.at - first.at >= 1.0, "Retry-After was honoured"
    assert first.args == second.args
    [row] = await newsbot.store.deliveries_for(sub.id)
    assert (row.status, len(row.message_ids)) == ("sent", 1)


async def test_not_in_channel_disables_the_channels_subscriptions(
    newsbot: App, fake: FakeSlack, clock: ManualClock
) -> None:
    sub = await subscribe(newsbot, clock)
    other = await subscribe(newsbot, clock, "harbour")
    await add_articles(newsbot)
    fake.fail("chat.postMessage", "not_in_channel")

    assert await newsbot.deliverer.deliver(sub.id, clock.now()) == "abandoned"

    for sub_id in (sub.id, other.id):
        stored = await newsbot.store.get_subscription(sub_id)
        assert stored is not None and stored.disabled_reason is not None
        assert "not in this channel" in stored.disabled_reason
    [row] = await newsbot.store.deliveries_for(sub.id)
    assert row.status == "abandoned"
    assert len(fake.calls_to("chat.postMessage")) == 1, "a permanent error is not retried"


@pytest.mark.parametrize(
    "error", ["channel_not_found", "is_archived", "account_inactive", "invalid_auth"]
)
async def test_gone_channels_and_dead_tokens_are_permanent(
    adapter: SlackAdapter, fake: FakeSlack, error: str
) -> None:
    fake.fail("chat.postMessage", error)

    with pytest.raises(PostError) as raised:
        await adapter.post_digest(HERE, long_digest(1))

    assert raised.value.permanent
    assert "\n" not in raised.value.reason and raised.value.reason.startswith("Slack: ")


async def test_other_errors_are_transient(adapter: SlackAdapter, fake: FakeSlack) -> None:
    fake.fail("chat.postMessage", "internal_error", status=500)

    with pytest.raises(PostError) as raised:
        await adapter.post_digest(HERE, long_digest(1))

    assert not raised.value.permanent
    assert "internal_error" in raised.value.reason


async def test_a_rate_limit_that_outlasts_the_retries_carries_retry_after(
    adapter: SlackAdapter, fake: FakeSlack
) -> None:
    fake.fail("chat.postMessage", "ratelimited", retry_after=0, times=RATE_LIMIT_RETRIES + 1)

    with pytest.raises(PostError) as raised:
        await adapter.post_digest(HERE, long_digest(1))

    assert not raised.value.permanent
    assert raised.value.retry_after == 0.0
    assert len(fake.calls_to("chat.postMessage")) == RATE_LIMIT_RETRIES + 1


async def test_a_long_digest_is_posted_as_several_messages(
    adapter: SlackAdapter, fake: FakeSlack
) -> None:
    posted = await adapter.post_digest(HERE, long_digest(40))

    calls = fake.calls_to("chat.postMessage")
    assert len(calls) == len(posted.message_ids) == 3
    for call in calls:
        check_message(call.args)
    assert len(set(posted.message_ids)) == 3


async def test_a_retry_after_a_partial_post_continues_where_it_stopped(
    adapter: SlackAdapter, fake: FakeSlack
) -> None:
    """The parts posted are reported as they go; a retry given them (by this process or
    another, which is what the delivery row is for) posts only the rest."""
    digest = long_digest(40)
    fake.fail("chat.postMessage", "service_unavailable", after=1)
    recorded: list[str] = []

    async def record(message_id: str) -> None:
        recorded.append(message_id)

    with pytest.raises(PostError):
        await adapter.post_digest(HERE, digest, PostProgress((), record))
    assert len(recorded) == 1
    posted = await adapter.post_digest(HERE, digest, PostProgress(tuple(recorded), record))

    calls = fake.calls_to("chat.postMessage")
    assert len(calls) == 4  # first part, the failure, then the two parts not yet posted
    assert calls[1].args == calls[2].args
    assert len(posted.message_ids) == 3
    headers = [c.args["blocks"][0]["type"] for c in calls]
    assert headers.count("header") == 1, "the first part was not posted twice"
