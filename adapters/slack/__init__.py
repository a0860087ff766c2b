"""The Slack adapter (entry point `newsbot.adapters:slack`).

It starts whenever SLACK_BOT_TOKEN is set together with SLACK_APP_TOKEN (Socket
Mode, the default) or SLACK_SIGNING_SECRET (`[slack] mode = "http"`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.settings import Settings, SettingsError

if TYPE_CHECKING:
    from adapters.slack.app import SlackAdapter


def required(settings: Settings) -> dict[str, str]:
    """The environment variables the configured mode needs, with their values ("" if unset)."""
    slack = settings.slack
    if slack.mode == "http":
        return {"SLACK_BOT_TOKEN": slack.bot_token, "SLACK_SIGNING_SECRET": slack.signing_secret}
    return {"SLACK_BOT_TOKEN": slack.bot_token, "SLACK_APP_TOKEN": slack.app_token}


def check(settings: Settings) -> bool:
    """True when Slack is configured, False when none of its variables is set.

    Raises SettingsError when only some are set, naming what is missing.
    """
    needed = required(settings)
    present = [name for name, value in needed.items() if value]
    if not present:
        return False
    missing = [name for name, value in needed.items() if not value]
    mode = settings.slack.mode
    if missing:
        hint = ""
        if "SLACK_APP_TOKEN" in missing and settings.slack.signing_secret:
            hint = ' (SLACK_SIGNING_SECRET is set: for HTTP mode set [slack] mode = "http")'
        raise SettingsError(
            f"Slack {mode} mode needs {' and '.join(missing)} as well as "
            f"{' and '.join(present)}{hint}; set it in the environment, or unset "
            f"{' and '.join(present)} to run without Slack"
        )
    if mode == "socket" and not settings.slack.app_token.startswith("xapp-"):
        raise SettingsError(
            "SLACK_APP_TOKEN must be an app-level token starting with xapp- "
            "(Basic Information → App-Level Tokens, scope connections:write)"
        )
    if settings.slack.bot_token.startswith("xapp-"):
        raise SettingsError(
            "SLACK_BOT_TOKEN is an app-level token (xapp-…); use the Bot User OAuth Token "
            "(xoxb-…) from OAuth & Permissions"
        )
    return True


def create(settings: Settings, *, interactive: bool) -> SlackAdapter | None:
    """The Slack adapter when its tokens are set, None when none of them is."""
    if not check(settings):
        return None
    from adapters.slack.app import SlackAdapter  # slack-bolt is imported only when used

    return SlackAdapter(settings.slack)
