from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiohttp import web

from bot.app import App, build_app
from bot.clock import ManualClock
from bot.ingestion.ingest import IngestReport, expand_sources
from bot.ingestion.sources import RawArticle
from bot.settings import CONFIG_DIR
from tests.conftest import make_settings, stored_articles
from tests.fakes.feeds import feed_item, feed_xml
from tests.fakes.http import LocalServer

SAMPLES = CONFIG_DIR / "samples"
STORY = (
    "The city council approved a new budget of 12 million euros on Monday. "
    "Mayor Ana Ruiz said the money would fund two schools and a clinic. "
    "The vote passed seven to two after a long debate about housing."
)


def item(n: int, body: str = STORY, link: str | None = None, teaser: bool = False) -> str:
    link = link or f"https://local.example/story/{n}"
    return feed_item(f"Story {n}", body, link, guid=f"g-{n}", teaser=teaser)


def statuses(report: IngestReport) -> dict[str, int]:
    return {s: report.count(s) for s in ("added", "skipped", "rejected")}


async def test_bundled_samples_group_the_same_story_from_two_feeds(app: App) -> None:
    report = await app.ingestor.ingest([str(SAMPLES)])
    assert statuses(report) == {"added": 41, "skipped": 0, "rejected": 0}
    assert await app.store.story_count() == 36, (
        "4 cross-outlet pairs and 1 syndicated copy share stories"
    )
    by_story: dict[int, list[str]] = {}
    for article in await stored_articles(app.store):
        by_story.setdefault(article.story_id, []).append(article.source)
    pairs = [sources for sources in by_story.values() if len(sources) > 1]
    assert len(pairs) == 5 and all(len(set(sources)) == 2 for sources in pairs)
    again = await app.ingestor.ingest([str(SAMPLES)])
    assert statuses(again) == {"added": 0, "skipped": 41, "rejected": 0}


async def test_scraped_boilerplate_is_stripped(app: App) -> None:
    await app.ingestor.ingest([str(SAMPLES / "northfield-courier.xml")])
    texts = " ".join(a.text for a in await stored_articles(app.store))
    for junk in ("Leave a Reply", "Your email address will not be published", "Share this"):
        assert junk not in texts
    assert "&amp;" not in texts and "&#8217;" not in texts


async def test_feed_over_http_uses_conditional_get(app: App, server: LocalServer) -> None:
    async def feed(request: web.Request) -> web.Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return web.Response(status=304)
        body = feed_xml(item(1) + item(2, STORY.replace("12 million", "9 million")))
        return web.Response(text=body, content_type="application/rss+xml", headers={"ETag": '"v1"'})

    server.route("/rss", feed)
    first = await app.ingestor.ingest([server.url("/rss")])
    assert statuses(first) == {"added": 2, "skipped": 0, "rejected": 0}
    feeds = await app.store.list_feeds()
    assert [f.url for f in feeds] == [server.url("/rss")] and feeds[0].title == "Local Wire"
    poll = await app.ingestor.poll_feed(feeds[0].id)
    assert poll.ok and poll.not_modified
    assert server.hits("/rss")[-1].headers["If-None-Match"] == '"v1"'


async def test_teaser_items_fetch_the_article_page(app: App, server: LocalServer) -> None:
    page = (
        f"<html><head><title>Story 7</title></head><body><article><h1>Story 7</h1>"
        f"<p>{STORY}</p><p>{STORY.replace('council', 'assembly')}</p></article></body></html>"
    )
    server.content("/story/7", page)
    server.content(
        "/rss", feed_xml(item(7, link=server.url("/story/7"), teaser=True)), "application/rss+xml"
    )
    report = await app.ingestor.ingest([server.url("/rss")])
    assert statuses(report)["added"] == 1
    [article] = await stored_articles(app.store)
    text = article.text
    assert "Mayor Ana Ruiz" in text and len(text.split()) > 60


