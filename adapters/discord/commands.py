"""The `/news` app commands: typed options in, a `/news` grammar line out.

Discord applies `default_member_permissions` to top-level commands only (a
subcommand's is ignored), so the commands that change the channel are a second
top-level group, `/news-admin`, which defaults to members with Manage Channels.
Server admins can re-assign it per role in Server Settings → Integrations, which
is why the adapter checks Manage Channels again on every call.

    /news help [command] | digest [topic] | summarize url | ask question
    /news search query [since] [page] | subscriptions | feeds
    /news-admin subscribe topic [time] [timezone] [quiet] | unsubscribe target
    /news-admin feeds add url | feeds remove id

Every option is turned back into the text grammar (`subscribe climate at 08:00
Europe/Berlin`) and handed to the core, so validation lives in one place.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import replace
from functools import lru_cache
from typing import Any
from zoneinfo import available_timezones

import discord
from discord import app_commands

from bot.models import CommandRequest, Destination, Reply, ReplyItem
from bot.render import shown

NEWS = "news"
ADMIN = "news-admin"
PUBLIC: frozenset[tuple[str, ...]] = frozenset({(NEWS, "digest"), (NEWS, "ask")})
"""Commands whose successful replies the core makes public; the rest defer ephemerally."""

CHOICES = 25
CHOICE_CHARS = 100
HELP_TOPICS = (
    "subscribe", "unsubscribe", "subscriptions", "digest", "summarize", "ask", "search",
    "feeds", "help",
)  # fmt: skip
POPULAR_ZONES = (
    "UTC", "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Lisbon", "Europe/Kyiv",
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
    "America/Sao_Paulo", "Africa/Lagos", "Africa/Johannesburg", "Asia/Kolkata", "Asia/Dubai",
    "Asia/Singapore", "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland",
)  # fmt: skip

Interaction = discord.Interaction[discord.Client]
Handler = Callable[[Interaction], Awaitable[None]]
TextCompleter = Callable[[Interaction, str], Coroutine[Any, Any, list[app_commands.Choice[str]]]]
IdCompleter = Callable[[Interaction, str], Coroutine[Any, Any, list[app_commands.Choice[int]]]]


class OptionError(ValueError):
    """A typed option that cannot become a grammar line; the message says how to fix it."""


# -- in: interaction data → grammar line → CommandRequest ---------------------------


def command_path(data: Mapping[str, Any]) -> tuple[tuple[str, ...], dict[str, Any]]:
    """(("news-admin", "feeds", "add"), {"url": …}) from an application command's data."""
    path = [str(data.get("name", ""))]
    options = list(data.get("options") or [])
    while options and options[0].get("type") in (1, 2):
        path.append(str(options[0]["name"]))
        options = list(options[0].get("options") or [])
    return tuple(path), {str(o["name"]): o.get("value") for o in options}


def _words(value: Any) -> str:
    return " ".join(str(value).split())


@lru_cache(maxsize=1)
def _zones() -> tuple[str, ...]:
    return tuple(sorted(z for z in available_timezones() if not z.startswith(("posix/", "right/"))))


def zone_word(value: str) -> str:
    """The timezone option as one grammar word: a zone name, or a city resolved to one.

    Names with a "/" (and UTC/GMT) go through as typed, so the core's grammar
    validates them; a bare city such as "Berlin" is resolved when exactly one zone
    ends with it, because the grammar would otherwise read it as part of the topic.
    """
    text = value.strip()
    if "/" in text or text.upper() in {"UTC", "GMT"}:
        if " " in text:
            raise OptionError(f"unknown timezone '{text}' — pick one from the list")
        return text
    wanted = text.replace(" ", "_").lower()
    matches = [z for z in _zones() if z.rsplit("/", 1)[-1].lower() == wanted]
    if len(matches) == 1:
        return matches[0]
    hint = f" — did you mean {' or '.join(matches[:3])}?" if matches else ""
    raise OptionError(
        f"unknown timezone '{shown(text, 40)}'{hint} "
        "Pick an IANA name from the list, e.g. Europe/Berlin."
    )


