from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.app import App, build_app
from bot.clock import ManualClock
from bot.models import CommandRequest, Destination, Reply
from bot.settings import CONFIG_DIR
from tests.conftest import make_settings
from tests.fakes.http import LocalServer

HERE = Destination("console", "", "general")
SAMPLES = CONFIG_DIR / "samples"


async def run(app: App, text: str, *, manager: bool = True, zone: str | None = None) -> Reply:
    return await app.commands.handle(
        CommandRequest(text, HERE, "u1", can_manage=manager, default_timezone=zone)
    )


async def test_subscribe_requires_the_manage_permission(app: App) -> None:
    for text in (
        "subscribe climate",
        "unsubscribe all",
        "feeds add https://x.example/rss",
        "feeds remove 1",
    ):
        reply = await run(app, text, manager=False)
        assert reply.error and "Only people who manage this channel" in reply.text
    assert await app.store.list_subscriptions() == []


async def test_subscribe_defaults_update_and_listing(app: App, clock: ManualClock) -> None:
    first = await run(app, "subscribe climate OR drought", zone="Europe/Lisbon")
    assert "Subscribed #1" in first.text and "08:00 Europe/Lisbon" in first.text
    again = await run(app, "subscribe climate OR drought at 7:30 Europe/Berlin")
    assert "Updated subscription #1" in again.text and "07:30 Europe/Berlin" in again.text
    await run(app, "subscribe rates --quiet")
    listing = await run(app, "subscriptions")
    assert listing.text == "This channel has 2 subscription(s)."
    assert [i.title for i in listing.items] == ["#1 climate OR drought", "#2 rates"]
    assert "next Fri 27 Nov 07:30 Europe/Berlin" in listing.items[0].meta
    assert "(quiet)" in listing.items[1].text
    other = await app.commands.handle(
        CommandRequest("subscriptions", Destination("console", "", "other"), "u2")
    )
    assert "no subscriptions" in other.text, "subscriptions belong to their channel"


async def test_unsubscribe_by_id_topic_and_all(app: App) -> None:
    for topic in ("climate", "rates", "sport"):
        await run(app, f"subscribe {topic}")
    assert "Unsubscribed #2 “rates”" in (await run(app, "unsubscribe #2")).text
    assert "Unsubscribed #1 “climate”" in (await run(app, "unsubscribe CLIMATE")).text
    missing = await run(app, "unsubscribe 99")
    assert missing.error and "no subscription #99" in missing.text
    assert "Unsubscribed #3" in (await run(app, "unsubscribe all")).text
    assert await app.store.list_subscriptions() == []


async def test_digest_command_groups_stories(app: App, clock: ManualClock) -> None:
    await app.ingestor.ingest([str(SAMPLES)])
    reply = await run(app, "digest wildfire OR drought")
    assert reply.digest is not None and not reply.ephemeral
    first = reply.digest.entries[0]
    assert "wildfire" in first.title.lower()
    assert [o.source for o in first.also] and first.summary and first.facts
    clock.set(clock.now() + timedelta(days=3))
    empty = await run(app, "digest wildfire")
    assert empty.digest is None and "No new stories on “wildfire”" in empty.text


async def test_search_pages_and_ask(app: App) -> None:
    await app.ingestor.ingest([str(SAMPLES)])
    page = await run(app, "search orbit")
    assert page.items and all(i.url for i in page.items)
    none = await run(app, "search xylophone")
    assert "No stored stories match" in none.text
    answer = await run(app, "ask how many satellites did Tern-3 carry?")
    assert answer.items and "14" in answer.items[0].text


async def test_feeds_add_list_remove_over_http(app: App, server: LocalServer) -> None:
    server.content("/rss", (SAMPLES / "northsea-ledger.xml").read_bytes(), "application/rss+xml")
    server.content("/page", "<html><body><p>Hello</p></body></html>")
    added = await run(app, f"feeds add {server.url('/rss')}")
    assert added.text.startswith("Added feed #1 “Northsea Ledger") and "8 new article" in added.text
    not_feed = await run(app, f"feeds add {server.url('/page')}")
    assert not_feed.error and "not an RSS or Atom feed" in not_feed.text
    dead = await run(app, f"feeds add {server.url('/gone')}")
    assert dead.error and "HTTP 404" in dead.text
    listing = await run(app, "feeds list")
    assert listing.items[0].title.startswith("#1 Northsea Ledger")
    assert "ok · 8 articles" in listing.items[0].meta
    removed = await run(app, "feeds remove 1")
    assert "Removed feed #1" in removed.text and "stored articles stay" in removed.text
    assert await app.store.article_count() == 8
    assert (await run(app, "feeds remove 1")).error


async def test_summarize_a_page(app: App, server: LocalServer) -> None:
    page = next((SAMPLES / "pages").glob("*.html")).read_bytes()
    server.content("/fado", page)
    reply = await run(app, f"summarize {server.url('/fado')}")
    assert not reply.error
    item = reply.items[0]
    assert item.text and 3 <= len(item.bullets) <= 5
    broken = await run(app, f"summarize {server.url('/nothing')}")
    assert broken.error and broken.text.startswith("Could not summarize that page: ")


async def test_help_and_bad_input(app: App) -> None:
    help_reply = await run(app, "")
    assert len(help_reply.items) == 9
    assert "did you mean `subscribe`" in (await run(app, "subscibe x")).text
    tz = await run(app, "subscribe x at 08:00 Europe/Berln")
    assert tz.error and tz.text == "unknown timezone 'Europe/Berln' — did you mean Europe/Berlin?"


async def test_an_unexpected_failure_is_one_sentence_and_the_bot_goes_on(app: App) -> None:
    await app.store.close()  # the database goes away under the bot
    reply = await run(app, "subscriptions")
    assert reply.error and reply.text.startswith("Something went wrong on our side")


async def test_no_command_fetches_a_disguised_loopback_url(
    tmp_path: Path, clock: ManualClock, server: LocalServer
) -> None:
    """The SSRF hole: fullwidth digits normalise to 127.0.0.1 inside the HTTP client."""
    server.content("/page", "<html><body><p>" + "internal secret " * 40 + "</p></body></html>")
    server.content("/feed", "<rss><channel><title>x</title></channel></rss>", "application/rss+xml")
    settings = make_settings(tmp_path, fetch={"allow_private_addresses": False})
    built = await build_app(settings, clock=clock, adapters=[])
    try:
        for path in ("/page", "/feed"):
            for host in ("１２７.０.０.１", "127.1", "localhost", "①②⑦.0.0.1"):
                url = f"http://{host}:{server.port}{path}"
                for text in (f"summarize {url}", f"feeds add {url}"):
                    reply = await run(built, text)
                    assert reply.error and "refused" in reply.text, (text, reply.text)
                    assert "\n" not in reply.text
                report = await built.ingestor.ingest([url])
                assert report.count("rejected") == 1
                assert report.outcomes[0].detail.startswith("refused"), report.outcomes[0]
        assert await built.store.list_feeds() == []
    finally:
        await built.close()
    assert server.requests == []
