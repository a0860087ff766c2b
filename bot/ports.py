"""The interfaces the core depends on and the edges implement.

The core owns these protocols (dependency inversion): chat adapters implement
`ChatAdapter`, and `bot.app` discovers them through the `newsbot.adapters` entry
point group, so `bot` never imports `adapters`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from bot.models import CommandHandler, Destination, Digest, Posted, PostProgress

if TYPE_CHECKING:
    from bot.settings import Settings


class ChatAdapter(Protocol):
    """A connection to one chat platform."""

    platform: str
    """The platform name used in `Destination.platform` ("console", "slack", "discord")."""

    async def start(self, on_command: CommandHandler) -> None:
        """Connect and begin handing commands to `on_command`; return once ready."""

    async def post_digest(
        self, destination: Destination, digest: Digest, progress: PostProgress | None = None
    ) -> Posted:
        """Post a scheduled digest to a channel; raise `bot.models.PostError` on refusal.

        A digest sent as several messages skips the `progress.done` parts and reports
        each new one through `progress.posted` as soon as the platform accepts it.
        """

    async def stop(self) -> None:
        """Disconnect and release everything `start` acquired."""


class AdapterFactory(Protocol):
    """An entry point of group `newsbot.adapters`: an adapter, or None when unconfigured."""

    def __call__(self, settings: Settings, *, interactive: bool) -> ChatAdapter | None: ...
