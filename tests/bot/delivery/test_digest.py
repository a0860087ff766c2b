from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import bot.delivery.digest as digest_module
from bot.answers.topics import parse_topic
from bot.app import App, build_app
from bot.clock import ManualClock
from bot.ingestion.sources import RawArticle
from bot.models import Digest
from summaries.multidoc import summarize_story
from tests.conftest import make_settings

REPORT = (
    "Firefighters contained a wildfire near Evora on Tuesday after three days of work. "
    "Commander Helena Marques said 620 firefighters and 11 aircraft took part in the effort. "
    "About 1,150 residents were allowed to return home on Wednesday evening, officials said. "
    "The fire burned 4,800 hectares of cork oak forest and farmland east of the city."
)


def carried_by(outlet: str, n: int) -> RawArticle:
    return RawArticle(
        title="Wildfire near Evora contained",
        text=f"{REPORT} {outlet} reported it first.",
        url=f"https://{outlet.lower()}.example/{n}",
        source=outlet,
    )


async def test_a_story_shared_by_digests_is_summarized_once_until_it_grows(
    app: App, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[list[str]] = []

    def recording(docs, sentences=3, facts=4):  # type: ignore[no-untyped-def]
        asked.append([d.source for d in docs])
        return summarize_story(docs, sentences=sentences, facts=facts)

    monkeypatch.setattr(digest_module, "summarize_story", recording)
    await app.ingestor.store_batch([carried_by("Harbor", 1), carried_by("Meridian", 2)])
    since = clock.now() - timedelta(hours=1)

    async def outlets(topic: str) -> set[str]:
        built = await app.digests.build(parse_topic(topic), since=since, title="t")
        [entry] = built.entries
        return {entry.source, *(link.source for link in entry.also)}

    assert await outlets("wildfire") == {"Harbor", "Meridian"}
    assert await outlets("evora") == {"Harbor", "Meridian"}
    assert await outlets("firefighters OR cork") == {"Harbor", "Meridian"}
    assert len(asked) == 1, "three digests, one story: summarized once"

    await app.ingestor.store_batch([carried_by("Lattice", 3)])
    assert await outlets("wildfire") == {"Harbor", "Meridian", "Lattice"}
    assert len(asked) == 2 and sorted(asked[1]) == ["Harbor", "Lattice", "Meridian"]


async def test_a_running_newsbot_summarizes_in_a_worker_process_alike(tmp_path: Path) -> None:
    async def digest(name: str, *, workers: bool) -> tuple[Digest, bool]:
        app = await build_app(make_settings(tmp_path, database=str(tmp_path / name)), adapters=[])
        try:
            if workers:
                app.digests.workers.start()
            await app.ingestor.store_batch([carried_by("Harbor", 1), carried_by("Meridian", 2)])
            await app.ingestor.store_batch(
                [
                    RawArticle(
                        title="Dam levels fall in Alentejo",
                        text="Reservoirs in Alentejo fell to 31 percent this week, officials "
                        "said. Farmers were told to expect cuts to irrigation in May. The "
                        "wildfire season began early after a dry winter.",
                        url="https://harbor.example/dams",
                        source="Harbor",
                    )
                ]
            )
            since = datetime.now(UTC) - timedelta(hours=1)
            built = await app.digests.build(parse_topic("wildfire"), since=since, title="t")
            return built, bool(multiprocessing.active_children())
        finally:
            await app.close()

    in_a_thread, spawned = await digest("thread.db", workers=False)
    in_a_process, used = await digest("process.db", workers=True)
    assert used and not spawned
    assert len(in_a_process.entries) == 2
    assert [(e.summary, e.facts) for e in in_a_process.entries] == [
        (e.summary, e.facts) for e in in_a_thread.entries
    ]
    assert not multiprocessing.active_children(), "closing the app stops its workers"
