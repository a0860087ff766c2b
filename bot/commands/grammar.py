"""The `/news` grammar: text in, a typed command out, or a UsageError saying what is wrong.

    /news subscribe <topic> [at HH:MM] [Area/City] [--quiet]
    /news unsubscribe <id|topic|all>
    /news subscriptions
    /news digest [topic]
    /news summarize <url>
    /news ask <question>
    /news search <query> [--since YYYY-MM-DD] [--page N]
    /news feeds add <url> | feeds list | feeds remove <id>
    /news help [command]

Pure functions; the same grammar serves every platform.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.answers.topics import TopicError, TopicQuery, parse_topic
from bot.ingestion.urls import BadURL, parse_url

MAX_COMMAND_CHARS = 2000


class UsageError(ValueError):
    """The command cannot be run as typed; the message names the problem and the fix."""


@dataclass(frozen=True)
class Help:
    command: str | None = None


@dataclass(frozen=True)
class Subscribe:
    topic: TopicQuery
    at: time | None = None
    timezone: str | None = None
    quiet: bool = False


@dataclass(frozen=True)
class Unsubscribe:
    target: str
    sub_id: int | None = None


@dataclass(frozen=True)
class Subscriptions:
    pass


@dataclass(frozen=True)
class DigestNow:
    topic: TopicQuery | None = None


@dataclass(frozen=True)
class Summarize:
    url: str


@dataclass(frozen=True)
class Ask:
    question: str


@dataclass(frozen=True)
class Search:
    query: str
    since: date | None = None
    page: int = 1


@dataclass(frozen=True)
class FeedsAdd:
    url: str


@dataclass(frozen=True)
class FeedsList:
    pass


@dataclass(frozen=True)
class FeedsRemove:
    feed_id: int


Command = (
    Help
    | Subscribe
    | Unsubscribe
    | Subscriptions
    | DigestNow
    | Summarize
    | Ask
    | Search
    | FeedsAdd
    | FeedsList
    | FeedsRemove
)

USAGE: dict[str, str] = {
    "subscribe": "/news subscribe <topic> [at HH:MM] [Area/City] [--quiet]",
    "unsubscribe": "/news unsubscribe <id|topic|all>",
    "subscriptions": "/news subscriptions",
    "digest": "/news digest [topic]",
    "summarize": "/news summarize <url>",
    "ask": "/news ask <question>",
    "search": "/news search <query> [--since YYYY-MM-DD] [--page N]",
    "feeds": "/news feeds add <url> | /news feeds list | /news feeds remove <id>",
    "help": "/news help [command]",
}

DESCRIPTIONS: dict[str, str] = {
    "subscribe": "post a daily digest of a topic in this channel (managers only)",
    "unsubscribe": "stop a daily digest (managers only)",
    "subscriptions": "list this channel's digests with their next run",
    "digest": "the latest stories now, on a topic or on everything",
    "summarize": "summary and key facts of an article page",
    "ask": "an answer from stored articles, with sources",
    "search": "stored stories matching a query",
    "feeds": "list, add or remove the feeds the bot reads (add/remove: managers only)",
    "help": "this list, or the usage of one command",
}

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ID = re.compile(r"#?([0-9]{1,9})")  # ASCII digits only: "²".isdigit() is True
_TIME = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$", re.IGNORECASE)


def parse_command(text: str) -> Command:
    """Parse the text after `/news`. Raises UsageError with a one-line message."""
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        raise UsageError("that command has characters that are not text — type it again")
    text = " ".join(_CONTROLS.sub(" ", text).split())  # a command is one line
    if text.startswith("/news"):
        text = text[len("/news") :].strip()
    if len(text) > MAX_COMMAND_CHARS:
        raise UsageError(f"that command is longer than {MAX_COMMAND_CHARS} characters — shorten it")
    if not text:
        return Help()
    name, _, rest = text.partition(" ")
    name, rest = name.lower(), rest.strip()
    try:
        return _PARSERS[name](rest)
    except KeyError:
        pass
    except TopicError as exc:
        raise UsageError(f"{exc}. Usage: {USAGE.get(name, '')}") from None
    guess = difflib.get_close_matches(name, list(_PARSERS), n=1, cutoff=0.6)
    hint = f" — did you mean `{guess[0]}`?" if guess else ""
    raise UsageError(f"unknown command `{_shown(name, 30)}`{hint} Try `/news help`.")


def _need(rest: str, command: str, what: str) -> str:
    if not rest:
        raise UsageError(f"`{command}` needs {what}. Usage: {USAGE[command]}")
    return rest


def _help(rest: str) -> Help:
    name = rest.lower().strip() or None
    if name and name not in USAGE:
        raise UsageError(f"there is no command `{_shown(name, 30)}`. Try `/news help`.")
    return Help(name)


def _subscribe(rest: str) -> Subscribe:
    words = _need(rest, "subscribe", "a topic").split()
    quiet = False
    if "--quiet" in (w.lower() for w in words):
        quiet = True
        words = [w for w in words if w.lower() != "--quiet"]
    zone = None
    if words and _looks_like_zone(words[-1]):
        zone = resolve_timezone(words[-1])
        words = words[:-1]
    at = None
    if len(words) >= 2 and words[-2].lower() == "at":
        at = parse_time(words[-1])
        words = words[:-2]
    elif len(words) >= 3 and words[-3].lower() == "at" and words[-1].lower() in {"am", "pm"}:
        at = parse_time(words[-2] + words[-1])
        words = words[:-3]
    if not words:
        raise UsageError(f"`subscribe` needs a topic before `at`. Usage: {USAGE['subscribe']}")
    return Subscribe(parse_topic(" ".join(words)), at, zone, quiet)


def parse_id(text: str) -> int | None:
    """`12` or `#12` as a number (ASCII digits, at most 9); None for anything else."""
    match = _ID.fullmatch(text.strip())
    return int(match.group(1)) if match else None


def _unsubscribe(rest: str) -> Unsubscribe:
    target = _need(rest, "unsubscribe", "a subscription id, a topic or `all`")
    sub_id = parse_id(target)
    if sub_id is None and re.fullmatch(r"#?\d+", target.strip()):
        raise UsageError(
            f"`{_shown(target, 30)}` is not a subscription id — `/news subscriptions` lists them"
        )
    return Unsubscribe(target, sub_id)


def _shown(text: str, limit: int) -> str:
    """User input echoed in a reply: at most `limit` characters, marked when cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _subscriptions(rest: str) -> Subscriptions:
    return Subscriptions()


