from __future__ import annotations

import asyncio
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from bot import cli
from bot.answers.search import search
from bot.app import App, build_app
from bot.clock import ManualClock
from bot.models import CommandRequest, Destination, Reply
from tests.conftest import make_settings

HERE = Destination("console", "", "general")
PLANS = [
    (
        "ferry timetable",
        "The harbour board approved the ferry timetable plans on a rainy Monday. Boats to "
        "the islands will sail every forty minutes in summer and hourly in winter.",
    ),
    (
        "fish market",
        "The harbour board approved the fish market plans after a long debate. Traders will "
        "move into a covered hall with cold stores and a loading bay for lorries.",
    ),
    (
        "lighthouse repairs",
        "Engineers began the lighthouse repairs at the harbour mouth. The lamp room needs new "
        "glass and the stone tower will be repointed before the storms of January.",
    ),
    (
        "rowing club",
        "The rowing club opened its new boathouse beside the harbour slipway. Forty juniors "
        "train there three evenings a week and the club hopes to host a regatta.",
    ),
    (
        "new pier",
        "Divers surveyed the seabed for the new pier planned at the east end of the harbour. "
        "Cruise ships could berth there from 2029 if the council finds the money.",
    ),
]


def harbour_articles() -> list[dict[str, Any]]:
    """Seven harbour stories (one carried by two outlets) and one story about something else."""
    out: list[dict[str, Any]] = []
    for day, (topic, text) in enumerate(PLANS, start=10):
        out.append(
            {
                "title": f"Harbour {topic} plans",
                "text": text,
                "url": f"https://harbour-gazette.example/{topic.replace(' ', '-')}",
                "source": "Harbour Gazette",
                "published": f"2026-11-{day}T08:00:00+00:00",
            }
        )
    gales = (
        "Gales closed the harbour walls to walkers on Friday as waves broke over the outer "
        "pier. The coastguard asked boat owners to check their moorings twice a day."
    )
    out.append(
        {
            "title": "Gales close the harbour walls",
            "text": gales + " Ferries were cancelled until Sunday.",
            "url": "https://northfield-courier.example/gales",
            "source": "Northfield Courier",
            "published": "2026-11-20T09:00:00+00:00",
        }
    )
    out.append(
        {
            "title": "Harbour walls shut as gales hit",
            "text": gales + " The ferry company said services would resume on Sunday.",
            "url": "https://meridian-wire.example/harbour-gales",
            "source": "Meridian Wire",
            "published": "2026-11-20T11:00:00+00:00",
        }
    )
    out.append(
        {
            "title": "Old harbour crane restored",
            "text": "Volunteers finished restoring the old harbour crane after three years. "
            "The crane will lift a boat once a year on the festival day.",
            "url": "https://lattice-review.example/crane",
            "source": "Lattice Review",
            "published": "2026-09-01T08:00:00+00:00",
        }
    )
    out.append(
        {
            "title": "Choir tours the valley",
            "text": "The school choir sang in six village halls this week and raised money "
            "for new instruments.",
            "url": "https://harbour-gazette.example/choir",
            "source": "Harbour Gazette",
            "published": "2026-11-25T11:00:00+00:00",
        }
    )
    return out


def write_articles(folder: Path) -> Path:
    path = folder / "harbour.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in harbour_articles()) + "\n", encoding="utf-8")
    return path


@pytest.fixture
async def stored(app: App, tmp_path: Path) -> App:
    report = await app.ingestor.ingest([str(write_articles(tmp_path))])
    assert report.count("added") == len(harbour_articles())
    return app


async def command(app: App, text: str) -> Reply:
    return await app.commands.handle(CommandRequest(text, HERE, "u1"))


async def test_pages_of_stories(stored: App) -> None:
    first = await search(stored.store, "harbour", now=stored.clock.now())
    assert len(first.hits) == 5 and first.more
    second = await search(stored.store, "harbour", page=2, now=stored.clock.now())
    assert len(second.hits) == 2 and not second.more
    shown = [h.story_id for h in first.hits + second.hits]
    assert len(set(shown)) == 7, "every story once, across pages"
    third = await search(stored.store, "harbour", page=3, now=stored.clock.now())
    assert third.hits == () and not third.more


async def test_a_story_carried_by_two_outlets_is_one_hit(stored: App) -> None:
    result = await search(stored.store, "gales walls", now=stored.clock.now())
    assert len(result.hits) == 1
    hit = result.hits[0]
    assert hit.also == 1 and hit.source in {"Northfield Courier", "Meridian Wire"}
    assert hit.summary.startswith("Gales closed the harbour walls")


async def test_hit_fields_and_cached_summary(stored: App) -> None:
    result = await search(stored.store, '"fish market"', now=stored.clock.now())
    hit = result.hits[0]
    assert hit.title == "Harbour fish market plans"
    assert hit.url == "https://harbour-gazette.example/fish-market"
    assert hit.published == datetime(2026, 11, 11, 8, 0, tzinfo=UTC)
    assert hit.summary == "The harbour board approved the fish market plans after a long debate."
    await stored.store.save_summaries({hit.article_id: {"summary": ["Fish stalls move."]}})
    again = await search(stored.store, '"fish market"', now=stored.clock.now())
    assert again.hits[0].summary == "Fish stalls move."


async def test_since_narrows_and_source_filters(stored: App) -> None:
    everything = await search(stored.store, "crane", now=stored.clock.now())
    assert [h.title for h in everything.hits] == ["Old harbour crane restored"]
    recent = await search(stored.store, "crane", since=date(2026, 11, 1), now=stored.clock.now())
    assert recent.hits == ()
    mine = await search(stored.store, "harbour source:lattice", now=stored.clock.now())
    assert [h.source for h in mine.hits] == ["Lattice Review"]


