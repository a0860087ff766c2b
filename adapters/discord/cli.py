"""`newsbot discord-invite`: the OAuth2 link that adds the bot to a server.

The link asks for the scopes `bot` and `applications.commands` and the
permissions newsbot needs: View Channel, Send Messages and Embed Links. It needs
the application id: `--client-id`, or asked from Discord
(`GET /oauth2/applications/@me` on `[discord] api_base`) with DISCORD_TOKEN.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.settings import DiscordSettings, Settings

SCOPES = ("bot", "applications.commands")


class InviteError(RuntimeError):
    """The application id could not be fetched; the message says why."""


def invite_url(client_id: int | str) -> str:
    """The invite link with newsbot's scopes and permissions."""
    import discord

    permissions = discord.Permissions(view_channel=True, send_messages=True, embed_links=True)
    return discord.utils.oauth_url(client_id, permissions=permissions, scopes=SCOPES)


async def fetch_application_id(settings: DiscordSettings) -> str:
    """The bot's application id, from Discord, with the token (never printed)."""
    import aiohttp  # only here: `newsbot --help` must not pay for it

    url = settings.api_base.rstrip("/") + "/oauth2/applications/@me"
    headers = {"Authorization": f"Bot {settings.token}", "User-Agent": "newsbot discord-invite"}
    try:
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15)) as session,
            session.get(url, headers=headers) as response,
        ):
            if response.status == 401:
                raise InviteError(
                    "Discord rejected DISCORD_TOKEN (401): copy the bot token again from the "
                    "Developer Portal (Bot → Reset Token)"
                )
            if response.status != 200:
                raise InviteError(f"the Discord API at {url} answered {response.status}")
            data: Any = await response.json(content_type=None)
    except (TimeoutError, aiohttp.ClientError, OSError, ValueError) as exc:
        raise InviteError(f"could not reach the Discord API at {url}: {exc}") from None
    app_id = data.get("id") if isinstance(data, dict) else None
    if not isinstance(app_id, str) or not app_id.isdigit():
        raise InviteError(f"the Discord API at {url} sent no application id")
    return app_id


async def cmd_discord_invite(args: argparse.Namespace, settings: Settings) -> int:
    """Print the invite link (stdout) for the application."""
    client_id: str | None = args.client_id
    if client_id is not None and not client_id.isdigit():
        sys.stderr.write(
            f"newsbot discord-invite: --client-id {client_id!r} is not an application id; "
            "copy the number from the Developer Portal → your app → General Information\n"
        )
        return 2
    if client_id is None:
        if not settings.discord.token:
            sys.stderr.write(
                "newsbot discord-invite: give --client-id APPLICATION_ID (Developer Portal → "
                "your app → General Information) or set DISCORD_TOKEN\n"
            )
            return 2
        try:
            client_id = await fetch_application_id(settings.discord)
        except InviteError as exc:
            sys.stderr.write(f"newsbot discord-invite: {exc}\n")
            return 1
    sys.stdout.write(invite_url(client_id) + "\n")
    sys.stderr.write("Open the link, pick your server and authorize newsbot.\n")
    return 0


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Entry point `newsbot.cli:discord`: adds `newsbot discord-invite`."""
    description = (
        "print the link that adds the Discord bot to a server "
        "(scopes bot + applications.commands; View Channel, Send Messages, Embed Links)"
    )
    parser = subparsers.add_parser(
        "discord-invite", parents=[common], help=description, description=description
    )
    parser.add_argument(
        "--client-id",
        metavar="APPLICATION_ID",
        help="the application id; default: asked from Discord with DISCORD_TOKEN",
    )
    parser.set_defaults(handler=cmd_discord_invite)
