"""/news interactions over the fake gateway, answered by the real core: defer, then follow up."""

from __future__ import annotations

import asyncio

from adapters.discord.client import CANNOT_POST, DiscordAdapter
from bot.app import App
from bot.models import Destination, Owner
from tests.adapters.discord.support import add_articles, assert_valid
from tests.fakes.discord import (
    CHANNEL_ID,
    GUILD_ID,
    MANAGE_CHANNELS,
    MEMBER_PERMISSIONS,
    VIEW_CHANNEL,
    FakeDiscord,
    Interaction,
)

HERE = Destination("discord", str(GUILD_ID), str(CHANNEL_ID))
MANAGER = MEMBER_PERMISSIONS | MANAGE_CHANNELS
EPHEMERAL = 64


def flags(message: dict[str, object]) -> int:
    value = message.get("flags", 0)
    return value if isinstance(value, int) else 0


async def answered(
    fake: FakeDiscord, interaction: Interaction, newsbot: App
) -> list[dict[str, object]]:
    """Every followup of an interaction, once the adapter has sent them all."""
    await fake.wait_for_followups(interaction)
    adapter = newsbot.adapters["discord"]
    assert isinstance(adapter, DiscordAdapter)
    await asyncio.wait_for(adapter.idle(), timeout=10)
    return interaction.followups


async def test_digest_is_deferred_then_followed_up_with_valid_embeds(
    fake: FakeDiscord, newsbot: App
) -> None:
    await add_articles(newsbot)
    interaction = await fake.send_interaction("news digest", {"topic": "wildfire OR harbour"})
    followups = await answered(fake, interaction, newsbot)
    assert interaction.callback == {"type": 5}  # deferred, visible to the channel
    assert not interaction.deleted_original
    assert_valid(followups)  # type: ignore[arg-type]
    first = followups[0]
    assert interaction.private == [False] * len(followups)  # the whole channel sees it
    assert str(first["content"]).startswith("**wildfire OR harbour · ")
    embeds = [e for f in followups for e in f["embeds"]]  # type: ignore[attr-defined]
    titles = {e["title"] for e in embeds}
    assert any("Wildfire" in t or "wildfire" in t for t in titles)
    assert any("harbour" in t for t in titles)
    fire = next(e for e in embeds if "vora" in e["title"])
    assert fire["url"].startswith("https://")
    assert "\n• " in fire["description"]
    assert fire["footer"]["text"].startswith("Also covered by ")
    assert first["allowed_mentions"] == {"parse": []}  # "@everyone" in a title pings nobody


async def test_an_error_on_a_public_defer_is_sent_privately(
    fake: FakeDiscord, newsbot: App
) -> None:
    interaction = await fake.send_interaction("news digest", {"topic": "OR"})
    (followup,) = await answered(fake, interaction, newsbot)
    assert interaction.callback == {"type": 5}
    assert interaction.deleted_original  # nobody else sees "newsbot is thinking…" turn into it
    assert interaction.private == [True]
    assert "OR needs a word on each side" in str(followup["content"])


async def test_an_empty_digest_is_answered_privately(fake: FakeDiscord, newsbot: App) -> None:
    interaction = await fake.send_interaction("news digest")
    (followup,) = await answered(fake, interaction, newsbot)
    assert interaction.deleted_original and interaction.private == [True]
    assert "The bot has read no article yet" in str(followup["content"])


async def test_subscribe_without_manage_channels_is_refused_ephemerally(
    fake: FakeDiscord, newsbot: App
) -> None:
    interaction = await fake.send_interaction(
        "news-admin subscribe", {"topic": "climate"}, permissions=MEMBER_PERMISSIONS
    )
    (followup,) = await answered(fake, interaction, newsbot)
    assert interaction.ephemeral_defer and interaction.private == [True]
    assert "Only people who manage this channel" in str(followup["content"])
    assert await newsbot.store.list_subscriptions() == []


async def test_subscribe_by_a_manager_stores_the_channel_subscription(
    fake: FakeDiscord, newsbot: App
) -> None:
    interaction = await fake.send_interaction(
        "news-admin subscribe",
        {"topic": "wildfire OR drought", "time": "7:30", "timezone": "Lisbon", "quiet": True},
        permissions=MANAGER,
    )
    (followup,) = await answered(fake, interaction, newsbot)
    assert interaction.ephemeral_defer and interaction.private == [True]
    assert str(followup["content"]).startswith("Subscribed #1")
    (sub,) = await newsbot.store.list_subscriptions()
    assert sub.destination == HERE
    assert (sub.topic, f"{sub.at:%H:%M}", sub.timezone, sub.quiet) == (
        "wildfire OR drought", "07:30", "Europe/Lisbon", True,
    )  # fmt: skip
    assert sub.created_by == str(fake.interactions[interaction.id].payload["member"]["user"]["id"])  # type: ignore[index]