async def test_an_outlet_alone_lists_its_newest_stories(stored: App) -> None:
    result = await search(stored.store, "source:gazette", now=stored.clock.now())
    assert {h.source for h in result.hits} == {"Harbour Gazette"} and result.more
    assert [h.title for h in result.hits[:2]] == [
        "Choir tours the valley",
        "Harbour new pier plans",
    ]
    without = await search(stored.store, "source:gazette -choir", now=stored.clock.now())
    assert without.hits[0].title == "Harbour new pier plans"
    reply = await command(stored, 'search source:"Lattice Review"')
    assert [i.title for i in reply.items] == ["Old harbour crane restored"]
    typo = await command(stored, "search source:latice")
    assert typo.text == (
        "No stored stories match “source:latice”. Check the outlet's name against "
        "`/news feeds list`, or try other words."
    )


@pytest.mark.parametrize("query", ["-harbour", "OR", "source:", '"', "x" * 300])
async def test_unusable_queries_are_problems(stored: App, query: str) -> None:
    result = await search(stored.store, query, now=stored.clock.now())
    assert result.problem and result.hits == ()


@pytest.mark.parametrize(
    "query", ["harbour*", "NEAR(harbour walls)", "(harbour", "harbour AND NOT", "'; DROP TABLE"]
)
async def test_fts_syntax_in_queries_is_plain_words(stored: App, query: str) -> None:
    result = await search(stored.store, query, now=stored.clock.now())
    assert result.problem is None
    assert await stored.store.article_count() == len(harbour_articles())


async def test_search_command_reply_and_paging_footer(stored: App) -> None:
    reply = await command(stored, "search harbour")
    assert reply.text == "Stories matching “harbour” (page 1)"
    assert len(reply.items) == 5 and all(i.url for i in reply.items)
    assert all(" · " in i.meta and "2026" in i.meta for i in reply.items)
    assert reply.footer == "More: /news search harbour --page 2"
    last = await command(stored, "search harbour --page 2")
    assert len(last.items) == 2 and last.footer == ""
    beyond = await command(stored, "search harbour --page 3")
    assert beyond.text == (
        "The stories matching “harbour” fill 2 pages, so there is no page 3 — "
        "`/news search harbour --page 2` shows the last."
    )
    far = await command(stored, "search harbour --since 2026-11-01 --page 9")
    assert far.text.endswith(
        "fill 2 pages, so there is no page 9 — "
        "`/news search harbour --since 2026-11-01 --page 2` shows the last."
    )
    dated = await command(stored, "search harbour --since 2026-11-12")
    assert "since 12 Nov 2026" in dated.text
    said = await command(stored, "search harbour since 2026-11-12")  # as --since says it
    assert said.text == dated.text and said.items == dated.items
    bare = await command(stored, "search this week")
    assert bare.error and bare.text == (
        "give words to look for this week — `/news digest this week` lists every story."
    )
    wide = await command(stored, "search harbour since 2026-11-01")
    assert wide.footer == "More: /news search harbour --since 2026-11-01 --page 2"
    future = await command(stored, "search harbour --since 2099-01-01")
    assert future.error
    assert future.text == "`--since 2099-01-01` is in the future — give a day up to today."
    gales = await command(stored, "search gales")
    assert "also in 1 other outlet" in gales.items[0].meta
    bad = await command(stored, "search -harbour")
    assert bad.error


async def test_search_since_yesterday_outlets_in_quotes_and_common_words(stored: App) -> None:
    choir = await command(stored, "search choir --since yesterday")
    assert [i.title for i in choir.items] == ["Choir tours the valley"]
    assert "since 25 Nov 2026" in choir.text
    assert "No stored stories match" in (await command(stored, "search crane --since today")).text
    gales = await command(stored, "search gales --since friday")
    assert len(gales.items) == 1, "Friday 20 Nov, the day of the gales"
    wire = await command(stored, 'search gales source:"Meridian Wire"')
    assert [i.meta.split(" · ")[0] for i in wire.items] == ["Meridian Wire"]
    common = await command(stored, "search a")
    assert common.error and "only words like" in common.text and not common.items


def test_search_and_ask_json_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async def fill() -> None:
        clock = ManualClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
        app = await build_app(make_settings(tmp_path), clock=clock, adapters=[])
        try:
            await app.ingestor.ingest([str(write_articles(tmp_path))])
        finally:
            await app.close()

    asyncio.run(fill())
    db = str(tmp_path / "newsbot.db")
    assert cli.main(["search", "harbour", "--page", "2", "--json", "--db", db]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["query"] == "harbour" and document["page"] == 2
    assert document["more"] is False and len(document["results"]) == 2
    assert set(document["results"][0]) >= {
        "story_id",
        "article_id",
        "title",
        "url",
        "source",
        "published",
        "summary",
        "also",
    }
    assert cli.main(["search", "--json", "--db", db, "--", "-harbour"]) == 2
    assert json.loads(capsys.readouterr().out)["problem"]
    assert cli.main(["search", "harbour", "--since", "someday", "--db", db]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert cli.main(["search", "choir", "--since", "yesterday", "--json", "--db", db]) == 0
    assert date.fromisoformat(json.loads(capsys.readouterr().out)["since"])

    assert (
        cli.main(
            ["ask", "Who", "restored", "the", "old", "harbour", "crane?", "--json", "--db", db]
        )
        == 0
    )
    answer = json.loads(capsys.readouterr().out)
    assert set(answer) >= {"question", "answers"} and answer["answers"] == []
    assert cli.main(["ask", "the", "of", "and", "--json", "--db", db]) == 2
    refused = json.loads(capsys.readouterr().out)
    assert refused["answers"] == [] and refused["problem"]