async def test_a_plain_text_url_is_an_article(app: App, server: LocalServer) -> None:
    server.content("/story.txt", "Harbour strike spreads\n\n" + STORY, "text/plain")
    other = (
        "Dock workers in Bergen joined the harbour strike on Tuesday, halting ferries. "
        "The union said talks with the port authority had broken down over pay. "
        "About 1,200 workers are now on strike in three cities, it said."
    )
    server.content("/notes.txt", other, "text/plain")
    report = await app.ingestor.ingest([server.url("/story.txt"), server.url("/notes.txt")])
    assert statuses(report)["added"] == 2
    titles = sorted(a.title for a in await stored_articles(app.store))
    # a first line set off as a headline is the title; else the first sentence makes one
    assert titles[0].startswith("Dock workers in Bergen") and titles[1] == "Harbour strike spreads"
    assert all(a.source == "127.0.0.1" for a in await stored_articles(app.store))


async def test_every_bad_input_is_rejected_with_a_reason_and_the_batch_goes_on(
    server: LocalServer, tmp_path: Path
) -> None:
    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(2)
        return web.Response(text="late")

    server.route("/slow", slow)
    server.content("/broken.xml", "<rss><channel><item><title>cut off", "application/rss+xml")
    server.content("/api.json", '{"not": "a feed"}', "application/json")
    server.content("/blob", b"\x00\x01\x02\x03" * 100, "application/octet-stream")
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "blob.txt").write_bytes(b"\x89PNG\x00\x00binary")
    (tmp_path / "ok.txt").write_text("A good headline\n" + STORY)
    (tmp_path / "short.jsonl").write_text('{"text": "Too short."}\n{"title": "no text"}\n')
    app = await build_app(make_settings(tmp_path, fetch={"timeout_seconds": 0.5}), adapters=[])
    sources = [
        server.url("/missing"),
        server.url("/slow"),
        server.url("/broken.xml"),
        server.url("/api.json"),
        server.url("/blob"),
        str(tmp_path / "empty.txt"),
        str(tmp_path / "blob.txt"),
        str(tmp_path / "nope.xml"),
        str(tmp_path / "short.jsonl"),
        str(tmp_path / "ok.txt"),
    ]
    try:
        report = await app.ingestor.ingest(sources)
    finally:
        await app.close()
    reasons = [o.detail for o in report.outcomes if o.status == "rejected"]
    expected = [
        "HTTP 404",
        "no complete answer within 0.5 s",
        "not a valid RSS or Atom feed",
        "neither a feed, an HTML page nor plain text (application/json)",
        "neither a feed, an HTML page nor plain text (application/octet-stream)",
        "is empty",
        "binary",
        "no such file",
        "text too short",
        'no "text"',
    ]
    assert len(reasons) == len(expected)
    for reason, part in zip(reasons, expected, strict=True):
        assert part in reason and "\n" not in reason
    assert report.count("added") == 1, "the good file after all the bad ones still lands"


async def test_exact_duplicates_by_url_guid_and_content(app: App) -> None:
    base = RawArticle(
        title="Budget passes",
        text=STORY,
        url="https://local.example/a?utm_source=rss#comments",
        guid="g1",
    )
    same_url = RawArticle(
        title="Other title", text=STORY + " More.", url="https://local.example/a", guid="g2"
    )
    same_guid = RawArticle(title="x", text=STORY + " Else.", url=None, guid="g1")
    same_text = RawArticle(title="Budget PASSES!", text=STORY.upper(), url=None, guid=None)
    report = await app.ingestor.store_batch([base, same_url, same_guid, same_text])
    assert [o.status for o in report.outcomes] == ["added", "skipped", "skipped", "skipped"]
    [article] = await stored_articles(app.store)
    assert article.url == "https://local.example/a"


def test_expand_sources_globs_and_folders(tmp_path: Path) -> None:
    (tmp_path / "a.xml").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text("x")
    (tmp_path / "sub" / "c.png").write_text("x")
    found = expand_sources([str(tmp_path), str(tmp_path / "*.xml"), "https://x.example/rss"])
    assert found == [
        str(tmp_path / "a.xml"),
        str(tmp_path / "sub" / "b.jsonl"),
        str(tmp_path / "a.xml"),
        "https://x.example/rss",
    ]


