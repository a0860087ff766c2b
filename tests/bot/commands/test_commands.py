from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.app import App, build_app
from bot.clock import ManualClock
from bot.commands.grammar import parse_command
from bot.commands.handlers import EXAMPLES
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
    assert listing.text == "This channel has 2 subscriptions."
    assert [i.title for i in listing.items] == ["#1 climate OR drought", "#2 rates"]
    assert "next Fri 27 Nov 07:30 Europe/Berlin" in listing.items[0].meta
    assert "(quiet)" in listing.items[1].text
    other = await app.commands.handle(
        CommandRequest("subscriptions", Destination("console", "", "other"), "u2")
    )
    assert "no subscriptions" in other.text, "subscriptions belong to their channel"


async def test_a_new_subscription_takes_the_channels_zone_unless_the_user_has_one(
    app: App,
) -> None:
    first = await run(app, "subscribe tides at 6:45")  # the configured zone, said so
    assert "06:45 UTC" in first.text
    assert first.text.endswith(
        "For your local time, give your zone: `at 06:45 Area/City`, e.g. Europe/Berlin."
    )
    await run(app, "subscribe climate at 7:30 Europe/Oslo")
    floods = await run(app, "subscribe floods")
    assert "daily at 08:00 Europe/Oslo" in floods.text and "your zone" not in floods.text
    mine = await run(app, "subscribe storms", zone="America/Chicago")
    assert "daily at 08:00 America/Chicago" in mine.text  # (a Slack user's own zone)
    said = await run(app, "subscribe gales at 9:00 Asia/Tokyo")
    assert "09:00 Asia/Tokyo" in said.text
    other = await app.commands.handle(
        CommandRequest("subscribe tides", Destination("console", "", "other"), "u2", True)
    )
    assert "08:00 UTC" in other.text, "another channel's zone is not this one's"


async def test_unsubscribe_by_id_topic_and_all(app: App) -> None:
    for topic in ("climate", "rates", "sport"):
        await run(app, f"subscribe {topic}")
    assert "Unsubscribed #2 “rates”" in (await run(app, "unsubscribe #2")).text
    assert "Unsubscribed #1 “climate”" in (await run(app, "unsubscribe CLIMATE")).text
    missing = await run(app, "unsubscribe 99")
    assert missing.error and "no subscription #99" in missing.text
    assert "Unsubscribed #3" in (await run(app, "unsubscribe all")).text
    assert await app.store.list_subscriptions() == []
    for topic in ("floods", "tides", "storms"):
        await run(app, f"subscribe {topic}")
    floods, _, storms = [s.id for s in await app.store.list_subscriptions()]
    kept = await run(app, f"unsubscribe #{floods}, #98, 99")
    assert kept.error and kept.text.startswith("This channel has no subscription #98, #99 —")
    assert len(await app.store.list_subscriptions()) == 3, "nothing removed when one is wrong"
    both = await run(app, f"unsubscribe {floods} {storms}")
    assert both.text == f"Unsubscribed #{floods} “floods”, #{storms} “storms”."


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
    assert (await run(app, "digest")).text.startswith("No new stories since ")
    # a time in the topic widens the window: Sunday's digest of "this week" (from Monday)
    week = await run(app, "digest wildfire OR drought this week")
    assert week.digest is not None and week.digest.entries[0].title == first.title
    assert week.text.startswith("wildfire OR drought this week · Sun 29 Nov 2026")
    since = await run(app, "digest since thursday")
    assert since.digest is not None and since.digest.title.startswith("Top stories since thursday")
    quoted = await run(app, 'digest "wildfire this week"')  # a quoted phrase is words
    assert quoted.text.startswith("No new stories on “wildfire this week” since Sat 28 Nov")
    bad = await run(app, "digest wildfire since 2026-02-30")
    assert (
        bad.error and bad.text == "“since 2026-02-30” is not a real date — write it as YYYY-MM-DD."
    )


