"""Slack Web API errors as `PostError`s the core understands.

Permanent errors (the channel is gone, the app was removed, the token is dead)
disable the channel's subscriptions with a one-line reason that
`/news subscriptions` shows; every other error is retried by the core.
"""

from __future__ import annotations

import aiohttp
from slack_sdk.errors import SlackApiError

from bot.models import PostError

PERMANENT: dict[str, str] = {
    "not_in_channel": "the app is not in this channel; invite it with /invite, "
    "then run /news subscribe again",
    "channel_not_found": "Slack cannot find this channel (deleted, or private without the app)",
    "is_archived": "this channel is archived",
    "account_inactive": "the Slack app's bot token belongs to a deactivated account",
    "invalid_auth": "Slack refused the bot token (invalid_auth); check SLACK_BOT_TOKEN",
    "token_revoked": "the Slack bot token was revoked; reinstall the app",
    "restricted_action": "workspace settings do not let the app post in this channel",
}


def post_error(exc: SlackApiError) -> PostError:
    """The PostError for a failed chat.postMessage."""
    error = str(exc.response.get("error") or "unknown_error")
    reason = PERMANENT.get(error)
    if reason is not None:
        return PostError(f"Slack: {reason}", permanent=True)
    if exc.response.status_code == 429 or error == "ratelimited":
        return PostError("Slack: rate limited", retry_after=retry_after(exc))
    return PostError(f"Slack refused the post: {error}")


def transport_error(exc: BaseException) -> PostError:
    """The PostError for a post that never got an answer (network, timeout)."""
    if isinstance(exc, TimeoutError):
        return PostError("could not reach Slack: timed out")
    return PostError(f"could not reach Slack: {type(exc).__name__}")


TRANSPORT_ERRORS = (aiohttp.ClientError, OSError)  # OSError covers TimeoutError


def retry_after(exc: SlackApiError) -> float | None:
    """Seconds from the Retry-After header of a 429, if it has a usable one."""
    for name, value in (exc.response.headers or {}).items():
        if name.lower() == "retry-after":
            raw = value[0] if isinstance(value, list | tuple) else value
            try:
                return max(0.0, float(raw))
            except (TypeError, ValueError):
                return None
    return None