async def test_subscribe_where_the_bot_cannot_post_is_refused(
    fake: FakeDiscord, newsbot: App
) -> None:
    interaction = await fake.send_interaction(
        "news-admin subscribe",
        {"topic": "climate"},
        permissions=MANAGER,
        app_permissions=VIEW_CHANNEL,
    )
    (followup,) = await answered(fake, interaction, newsbot)
    assert followup["content"] == f"⚠️ {CANNOT_POST}"
    assert await newsbot.store.list_subscriptions() == []


async def test_help_is_ephemeral_and_names_the_discord_commands(
    fake: FakeDiscord, newsbot: App
) -> None:
    interaction = await fake.send_interaction("news help")
    followups = await answered(fake, interaction, newsbot)
    assert interaction.ephemeral_defer and all(interaction.private)
    assert all(flags(f) & EPHEMERAL for f in followups)  # later parts need the flag
    assert_valid(followups)  # type: ignore[arg-type]
    names = [fld["name"] for f in followups for e in f["embeds"] for fld in e["fields"]]  # type: ignore[attr-defined]
    assert any(n.startswith("/news-admin subscribe") for n in names)
    assert any(n.startswith("/news digest") for n in names)


async def test_unsubscribe_autocompletes_the_channel_subscriptions_then_removes_one(
    fake: FakeDiscord, newsbot: App
) -> None:
    for topic in ("climate OR drought", "harbour"):
        done = await fake.send_interaction(
            "news-admin subscribe", {"topic": topic}, permissions=MANAGER
        )
        await answered(fake, done, newsbot)
    complete = await fake.send_interaction(
        "news-admin unsubscribe", {"target": ""}, permissions=MANAGER, focused="target"
    )
    await fake.wait_for_ack(complete)
    assert complete.callback is not None and complete.callback["type"] == 8
    assert complete.choices == [
        {"name": "#1 climate OR drought", "value": "1"},
        {"name": "#2 harbour", "value": "2"},
        {"name": "all — every subscription here", "value": "all"},
    ]
    remove = await fake.send_interaction(
        "news-admin unsubscribe", {"target": "1"}, permissions=MANAGER
    )
    (followup,) = await answered(fake, remove, newsbot)
    assert "Unsubscribed #1" in str(followup["content"])
    assert [s.topic for s in await newsbot.store.list_subscriptions()] == ["harbour"]


async def test_timezone_autocomplete(fake: FakeDiscord, newsbot: App) -> None:
    complete = await fake.send_interaction(
        "news-admin subscribe",
        {"topic": "x", "timezone": "berl"},
        permissions=MANAGER,
        focused="timezone",
    )
    await fake.wait_for_ack(complete)
    assert complete.choices[0] == {"name": "Europe/Berlin", "value": "Europe/Berlin"}
    assert len(complete.choices) <= 25


async def test_feeds_remove_autocompletes_feed_ids(fake: FakeDiscord, newsbot: App) -> None:
    feed, _ = await newsbot.store.add_feed(
        "https://feeds.example.org/rss.xml",
        "Example Feed",
        "someone",
        newsbot.clock.now(),
        Owner("discord", str(GUILD_ID)),
    )
    complete = await fake.send_interaction(
        "news-admin feeds remove", {"id": ""}, permissions=MANAGER, focused="id"
    )
    await fake.wait_for_ack(complete)
    assert complete.choices == [{"name": f"#{feed.id} Example Feed", "value": feed.id}]
    remove = await fake.send_interaction(
        "news-admin feeds remove", {"id": feed.id}, permissions=MANAGER
    )
    (followup,) = await answered(fake, remove, newsbot)
    assert f"Removed feed #{feed.id}" in str(followup["content"])


async def test_fifty_concurrent_interactions_are_all_acknowledged_and_answered(
    fake: FakeDiscord, newsbot: App
) -> None:
    await add_articles(newsbot)
    kinds = [("news digest", {}), ("news help", {}), ("news ask", {"question": "who led?"}),
             ("news search", {"query": "wildfire"}), ("news subscriptions", {})]  # fmt: skip
    sent = await asyncio.gather(
        *(fake.send_interaction(*kinds[n % len(kinds)]) for n in range(50))  # type: ignore[arg-type]
    )
    await fake.wait_until(lambda: all(i.followups for i in sent), within=30)
    assert [i for i in sent if i.callback is None] == [], "every one acknowledged"
    assert fake.rejected_messages == []


async def test_a_rate_limited_followup_is_retried_and_delivered_once(
    fake: FakeDiscord, newsbot: App
) -> None:
    fake.rate_limit("POST", r"^/webhooks/", times=1, retry_after=0.05)
    interaction = await fake.send_interaction("news help")
    await answered(fake, interaction, newsbot)
    posts = [r for r in fake.requests if r.method == "POST" and r.path.startswith("/webhooks/")]
    assert len(posts) == 2  # the 429, then the retry
    assert len(interaction.followups) == 1