async def test_an_empty_store_says_to_add_a_feed(app: App) -> None:
    for text in ("digest", "digest wildfire", "search wildfire", "ask who leads Nordlys?"):
        reply = await run(app, text)
        assert reply.text.startswith("The bot has read no article yet — add a feed with"), text
    assert "which every article has" in (await run(app, "search the")).text
    await app.ingestor.ingest([str(SAMPLES)])
    assert (
        "Nothing stored answers that" in (await run(app, "ask who is the mayor of Atlantis?")).text
    )
    assert "No stored stories match “zzyzx”" in (await run(app, "search zzyzx")).text


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
    again = await run(app, f"feeds add {server.url('/rss')}")
    assert (
        again.text
        == "Already following feed #1 “Northsea Ledger”: 0 new articles stored, 8 were already."
    )
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
    server.content("/a.pdf", b"%PDF-1.4 not a page", "application/pdf")
    pdf = await run(app, f"summarize {server.url('/a.pdf')}")
    assert pdf.error and pdf.text.endswith(
        "is neither an HTML page nor plain text (application/pdf)"
    )
    text = " ".join(item.text for item in reply.items)  # the page's own words, served as text
    server.content("/notes.txt", f"Notes from the fado house\n\n{text}", "text/plain")
    notes = await run(app, f"summarize {server.url('/notes.txt')}")
    assert not notes.error and notes.items[0].title == "Notes from the fado house"


async def test_help_and_bad_input(app: App) -> None:
    help_reply = await run(app, "")
    assert len(help_reply.items) == 9
    # the usage names every --since the parser takes
    assert "--since YYYY-MM-DD|today|yesterday|<weekday>" in (await run(app, "help search")).text
    assert "did you mean `/news subscribe x`?" in (await run(app, "subscibe x")).text
    tz = await run(app, "subscribe x at 08:00 Europe/Berln")
    assert tz.error and tz.text == "unknown timezone 'Europe/Berln' — did you mean Europe/Berlin?"


def test_every_example_in_the_help_is_a_valid_command() -> None:
    examples = [
        part.split(" (")[0].strip()
        for line in EXAMPLES.values()
        for part in line.split(":", 1)[1].split(" · ")
    ]
    assert len(examples) >= 9 and 'search source:"Meridian Wire"' in " ".join(examples)
    for example in examples:
        parse_command(example)  # raises UsageError for one that is not


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


# -- issue 13.1: re-subscribing --------------------------------------------------------


async def test_resubscribing_after_todays_digest_names_the_true_next_run(
    app: App, clock: ManualClock
) -> None:
    await run(app, "subscribe glacier at 08:00 UTC")
    [sub] = await app.store.list_subscriptions()
    assert await app.deliverer.deliver(sub.id, clock.now() - timedelta(hours=1)) == "sent"
    clock.set(clock.now().replace(hour=12))
    reply = await run(app, "subscribe glacier at 12:18")
    assert "Next digest Fri 27 Nov 12:18 UTC" in reply.text, reply.text
    listing = await run(app, "subscriptions")
    assert "next Fri 27 Nov 12:18 UTC" in listing.items[0].meta
    clock.set(clock.now().replace(hour=12, minute=18))
    assert await app.deliverer.deliver(sub.id, clock.now()) == "taken", "today's slot is used"


async def test_resubscribing_keeps_what_was_not_said_and_says_what_changed(app: App) -> None:
    await run(app, "subscribe climate at 07:30 Europe/Berlin")
    reply = await run(app, "subscribe climate --quiet")
    [sub] = await app.store.list_subscriptions()
    assert (sub.at.strftime("%H:%M"), sub.timezone, sub.quiet) == ("07:30", "Europe/Berlin", True)
    assert reply.text.startswith("Updated subscription #1 “climate”: quiet mode on.")
    assert "07:30 Europe/Berlin" in reply.text and "08:00" not in reply.text
    moved = await run(app, "subscribe climate at 9:00")
    assert "time 07:30 → 09:00" in moved.text and "quiet mode" in moved.text
    [sub] = await app.store.list_subscriptions()
    assert (sub.timezone, sub.quiet) == ("Europe/Berlin", True)
    same = await run(app, "subscribe climate")
    assert same.text.startswith("Subscription #1 “climate” is unchanged")
    loud = await run(app, "subscribe climate --no-quiet")
    assert "quiet mode off" in loud.text


async def test_a_new_quiet_subscription_says_so(app: App) -> None:
    reply = await run(app, 'subscribe "water rationing" --quiet')
    assert reply.text.startswith("Subscribed #1: “water rationing” daily at 08:00 UTC")
    assert "quiet mode" in reply.text


async def test_an_excluded_word_drops_the_whole_story(app: App) -> None:
    await app.ingestor.ingest([str(SAMPLES)])
    everything = await run(app, "digest wildfire")
    assert everything.digest is not None
    assert any("Évora" in e.title or "Portugal" in e.title for e in everything.digest.entries)
    reply = await run(app, "digest wildfire -portugal")
    titles = [e.title for e in reply.digest.entries] if reply.digest else []
    assert not any("Évora" in t or "Portugal" in t for t in titles), titles
    found = await run(app, "search wildfire -portugal")
    assert not any("Évora" in i.title or "Portugal" in i.title for i in found.items)


