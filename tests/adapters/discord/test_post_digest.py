"""Scheduled digests: the core's deliverer posts through the adapter to the fake's channel."""

from __future__ import annotations

import pytest

from adapters.discord.client import DiscordAdapter
from bot.app import App
from bot.models import Destination, Digest, PostError, Subscription
from tests.adapters.discord.support import add_articles, assert_valid
from tests.conftest import add_subscription
from tests.fakes.discord import CHANNEL_ID, GUILD_ID, FakeDiscord

HERE = Destination("discord", str(GUILD_ID), str(CHANNEL_ID))


async def subscribe(app: App, destination: Destination = HERE) -> Subscription:
    return await add_subscription(
        app.store, destination, "wildfire OR harbour", zone="Europe/Lisbon", created=app.clock.now()
    )


def discord_of(app: App) -> DiscordAdapter:
    adapter = app.adapters["discord"]
    assert isinstance(adapter, DiscordAdapter)
    return adapter


async def test_a_scheduled_digest_is_posted_and_its_message_ids_recorded(
    fake: FakeDiscord, newsbot: App
) -> None:
    await add_articles(newsbot)
    sub = await subscribe(newsbot)
    outcome = await newsbot.deliverer.deliver(sub.id, newsbot.clock.now())
    assert outcome == "sent"
    assert fake.channel_messages, "nothing posted"
    posted = [m for m in fake.channel_messages if m["channel_id"] == str(CHANNEL_ID)]
    assert_valid(posted)
    assert str(posted[0]["content"]).startswith("**Daily digest: wildfire OR harbour · ")
    assert sum(len(m["embeds"]) for m in posted) == 2  # two stories, the fire carried twice
    (delivery,) = await newsbot.store.deliveries_for(sub.id)
    assert delivery.status == "sent"
    assert delivery.message_ids == tuple(m["id"] for m in posted)
    sends = [r for r in fake.requests if r.method == "POST" and r.path.endswith("/messages")]
    assert all(r.json["enforce_nonce"] is True and len(r.json["nonce"]) <= 25 for r in sends)
    assert all(r.json["allowed_mentions"] == {"parse": []} for r in sends)


async def test_a_repeated_post_of_the_same_digest_is_not_shown_twice(
    fake: FakeDiscord, newsbot: App
) -> None:
    """After a crash between post and record, the retry carries the same nonce."""
    await add_articles(newsbot)
    digest = await newsbot.digests.build(
        None, since=newsbot.clock.now().replace(year=2020), title="Top stories"
    )
    first = await discord_of(newsbot).post_digest(HERE, digest)
    again = await discord_of(newsbot).post_digest(HERE, digest)
    assert first == again
    assert len(fake.channel_messages) == len(first.message_ids)


async def test_a_429_with_retry_after_is_retried_and_nothing_is_lost(
    fake: FakeDiscord, newsbot: App
) -> None:
    await add_articles(newsbot)
    sub = await subscribe(newsbot)
    fake.rate_limit("POST", rf"^/channels/{CHANNEL_ID}/messages$", times=2, retry_after=0.05)
    assert await newsbot.deliverer.deliver(sub.id, newsbot.clock.now()) == "sent"
    sends = [r for r in fake.requests if r.method == "POST" and r.path.endswith("/messages")]
    assert len(sends) == len(fake.channel_messages) + 2  # two 429s, then every part
    (delivery,) = await newsbot.store.deliveries_for(sub.id)
    assert delivery.message_ids == tuple(m["id"] for m in fake.channel_messages)


async def test_a_long_rate_limit_goes_back_to_the_core_with_retry_after(
    fake: FakeDiscord, newsbot: App
) -> None:
    fake.rate_limit("POST", r"/messages$", times=1, retry_after=120)
    digest = Digest("t", "Title", (), empty_text="Nothing new.")
    with pytest.raises(PostError) as caught:
        await discord_of(newsbot).post_digest(HERE, digest)
    assert not caught.value.permanent
    assert caught.value.retry_after == 120
    assert fake.channel_messages == []


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("missing_access", "Missing Access"),
        ("unknown_channel", "Unknown Channel"),
        ("missing_permissions", "Missing Permissions"),
    ],
)
async def test_a_lost_channel_disables_its_subscriptions_with_the_reason(
    fake: FakeDiscord, newsbot: App, kind: str, reason: str
) -> None:
    await add_articles(newsbot)
    sub = await subscribe(newsbot)
    fake.fail_channel(CHANNEL_ID, kind)
    assert await newsbot.deliverer.deliver(sub.id, newsbot.clock.now()) == "abandoned"
    stored = await newsbot.store.get_subscription(sub.id)
    assert stored is not None and stored.disabled_reason is not None
    assert stored.disabled_reason.startswith(reason)
    assert "\n" not in stored.disabled_reason
    assert fake.channel_messages == []


async def test_an_empty_digest_is_one_plain_message(fake: FakeDiscord, newsbot: App) -> None:
    posted = await discord_of(newsbot).post_digest(
        HERE, Digest("t", "Daily digest: t", (), empty_text="No new stories on “t”.")
    )
    (message,) = fake.channel_messages
    assert posted.message_ids == (message["id"],)
    assert message["content"] == "**Daily digest: t**\nNo new stories on “t”."
    assert message["embeds"] == []


async def test_a_destination_that_is_not_a_discord_channel_is_permanent(
    fake: FakeDiscord, newsbot: App
) -> None:
    with pytest.raises(PostError) as caught:
        await discord_of(newsbot).post_digest(
            Destination("discord", "guild", "general"), Digest("t", "T", ())
        )
    assert caught.value.permanent