def _join(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


def _subscribe(o: dict[str, Any]) -> str:
    at = f"at {_words(o['time'])}" if o.get("time") else None
    zone = zone_word(str(o["timezone"])) if o.get("timezone") else None
    quiet = {True: "--quiet", False: "--no-quiet"}.get(o["quiet"]) if "quiet" in o else None
    return _join("subscribe", _words(o.get("topic", "")), at, zone, quiet)


def _search(o: dict[str, Any]) -> str:
    since = f"--since {_words(o['since'])}" if o.get("since") else None
    page = f"--page {o['page']}" if o.get("page") else None
    return _join("search", _words(o.get("query", "")), since, page)


LINES: dict[tuple[str, ...], Callable[[dict[str, Any]], str]] = {
    (NEWS, "help"): lambda o: _join("help", _words(o.get("command") or "")),
    (NEWS, "digest"): lambda o: _join("digest", _words(o.get("topic") or "")),
    (NEWS, "summarize"): lambda o: _join("summarize", _words(o.get("url", ""))),
    (NEWS, "ask"): lambda o: _join("ask", _words(o.get("question", ""))),
    (NEWS, "search"): _search,
    (NEWS, "subscriptions"): lambda o: "subscriptions",
    (NEWS, "feeds"): lambda o: "feeds list",
    (ADMIN, "subscribe"): _subscribe,
    (ADMIN, "unsubscribe"): lambda o: _join("unsubscribe", _words(o.get("target", ""))),
    (ADMIN, "feeds", "add"): lambda o: _join("feeds add", _words(o.get("url", ""))),
    (ADMIN, "feeds", "remove"): lambda o: _join("feeds remove", _words(o.get("id", ""))),
}


def command_line(data: Mapping[str, Any]) -> str:
    """The `/news` grammar line (without "/news") for an application command's data."""
    path, options = command_path(data)
    build = LINES.get(path)
    if build is None:
        raise OptionError(f"/{' '.join(path)} is not a newsbot command — try /news help.")
    return build(options)


def can_manage(permissions: int) -> bool:
    """Manage Channels (or Administrator) in the channel, overwrites included."""
    perms = discord.Permissions(permissions)
    return perms.manage_channels or perms.administrator


def to_command(
    data: Mapping[str, Any], *, guild_id: int, channel_id: int, user_id: int, permissions: int
) -> CommandRequest:
    """A `/news` or `/news-admin` interaction as the core's `CommandRequest`."""
    return CommandRequest(
        text=command_line(data),
        destination=Destination("discord", str(guild_id), str(channel_id)),
        user_id=str(user_id),
        can_manage=can_manage(permissions),
    )


def request_from_payload(payload: Mapping[str, Any]) -> CommandRequest:
    """An INTERACTION_CREATE payload (as recorded from the gateway) as a `CommandRequest`."""
    member = payload.get("member") or {}
    user = member.get("user") or payload.get("user") or {}
    channel = payload.get("channel_id") or (payload.get("channel") or {}).get("id")
    if not payload.get("guild_id") or not channel:
        raise OptionError("/news works in servers only.")
    return to_command(
        payload.get("data") or {},
        guild_id=int(payload["guild_id"]),
        channel_id=int(channel),
        user_id=int(user.get("id", 0)),
        permissions=int(member.get("permissions") or 0),
    )


def is_public(data: Mapping[str, Any]) -> bool:
    """Whether to defer visibly (the reply will be public unless it is an error)."""
    return command_path(data)[0] in PUBLIC


def posts_here(data: Mapping[str, Any]) -> bool:
    """Commands after which the bot must be able to post in the channel."""
    return command_path(data)[0] == (ADMIN, "subscribe")


# -- out: the core's usage text in Discord's command names --------------------------

_USAGE = (
    (re.compile(r"/news (subscribe|unsubscribe)\b"), rf"/{ADMIN} \1"),
    (re.compile(r"/news feeds (add|remove)\b"), rf"/{ADMIN} feeds \1"),
    (re.compile(r"/news feeds list\b"), "/news feeds"),
)


def discord_names(text: str) -> str:
    """`/news subscribe …` → `/news-admin subscribe …` (and feeds add/remove, feeds list)."""
    for pattern, repl in _USAGE:
        text = pattern.sub(repl, text)
    return text


def for_discord(reply: Reply) -> Reply:
    """The reply with command names as Discord users type them."""
    items = tuple(
        replace(i, title=discord_names(i.title), text=discord_names(i.text)) for i in reply.items
    )
    return replace(
        reply, text=discord_names(reply.text), footer=discord_names(reply.footer), items=items
    )


# -- autocomplete ----------------------------------------------------------------------


def timezone_choices(current: str) -> list[app_commands.Choice[str]]:
    """Up to 25 zones: prefix matches (of the name or its city) first, then substrings."""
    wanted = current.strip().lower().replace(" ", "_")
    if not wanted:
        names: list[str] = list(POPULAR_ZONES)
    else:
        zones = _zones()
        prefix = [
            z for z in zones
            if z.lower().startswith(wanted) or z.rsplit("/", 1)[-1].lower().startswith(wanted)
        ]  # fmt: skip
        inner = [z for z in zones if wanted in z.lower() and z not in prefix]
        names = prefix + inner
    return [app_commands.Choice(name=z, value=z) for z in names[:CHOICES]]


_NUMBERED = re.compile(r"^#(\d+)\s*(.*)$", re.DOTALL)


def _clip(text: str) -> str:
    return text if len(text) <= CHOICE_CHARS else text[: CHOICE_CHARS - 1] + "…"


def _numbered(items: tuple[ReplyItem, ...], current: str) -> list[tuple[int, str]]:
    wanted = current.strip().lower().lstrip("#")
    out = []
    for item in items:
        match = _NUMBERED.match(item.title)
        if match and (not wanted or wanted in item.title.lower()):
            out.append((int(match.group(1)), _clip(item.title)))
    return out


def subscription_choices(reply: Reply, current: str) -> list[app_commands.Choice[str]]:
    """The channel's subscriptions (from the core's `subscriptions` reply), plus "all"."""
    if reply.error:
        return []
    found = _numbered(reply.items, current)
    choices = [app_commands.Choice(name=title, value=str(sub_id)) for sub_id, title in found]
    if reply.items and (not current.strip() or "all".startswith(current.strip().lower())):
        choices.append(app_commands.Choice(name="all — every subscription here", value="all"))
    return choices[:CHOICES]


def feed_choices(reply: Reply, current: str) -> list[app_commands.Choice[int]]:
    """The feeds (from the core's `feeds list` reply) matching what was typed."""
    if reply.error:
        return []
    found = _numbered(reply.items, current)
    return [app_commands.Choice(name=title, value=feed_id) for feed_id, title in found][:CHOICES]


# -- the command tree --------------------------------------------------------------------


def build_groups(
    run: Handler, subscriptions: TextCompleter, feeds: IdCompleter
) -> tuple[app_commands.Group, app_commands.Group]:
    """The `/news` and `/news-admin` groups; every command calls `run(interaction)`.

    The typed parameters below only declare the options Discord shows; `run` reads
    the interaction's data, so there is one translation path (see `to_command`).
    """
    guild = app_commands.AppCommandContext(guild=True)
    news = app_commands.Group(
        name=NEWS,
        description="News digests, summaries and answers from the articles the bot has read",
        guild_only=True,
        allowed_contexts=guild,
    )
    admin = app_commands.Group(
        name=ADMIN,
        description="Manage this channel's daily digests and the feeds the bot reads",
        guild_only=True,
        allowed_contexts=guild,
        default_permissions=discord.Permissions(manage_channels=True),
    )

    async def complete_zone(
        interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return timezone_choices(current)

    @news.command(name="help", description="The commands, or how to use one of them")
    @app_commands.describe(command="The command to explain")
    @app_commands.choices(command=[app_commands.Choice(name=n, value=n) for n in HELP_TOPICS])
    async def help_(interaction: Interaction, command: str | None = None) -> None:
        await run(interaction)

    @news.command(name="digest", description="The latest stories now, on a topic or on everything")
    @app_commands.describe(topic="A topic, e.g. climate OR drought -football, or climate this week")
    async def digest(interaction: Interaction, topic: str | None = None) -> None:
        await run(interaction)

    @news.command(name="summarize", description="Summary and key facts of an article page")
    @app_commands.describe(url="The article's http(s) address")
    async def summarize(interaction: Interaction, url: str) -> None:
        await run(interaction)

    @news.command(name="ask", description="An answer from stored articles, with their sources")
    @app_commands.describe(question="Your question, e.g. who leads the fire response?")
    async def ask(interaction: Interaction, question: str) -> None:
        await run(interaction)

    @news.command(name="search", description="Stored stories matching a query")
    @app_commands.describe(
        query='Words to look for (OR, -exclusion and "a phrase" work)',
        since="Only stories since this day: YYYY-MM-DD, today, yesterday or a weekday",
        page="Result page",
    )
    async def search(
        interaction: Interaction,
        query: str,
        since: str | None = None,
        page: app_commands.Range[int, 1, 100] | None = None,
    ) -> None:
        await run(interaction)

    @news.command(
        name="subscriptions", description="This channel's daily digests and their next run"
    )
    async def subscriptions_(interaction: Interaction) -> None:
        await run(interaction)

    @news.command(name="feeds", description="The feeds the bot reads")
    async def feeds_(interaction: Interaction) -> None:
        await run(interaction)

    @admin.command(name="subscribe", description="Post a daily digest of a topic in this channel")
    @app_commands.describe(
        topic="A topic query, e.g. climate OR drought -football",
        time="Local time of day, e.g. 08:00 or 7:30am",
        timezone="IANA time zone, e.g. Europe/Berlin",
        quiet="Skip days with no new stories",
    )
    @app_commands.autocomplete(timezone=complete_zone)
    async def subscribe(
        interaction: Interaction,
        topic: str,
        time: str | None = None,
        timezone: str | None = None,
        quiet: bool | None = None,
    ) -> None:
        await run(interaction)

    @admin.command(
        name="unsubscribe", description="Stop one of this channel's daily digests, or all"
    )
    @app_commands.describe(target="A subscription (id or topic), or all")
    @app_commands.autocomplete(target=subscriptions)
    async def unsubscribe(interaction: Interaction, target: str) -> None:
        await run(interaction)

    admin_feeds = app_commands.Group(
        name="feeds", description="Add or remove the feeds the bot reads", parent=admin
    )

    @admin_feeds.command(name="add", description="Read a news feed (RSS or Atom)")
    @app_commands.describe(url="The feed's own address (often ending in /feed, /rss or .xml)")
    async def feeds_add(interaction: Interaction, url: str) -> None:
        await run(interaction)

    @admin_feeds.command(name="remove", description="Stop reading a feed; its stored articles stay")
    @app_commands.describe(feed="The feed to stop reading")
    @app_commands.rename(feed="id")
    @app_commands.autocomplete(feed=feeds)
    async def feeds_remove(interaction: Interaction, feed: app_commands.Range[int, 1]) -> None:
        await run(interaction)

    return news, admin
