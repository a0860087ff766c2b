"""The Discord adapter: `/news` app commands, embeds, scheduled digests (see client.py).

Configured by `[discord]` settings and the DISCORD_TOKEN environment variable;
`create` returns None without a token, so `newsbot run` starts Discord only when
it is set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adapters.discord.client import DiscordAdapter
    from bot.settings import Settings


def create(settings: Settings, *, interactive: bool) -> DiscordAdapter | None:
    """Entry point `newsbot.adapters:discord`: the adapter when DISCORD_TOKEN is set."""
    if not settings.discord.token:
        return None
    from adapters.discord.client import DiscordAdapter  # discord.py loads only when used

    return DiscordAdapter(settings.discord)