def _digest(rest: str) -> DigestNow:
    return DigestNow(parse_topic(rest) if rest else None)


def _url(rest: str, command: str, what: str) -> str:
    """The first word as an http(s) URL the bot may fetch (yarl-normalised, as fetched)."""
    url = _need(rest, command, what).split()[0].strip("<>")
    try:
        return str(parse_url(url))
    except BadURL as exc:
        raise UsageError(f"{exc}. Usage: {USAGE[command]}") from None


def _summarize(rest: str) -> Summarize:
    return Summarize(_url(rest, "summarize", "an article URL"))


def _ask(rest: str) -> Ask:
    question = " ".join(_need(rest, "ask", "a question").split())
    if not re.search(r"\w", question):
        raise UsageError(f"`ask` needs a question in words. Usage: {USAGE['ask']}")
    return Ask(question)


def _search(rest: str) -> Search:
    words = _need(rest, "search", "a query").split()
    since, page, query = None, 1, []
    items = iter(words)
    for word in items:
        flag = word.lower()
        if flag in {"--since", "--page"}:
            value = next(items, None)
            if value is None:
                raise UsageError(f"`{flag}` needs a value. Usage: {USAGE['search']}")
            if flag == "--since":
                try:
                    since = date.fromisoformat(value)
                except ValueError:
                    raise UsageError(
                        f"`--since {value}` is not a date — write it as YYYY-MM-DD"
                    ) from None
            else:
                number = parse_id(value.lstrip("#") if value.isascii() else value)
                if number is None or value.startswith("#") or not 1 <= number <= 100:
                    raise UsageError(
                        f"`--page {_shown(value, 20)}` is not a page number from 1 to 100"
                    )
                page = number
        else:
            query.append(word)
    if not query:
        raise UsageError(f"`search` needs a query. Usage: {USAGE['search']}")
    return Search(" ".join(query), since, page)


def _feeds(rest: str) -> FeedsAdd | FeedsList | FeedsRemove:
    action, _, arg = rest.partition(" ")
    action, arg = action.lower(), arg.strip()
    if action in {"", "list"}:
        return FeedsList()
    if action == "add":
        return FeedsAdd(_url(arg, "feeds", "a feed URL after `add`"))
    if action == "remove":
        value = _need(arg, "feeds", "a feed id after `remove`")
        feed_id = parse_id(value)
        if feed_id is None:
            raise UsageError(
                f"`{_shown(value, 40)}` is not a feed id — `/news feeds list` shows the ids"
            )
        return FeedsRemove(feed_id)
    raise UsageError(f"unknown feeds action `{action}`. Usage: {USAGE['feeds']}")


_PARSERS: dict[str, Callable[[str], Command]] = {
    "help": _help,
    "subscribe": _subscribe,
    "unsubscribe": _unsubscribe,
    "subscriptions": _subscriptions,
    "digest": _digest,
    "summarize": _summarize,
    "ask": _ask,
    "search": _search,
    "feeds": _feeds,
}


def parse_time(text: str) -> time:
    """08:00, 8:00, 8am, 8:30pm, 20:15 → time; UsageError otherwise."""
    match = _TIME.match(text.strip())
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        suffix = (match.group(3) or "").lower()
        if suffix and 1 <= hour <= 12:
            hour = hour % 12 + (12 if suffix == "pm" else 0)
        elif suffix:
            hour = -1
        if 0 <= hour <= 23 and 0 <= minute <= 59:
            return time(hour, minute)
    raise UsageError(f"`{text[:20]}` is not a time — write it as HH:MM, e.g. `at 08:00`")


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()}


def _looks_like_zone(word: str) -> bool:
    return ("/" in word and word[0].isalpha()) or word.upper() in {"UTC", "GMT"}


def resolve_timezone(text: str) -> str:
    """The canonical IANA name for a zone (any case), or UsageError with a suggestion."""
    name = _zones().get(text.lower())
    if name is not None:
        try:
            ZoneInfo(name)
            return name
        except (ZoneInfoNotFoundError, ValueError):
            pass
    guess = difflib.get_close_matches(text, list(_zones().values()), n=1, cutoff=0.6)
    hint = (
        f" — did you mean {guess[0]}?" if guess else " — use an IANA name like Europe/Berlin or UTC"
    )
    raise UsageError(f"unknown timezone '{text}'{hint}")