async def test_a_digest_names_in_full_the_person_it_quotes(app: App) -> None:
    await app.ingestor.ingest([str(SAMPLES)])
    reply = await run(app, "digest wildfire")
    assert reply.digest is not None
    [evora] = [e for e in reply.digest.entries if "Évora" in " ".join(e.summary)]
    lines = [*evora.summary, *evora.facts]
    first = next(line for line in lines if "Marques" in line)
    assert "Helena Marques" in first, lines  # not '"…," Marques said.'


async def test_a_digest_sentence_about_one_of_what_was_counted_comes_with_the_count(
    app: App,
) -> None:
    await app.ingestor.ingest([str(SAMPLES)])
    reply = await run(app, "digest rocket")
    assert reply.digest is not None
    for entry in reply.digest.entries:
        for i, line in enumerate(entry.summary):
            if line.startswith("The largest,"):  # of the 14 satellites the sentence before counts
                assert i > 0 and "satellites" in entry.summary[i - 1], entry.summary


async def test_a_subscription_to_an_outlet_alone_digests_all_it_published(app: App) -> None:
    await app.ingestor.ingest([str(SAMPLES)])
    reply = await run(app, 'subscribe source:"Meridian Wire"')
    assert reply.text.startswith("Subscribed #1: “source:")
    digest = await run(app, 'digest source:"Meridian Wire"')
    assert digest.digest is not None and len(digest.digest.entries) >= 3
    assert all(
        "Meridian" in e.source or any("Meridian" in a.source for a in e.also)
        for e in digest.digest.entries
    )
    assert (await run(app, "subscribe -football")).error
    assert "No stored article" not in reply.text
    typo = await run(app, "subscribe source:meridain")
    assert typo.text.startswith("Subscribed #2")
    assert typo.text.endswith(
        "No stored article is from an outlet matching “meridain” yet: check the name against "
        "`/news feeds list`."
    )


async def test_a_topic_no_article_read_so_far_matches_gets_a_note(app: App) -> None:
    note = "No article read so far matches “climte”: check the spelling"
    # an install that has read nothing says so in its own words
    assert note not in (await run(app, "subscribe climte")).text
    assert (await run(app, "unsubscribe climte")).text.startswith("Unsubscribed")
    await app.ingestor.ingest([str(SAMPLES)])
    typo = await run(app, "subscribe climte at 07:00 Europe/Lisbon")
    assert typo.text.startswith("Subscribed #") and note in typo.text
    assert note in (await run(app, "digest climte")).text
    # words some article has, even with a word left out, get no note
    for text in ("subscribe climate -portugal", "digest drought OR climte"):
        assert "No article read so far" not in (await run(app, text)).text, text
    # an update of a subscription does not say it again
    assert note not in (await run(app, "subscribe climte --quiet")).text


async def test_input_echoed_in_a_reply_is_cut_with_an_ellipsis(app: App) -> None:
    await app.ingestor.ingest([str(SAMPLES)])
    long = " ".join(f"word{i}" for i in range(20))
    for text in (
        f"unsubscribe {long}",
        f"search {long}",
        f"digest {long}",
        f"subscribe climate at 07:30 {'Zone' * 30}",
        f"feeds {'frobnicate' * 10}",
        f"search climate --loud{'x' * 50}",
    ):
        reply = await run(app, text)
        assert "…" in reply.text, (text, reply.text)
        assert "word19" not in reply.text and "Zone" * 12 not in reply.text, reply.text


async def test_feeds_add_of_a_site_page_follows_the_feed_it_links_to(
    app: App, server: LocalServer
) -> None:
    server.content("/rss", (SAMPLES / "northsea-ledger.xml").read_bytes(), "application/rss+xml")
    server.content(
        "/",
        '<html><head><link rel="stylesheet" href="/s.css"><link rel="alternate" '
        'type="application/rss+xml" title="All news" href="/rss"></head><body>Hi</body></html>',
        "text/html",
    )
    added = await run(app, f"feeds add {server.url('/')}")
    assert added.text.startswith("Added feed #1 “Northsea Ledger") and "8 new article" in added.text
    listing = await run(app, "feeds list")
    assert listing.items[0].text == server.url("/rss")