async def test_every_source_caps_an_articles_text(tmp_path: Path, clock: ManualClock) -> None:
    """A 100 MB record must not become a 100 MB article: a JSONL line over the cap is
    refused, and a text that grows past it (cp1252 → UTF-8) is cut at a sentence, each
    with a one-line note."""
    settings = make_settings(tmp_path, fetch={"max_bytes": 20_000})
    records = tmp_path / "long.jsonl"
    records.write_text(
        json.dumps({"title": "kept", "text": STORY})
        + "\n"
        + json.dumps({"title": "refused", "text": "word " * 10_000})
        + "\n"
    )
    wide = tmp_path / "accents.txt"
    sentences = " ".join(f"Sentence {n} é é é é é é é é é é é é." for n in range(500))
    wide.write_bytes(("Accents\n" + sentences).encode("cp1252"))
    assert wide.stat().st_size < 20_000 < len(sentences.encode())
    built = await build_app(settings, clock=clock, adapters=[])
    try:
        report = await built.ingestor.ingest([str(records), str(wide)])
        texts = [a.text for a in await stored_articles(built.store)]
    finally:
        await built.close()
    assert statuses(report) == {"added": 2, "skipped": 0, "rejected": 1}
    [refused] = [o for o in report.outcomes if o.status == "rejected"]
    assert refused.detail == (
        "long.jsonl line 2: the record (50,033 bytes) is larger than the 20,000-byte limit; skipped"
    )
    [cut] = [o for o in report.outcomes if o.source == "Accents"]
    assert cut.detail.endswith("(text cut to the 20,000-byte limit)"), cut.detail
    assert all(len(t.encode()) <= 20_000 for t in texts)
    assert max(texts, key=len).endswith("é.")


def many_reports(source: Path, count: int = 1_100) -> Path:
    """A JSONL file of `count` reports, three of each event, and one broken line."""
    import random

    rng = random.Random(7)
    vocabulary = [f"term{n}" for n in range(3000)]
    with source.open("w") as fh:
        for n in range(count):
            topic = n // 3
            event = random.Random(topic).sample(vocabulary, 60)
            text = f"Event {topic} in Town{topic} cost {topic * 7} euros. " + " ".join(
                event[:50] + rng.sample(vocabulary, 10)
            )
            fh.write(json.dumps({"title": f"Report {n}", "text": text + "."}) + "\n")
        fh.write("{not json\n")
    return source


async def test_a_large_file_is_cleaned_in_worker_processes_with_the_same_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.ingestion import ingest as ingest_module

    source = many_reports(tmp_path / "many.jsonl")

    async def ingest(name: str) -> tuple[dict[str, int], int, bool]:
        app = await build_app(make_settings(tmp_path, database=str(tmp_path / name)), adapters=[])
        try:
            report = await app.ingestor.ingest([str(source)])
            used_workers = app.ingestor.workers.running
            return statuses(report), await app.store.story_count(), used_workers
        finally:
            await app.close()

    in_processes = await ingest("processes.db")
    monkeypatch.setattr(ingest_module, "PARALLEL_FROM", 10**9)
    in_a_thread = await ingest("thread.db")
    assert in_processes[2] and not in_a_thread[2]
    assert in_processes[:2] == in_a_thread[:2]
    assert in_processes[0] == {"added": 1_100, "skipped": 0, "rejected": 1}
    assert in_processes[1] < 1_100  # write-ups of one event grouped


async def test_an_ingest_goes_on_when_a_worker_process_dies(tmp_path: Path) -> None:
    import multiprocessing
    import os
    import signal

    source = many_reports(tmp_path / "many.jsonl")
    app = await build_app(make_settings(tmp_path), adapters=[])
    try:
        ingesting = asyncio.ensure_future(app.ingestor.ingest([str(source)]))
        for _ in range(400):
            workers = multiprocessing.active_children()
            if workers:
                break
            await asyncio.sleep(0.01)
        assert workers, "worker processes were started"
        os.kill(workers[0].pid or 0, signal.SIGKILL)
        report = await ingesting
        assert statuses(report) == {"added": 1_100, "skipped": 0, "rejected": 1}
        assert not app.ingestor.workers.running  # the rest was cleaned in this process
    finally:
        await app.close()


async def test_a_date_in_the_future_is_read_as_the_time_it_was_fetched(app: App) -> None:
    text = "The museum will host a festival of light in the old town square next spring."
    future = RawArticle(
        title="Festival of light",
        text=text,
        url="https://odd.example/festival",
        published_at=datetime(2099, 12, 2, 12, tzinfo=UTC),
        source="Odd Wire",
    )
    await app.ingestor.store_batch([future])
    (article,) = await stored_articles(app.store)
    assert article.published_at == app.clock.now()
