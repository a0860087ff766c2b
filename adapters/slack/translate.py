"""Slack slash-command payloads in, `CommandRequest`s out.

Slack sends the text after `/news` with `&`, `<` and `>` HTML-escaped and may
wrap links, channels and users in `<…>` tokens; the core wants the plain text
as typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bot.models import CommandRequest, Destination

PLATFORM = "slack"

_TOKEN = re.compile(r"<([^<>|]*)(?:\|([^<>]*))?>")


def plain_text(text: str) -> str:
    """Slack's escaped command text as the user typed it.

    `<https://x|x>` → `https://x`, `<#C1|news>` → `#news`, `<@U1|ann>` → `@ann`,
    `&amp;` → `&` (and `&lt;`, `&gt;`).
    """

    def token(match: re.Match[str]) -> str:
        target, label = match.group(1), match.group(2)
        if target.startswith(("#", "@")):
            return target[0] + (label or target[1:])
        if target.startswith("!"):
            name = label or target[1:].split("^")[0]
            return name if name.startswith("@") else "@" + name
        if label and not re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE):
            return label
        return target.removeprefix("mailto:") if target.startswith("mailto:") else target

    text = _TOKEN.sub(token, text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()


def needs_manager(text: str) -> bool:
    """Whether the command changes subscriptions or feeds (so the user's role matters).

    Checked on the first words only: the core still decides what the command is.
    """
    words = plain_text(text).lower().split()
    if words and words[0] == "/news":
        words = words[1:]
    if not words:
        return False
    if words[0] in {"subscribe", "unsubscribe"}:
        return True
    return words[0] == "feeds" and len(words) > 1 and words[1] in {"add", "remove"}


def destination(payload: Mapping[str, Any]) -> Destination:
    """The channel a command came from: (slack, team id, channel id)."""
    team = str(payload.get("team_id") or payload.get("enterprise_id") or "")
    return Destination(PLATFORM, team, str(payload.get("channel_id") or ""))


def to_command(
    payload: Mapping[str, Any],
    *,
    can_manage: bool = False,
    default_timezone: str | None = None,
) -> CommandRequest:
    """A slash-command payload (socket-mode `payload` or the HTTP form) as a CommandRequest."""
    return CommandRequest(
        text=plain_text(str(payload.get("text") or "")),
        destination=destination(payload),
        user_id=str(payload.get("user_id") or ""),
        can_manage=can_manage,
        default_timezone=default_timezone,
    )
