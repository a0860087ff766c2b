"""Feeds belong to the workspace or server that added them; the operator's serve everyone."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from bot.app import App
from bot.clock import ManualClock
from bot.models import CommandRequest, Destination, Owner, Reply
from bot.storage.migrations import split_statements
from bot.storage.sqlite.store import MIGRATIONS
from bot.storage.sqlite.store import SQLiteStore as Store
from tests.fakes.feeds import feed_item, feed_xml
from tests.fakes.http import LocalServer

DAY = timedelta(days=1)
QUESTION = "how much ice did the Tasman glacier lose?"
A = Destination("slack", "T0AAA", "C0NEWS")
B = Destination("slack", "T0BBB", "C0NEWS")
GLACIER = (
    "The Tasman glacier lost 40 metres of ice front in one summer, researchers reported on "
    "Friday. Glaciologist Mere Tane said the retreat was the fastest measured since 1990. "
    "The team will return to the lake below the glacier in February with new sonar gear."
)
HARBOUR = (
    "The harbour of Porto reopened to container ships on Monday after the storm damage. "
    "Port director Rui Santos said 14 cranes were repaired within nine days of the storm. "
    "Shipping lines had diverted 37 vessels to Sines and Leixoes during the closure."
)


async def run(app: App, where: Destination, text: str, *, operator: bool = False) -> Reply:
    request = CommandRequest(text, where, "U0ADMIN", can_manage=True, operator=operator)
    return await app.commands.handle(request)


def serve_feeds(server: LocalServer) -> tuple[str, str]:
    server.content(
        "/glacier.xml",
        feed_xml(feed_item("Tasman glacier retreats", GLACIER, "https://ice.example/1"), "Ice"),
        "application/rss+xml",
    )
    server.content(
        "/harbour.xml",
        feed_xml(feed_item("Porto harbour reopens", HARBOUR, "https://port.example/1"), "Port"),
        "application/rss+xml",
    )
    return server.url("/glacier.xml"), server.url("/harbour.xml")


async def test_a_workspace_sees_and_changes_only_its_own_feeds(
    app: App, server: LocalServer
) -> None:
    glacier, harbour = serve_feeds(server)
    added = await run(app, A, f"feeds add {glacier}")
    assert added.text.startswith("Added feed #1 “Ice”: 1 new article"), added.text
    assert (await run(app, B, f"feeds add {harbour}")).text.startswith("Added feed #2")

    assert [i.title for i in (await run(app, A, "feeds list")).items] == ["#1 Ice"]
    assert [i.title for i in (await run(app, B, "feeds list")).items] == ["#2 Port"]
    refused = await run(app, B, "feeds remove 1")
    assert refused.error and refused.text.startswith("There is no feed #1 here")
    assert [f.id for f in await app.store.list_feeds()] == [1, 2], "B removed nothing"

    # reading: B never sees A's articles, by digest, search, ask or summarize
    assert "No new stories" in (await run(app, B, "digest glacier")).text
    assert "No stored stories match" in (await run(app, B, "search glacier")).text
    assert "Nothing stored" in (await run(app, B, f"ask {QUESTION}")).text
    assert (await run(app, A, "digest glacier")).digest is not None
    assert "Tasman" in (await run(app, A, "search glacier")).items[0].title
    assert "40 metres" in (await run(app, A, f"ask {QUESTION}")).items[0].text

    # the operator sees every feed and whose it is
    listing = await run(app, Destination("console", "", "console"), "feeds list", operator=True)
    assert [i.meta.rsplit(" · ", 1)[1] for i in listing.items] == [
        "slack:T0AAA",
        "slack:T0BBB",
    ]


async def test_the_same_url_in_two_workspaces_is_polled_once_and_removed_per_workspace(
    app: App, server: LocalServer, clock: ManualClock
) -> None:
    glacier, _ = serve_feeds(server)
    await run(app, A, f"feeds add {glacier}")
    again = await run(app, B, f"feeds add {glacier}")
    assert again.text.startswith("Added feed #1"), "new to B, though the URL is known"
    assert "Tasman" in (await run(app, B, "search glacier")).items[0].title
    assert "Already following feed #1" in (await run(app, B, f"feeds add {glacier}")).text

    assert "Removed feed #1" in (await run(app, A, "feeds remove 1")).text
    assert (await run(app, A, "feeds list")).items == ()
    assert [i.title for i in (await run(app, B, "feeds list")).items] == ["#1 Ice"]
    later = clock.now() + DAY
    assert [f.id for f in await app.store.claim_due_feeds(later, later)] == [1]
    assert "Tasman" in (await run(app, A, "search glacier")).items[0].title, "A keeps its articles"

    await run(app, B, "feeds remove 1")
    later += DAY
    assert await app.store.claim_due_feeds(later, later) == [], "nobody wants it"


async def test_operator_feeds_serve_every_workspace(app: App, server: LocalServer) -> None:
    glacier, _ = serve_feeds(server)
    await app.ingestor.ingest([glacier])  # `newsbot ingest URL`: the operator's feed
    for where in (A, B):
        assert "Tasman" in (await run(app, where, "search glacier")).items[0].title
        listing = await run(app, where, "feeds list")
        assert listing.items == () and "1 feed the bot's operator set up" in listing.footer
        assert (await run(app, where, "feeds remove 1")).error


async def test_a_story_shows_only_the_outlets_a_workspace_reads(
    app: App, server: LocalServer
) -> None:
    """A's private feed and the operator's feed carry one story: B must not learn of A's copy."""
    twin = GLACIER.replace("on Friday", "on Friday, according to the institute")
    server.content(
        "/private.xml",
        feed_xml(feed_item("Glacier retreat", twin, "https://private.example/1"), "Private"),
        "application/rss+xml",
    )
    glacier, _ = serve_feeds(server)
    await app.ingestor.ingest([glacier])
    await run(app, A, f"feeds add {server.url('/private.xml')}")
    seen_by_a = (await run(app, A, "digest glacier")).digest
    seen_by_b = (await run(app, B, "digest glacier")).digest
    assert seen_by_a is not None and seen_by_b is not None
    assert [s.source for s in seen_by_a.entries[0].also] == ["Private"]
    assert seen_by_b.entries[0].also == ()


