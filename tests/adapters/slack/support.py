"""Helpers for the Slack adapter tests: settings pointing at the fake, a recording on_command,
articles for the real core."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.app import App
from bot.ingestion.sources import RawArticle
from bot.settings import Settings
from tests.conftest import make_settings
from tests.fakes.chat import RecordingCommands
from tests.fakes.slack import FakeSlack

BOT_TOKEN = "xoxb-test-bot-token"
APP_TOKEN = "xapp-test-app-token"
SIGNING_SECRET = "test-signing-secret"


def slack_settings(
    tmp_path: Path, fake: FakeSlack, *, secrets: dict[str, str] | None = None, **slack: Any
) -> Settings:
    """Test settings with the Slack secrets in the environment and api_url on the fake."""
    environ = (
        {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN} if secrets is None else secrets
    )
    return make_settings(tmp_path, environ=environ, slack={"api_url": fake.api_url, **slack})


Commands = RecordingCommands


WILDFIRE = (
    "Firefighters contained a wildfire near Evora on Tuesday after three days of work. "
    "Commander Helena Marques said 620 firefighters and 11 aircraft took part in the effort. "
    "About 1,150 residents were allowed to return home on Wednesday evening, officials said. "
    "The regional council will review the evacuation plan & its warning system next month."
)
HARBOUR = (
    "The harbour of Porto reopened to container ships on Monday after the storm damage. "
    "Port director Rui Santos said 14 cranes were repaired within nine days of the storm. "
    "Shipping lines had diverted 37 vessels to Sines and Leixoes during the closure, he said. "
    "Dock workers will receive overtime pay for the repair weeks, the union confirmed."
)


async def add_articles(app: App) -> None:
    """Two unrelated stories, fetched now."""
    await app.ingestor.store_batch(
        [
            RawArticle(
                title="Wildfire near Evora contained <at last>",
                text=WILDFIRE,
                url="https://wire.example.org/wildfire?id=1&lang=en",
                source="Meridian Wire",
            ),
            RawArticle(
                title="Porto harbour reopens",
                text=HARBOUR,
                url="https://gazette.example.org/harbour",
                source="Harbor Gazette",
            ),
        ]
    )
