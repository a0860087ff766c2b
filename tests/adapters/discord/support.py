"""Helpers for the Discord adapter tests: settings aimed at the fake, a recording
on_command, articles for the real core, and a check of Discord's message limits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adapters.discord.embeds import Message
from bot.app import App
from bot.ingestion.sources import RawArticle
from bot.settings import Settings
from tests.conftest import make_settings
from tests.fakes.chat import RecordingCommands
from tests.fakes.discord import FakeDiscord, embed_problems

FAST_READY = 0.05  # guild_ready_timeout: the fake sends every GUILD_CREATE at once


def discord_settings(
    tmp_path: Path, fake: FakeDiscord, *, token: str | None = None, **discord: Any
) -> Settings:
    """Test settings: DISCORD_TOKEN in the environment, api_base and gateway_url on the fake."""
    environ = {"DISCORD_TOKEN": fake.token if token is None else token}
    return make_settings(
        tmp_path,
        environ=environ,
        discord={"api_base": fake.api_base, "gateway_url": fake.gateway_url, **discord},
    )


Commands = RecordingCommands


def payload(message: Message) -> dict[str, Any]:
    """A rendered message as the JSON discord.py sends."""
    out: dict[str, Any] = {}
    if message.content is not None:
        out["content"] = message.content
    if message.embeds:
        out["embeds"] = [e.to_dict() for e in message.embeds]
    return out


def assert_valid(messages: list[dict[str, Any]]) -> None:
    """Every message keeps to Discord's limits (10 embeds, 4,096, 6,000, 256, 2,048 …)."""
    assert messages, "no messages"
    for number, message in enumerate(messages):
        problems = embed_problems(message)
        assert not problems, f"message {number}: {problems}"


WILDFIRE = (
    "Firefighters contained a wildfire near Evora on Tuesday after three days of work. "
    "Commander Helena Marques said 620 firefighters and 11 aircraft took part in the effort. "
    "About 1,150 residents were allowed to return home on Wednesday evening, officials said. "
    "The regional council will review the evacuation plan and its warning system next month."
)
WILDFIRE_AGAIN = (
    "A wildfire near Evora was contained on Tuesday after three days, the civil protection "
    "agency said. Commander Helena Marques said 620 firefighters and 11 aircraft fought it. "
    "About 1,150 residents returned home on Wednesday evening after the evacuation ended. "
    "Farmers in the region counted their losses in cork oak groves and vineyards."
)
HARBOUR = (
    "The harbour of Porto reopened to container ships on Monday after the storm damage. "
    "Port director Rui Santos said 14 cranes were repaired within nine days of the storm. "
    "Shipping lines had diverted 37 vessels to Sines and Leixoes during the closure, he said. "
    "Dock workers will receive overtime pay for the repair weeks, the union confirmed."
)


async def add_articles(app: App) -> None:
    """Three articles: one wildfire story carried by two outlets, and a harbour story."""
    await app.ingestor.store_batch(
        [
            RawArticle(
                title="Wildfire near Evora contained @everyone",
                text=WILDFIRE,
                url="https://wire.example.org/wildfire?id=1",
                source="Meridian Wire",
            ),
            RawArticle(
                title="Evora wildfire contained after three days",
                text=WILDFIRE_AGAIN,
                url="https://courier.example.org/evora-fire",
                source="Northfield Courier",
            ),
            RawArticle(
                title="Porto harbour reopens",
                text=HARBOUR,
                url="https://gazette.example.org/harbour",
                source="Harbor Gazette",
            ),
        ]
    )