async def test_migration_gives_old_chat_feeds_to_their_workspace(tmp_path: Path) -> None:
    """A database from before feeds had owners: the person who added a feed in chat and
    subscribed a channel tells whose it is; everything else becomes the operator's."""
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    for file in sorted(MIGRATIONS.glob("00[12]_*.sql")):
        for statement in split_statements(file.read_text()):
            db.execute(statement)
    db.executescript(
        """
        CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT);
        INSERT INTO schema_version VALUES (1, 'x', 'now'), (2, 'y', 'now');
        INSERT INTO feeds (id, url, added_by, added_at) VALUES
            (1, 'https://a.example/rss', 'U0ALICE', '2026-11-01'),
            (2, 'https://config.example/rss', 'config', '2026-11-01'),
            (3, 'https://nobody.example/rss', 'U0GONE', '2026-11-01');
        INSERT INTO subscriptions (platform, workspace, channel, topic, topic_key, at, timezone,
            created_by, created_at)
            VALUES ('slack', 'T0AAA', 'C1', 'x', 'x', '08:00', 'UTC', 'U0ALICE', '2026-11-01');
        """
    )
    db.commit()
    db.close()
    store = await Store.open(path)
    try:
        assert await store.schema_version() >= 3
        assert [f.id for f in await store.list_feeds(Owner("slack", "T0AAA"))] == [1]
        assert [(f.id, f.operator) for f in await store.list_feeds()] == [
            (1, False),
            (2, True),
            (3, True),
        ]
    finally:
        await store.close()


async def test_the_terminal_may_add_a_local_feed_file_and_chat_may_not(
    app: App, tmp_path: Path
) -> None:
    path = tmp_path / "glacier.xml"
    path.write_text(
        feed_xml(feed_item("Tasman glacier retreats", GLACIER, "https://ice.example/1"), "Ice"),
        encoding="utf-8",
    )
    console = Destination("console", "", "console")
    refused = await run(app, A, f"feeds add {path}")
    assert refused.error and "only the bot's operator" in refused.text.lower()
    assert str(tmp_path) not in refused.text, "a refusal says nothing about the file"
    added = await run(app, console, f"feeds add {path}", operator=True)
    assert added.text == "Added feed #1 “Ice”: 1 new article stored.", added.text
    missing = await run(app, console, f"feeds add {tmp_path / 'nope.xml'}", operator=True)
    assert missing.error and "no such file" in missing.text and "Errno" not in missing.text
    listing = await run(app, console, "feeds list", operator=True)
    assert listing.text == "1 feed."
    assert listing.items[0].text == str(path), "the list shows where each feed is read from"
    assert "1 article ·" in listing.items[0].meta


async def test_the_terminal_may_summarize_a_local_page_and_chat_may_not(
    app: App, tmp_path: Path
) -> None:
    page = tmp_path / "porto.html"
    page.write_text(
        "<html><head><title>Porto harbour reopens</title></head><body><article>"
        + "".join(f"<p>{s}.</p>" for s in HARBOUR.split(". "))
        + "</article></body></html>",
        encoding="utf-8",
    )
    note = tmp_path / "glacier"  # a text file without a suffix is read as text
    note.write_text(GLACIER, encoding="utf-8")
    console = Destination("console", "", "console")
    refused = await run(app, A, f"summarize {page}")
    assert refused.error and "only the bot's operator" in refused.text.lower()
    assert str(tmp_path) not in refused.text, "a refusal says nothing about the file"
    summary = await run(app, console, f"summarize {page}", operator=True)
    assert not summary.error and "Rui Santos" in summary.items[0].text
    assert summary.items[0].meta == "porto.html"
    text = await run(app, console, f"summarize {note}", operator=True)
    assert not text.error and "Tasman glacier" in text.items[0].text
    feed = tmp_path / "ice.xml"
    feed.write_text(feed_xml(feed_item("Ice", GLACIER, "https://ice.example/1"), "Ice"))
    for path, says in ((feed, "is a feed"), (tmp_path / "nope.html", "no such file")):
        reply = await run(app, console, f"summarize {path}", operator=True)
        assert reply.error and says in reply.text and "Errno" not in reply.text, reply.text


async def test_feeds_list_shows_each_url(app: App, server: LocalServer) -> None:
    glacier, harbour = serve_feeds(server)
    await run(app, A, f"feeds add {glacier}")
    await run(app, A, f"feeds add {harbour}")
    listing = await run(app, A, "feeds list")
    assert listing.text == "2 feeds."
    assert [i.text for i in listing.items] == [glacier, harbour]
