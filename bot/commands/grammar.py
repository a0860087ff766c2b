"""The `/news` grammar: text in, a typed command out, or a UsageError saying what is wrong.

    /news subscribe <topic> [at HH:MM [Area/City]] [--quiet | --no-quiet]
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
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.answers.topics import TopicError, TopicQuery, check_quotes, parse_topic, straight_quotes
from bot.ingestion.urls import BadURL, parse_url
from bot.render import shown
from bot.zones import ABBREVIATIONS, HALF_HOUR_ZONES, closest_zone, country_zones, zone_names

MAX_COMMAND_CHARS = 2000


class UsageError(ValueError):
    """The command cannot be run as typed; the message names the problem and the fix."""


@dataclass(frozen=True)
class Help:
    command: str | None = None


@dataclass(frozen=True)
class Subscribe:
    """`quiet` is None when the command does not say (an update keeps what was set)."""

    topic: TopicQuery
    at: time | None = None
    timezone: str | None = None
    quiet: bool | None = None


@dataclass(frozen=True)
class Unsubscribe:
    target: str
    sub_ids: tuple[int, ...] = ()  # `3`, `#3`, `3 4` or `#3, #4`; empty for a topic or all


@dataclass(frozen=True)
class Subscriptions:
    pass


@dataclass(frozen=True)
class DigestNow:
    topic: TopicQuery | None = None


@dataclass(frozen=True)
class Summarize:
    """An article's URL, or (`local`) a file path, which only the operator may read."""

    url: str
    local: bool = False


@dataclass(frozen=True)
class Ask:
    question: str


@dataclass(frozen=True)
class Search:
    """`since` as typed: a date (YYYY-MM-DD), `today`, `yesterday` or a weekday."""

    query: str
    since: str | None = None
    page: int = 1


@dataclass(frozen=True)
class FeedsAdd:
    """A feed's URL, or (`local`) a file path, which only the operator may add."""

    url: str
    local: bool = False


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
    "subscribe": "/news subscribe <topic> [at HH:MM [Area/City]] [--quiet]",
    "unsubscribe": "/news unsubscribe <id|topic|all>",
    "subscriptions": "/news subscriptions",
    "digest": "/news digest [topic]",
    "summarize": "/news summarize <url>",
    "ask": "/news ask <question>",
    "search": "/news search <query> [--since YYYY-MM-DD|today|yesterday|<weekday>] [--page N]",
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
# 08:00, 8am, 8:30 pm, 20.15, 19h30, 0730, 07:30:00
_TIME = re.compile(
    r"^(?:(\d{1,2})(?:[:.h](\d{2})(?::00)?|h)?\s*(am|pm)?|(\d{2})(\d{2}))$", re.IGNORECASE
)
_NAMED_TIMES = {"noon": time(12), "midday": time(12), "midnight": time(0)}
# A word that is a clock time, not a topic word: 07:30, 9am, 8:15pm.
_CLOCK_WORD = re.compile(r"^\d{1,2}(?::\d{2}\s*(?:am|pm)?|\s*(?:am|pm))$", re.IGNORECASE)
# A quoted phrase (with its `-` or `source:`) is one word; flags and `at` are bare words.
_WORDS = re.compile(r'-?(?:source:)?"[^"]*"|\S+', re.IGNORECASE)
_PREFIX = re.compile(r"/?news(?:-admin)?(?: |$)", re.IGNORECASE)
_DASHES = ("—", "–")  # "--quiet" as a phone or a Mac types it: "—quiet"
_UTC_OFFSET = re.compile(r"^(?:utc|gmt|z)?([+-])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
# IANA names without a slash that a topic's last word is taken for (written in capitals).
_ZONE_ABBREVIATIONS = frozenset(
    [
        "UTC",
        "GMT",
        "UCT",
        "EST",
        "MST",
        "HST",
        "CET",
        "EET",
        "WET",
        "EST5EDT",
        "CST6CDT",
        "MST7MDT",
        "PST8PDT",
    ]
)


def parse_command(text: str) -> Command:
    """Parse the text after `/news`. Raises UsageError with a one-line message."""
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        raise UsageError("that command has characters that are not text — type it again")
    text = " ".join(_CONTROLS.sub(" ", text).split())  # a command is one line
    prefix = _PREFIX.match(text)  # "/news", Discord's "/news-admin", or "news digest"
    if prefix and (text.startswith("/") or text[prefix.end() :].split(" ")[0].lower() in _PARSERS):
        text = text[prefix.end() :]
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
    raise UsageError(f"unknown command `{shown(name, 30)}` — {_instead(name, rest)}")


# What people type for a command, from other bots and plain English ("list" is not close
# in spelling to "subscriptions", so difflib alone suggested `digest` for it).
_SAID_FOR = {
    "subscriptions": ("list", "ls", "subs", "subscription", "subscribed", "mine", "show"),
    "subscribe": ("sub", "follow", "watch", "track"),
    "unsubscribe": ("unsub", "unfollow", "unwatch", "untrack", "stop", "cancel"),
    "digest": ("news", "latest", "today", "headlines", "top"),
    "summarize": ("summarise", "summary", "tldr", "sum"),
    "search": ("find", "lookup", "query", "grep"),
    "feeds": ("feed", "sources", "source", "rss"),
    "help": ("?", "h", "commands", "usage", "start"),
}
_COMMAND_FOR = {said: command for command, words in _SAID_FOR.items() for said in words}
_QUESTION_WORD = re.compile(
    "who|whom|whose|what|when|where|which|why|how|did|does|do|is|are|was|were|will|can|could"
)


def _instead(name: str, rest: str) -> str:
    """How to say it: the command a typo or a synonym stands for, written out with the
    rest of the line; `ask` for a question typed without it."""
    if rest and _QUESTION_WORD.fullmatch(name):
        return f"to ask a question, start it with `ask`: `/news ask {shown(f'{name} {rest}', 60)}`"
    guess = _guess(name)
    if guess is None:
        return "try `/news help` for the list."
    return f"did you mean `/news {shown(f'{guess} {rest}'.strip(), 60)}`?"


def _guess(name: str) -> str | None:
    if name in _COMMAND_FOR:
        return _COMMAND_FOR[name]
    close = difflib.get_close_matches(name, list(_PARSERS), n=1, cutoff=0.6)
    return close[0] if close else None


def _need(rest: str, command: str, what: str) -> str:
    if not rest:
        raise UsageError(f"`{command}` needs {what}. Usage: {USAGE[command]}")
    return rest


def _help(rest: str) -> Help:
    name = rest.lower().strip() or None
    if name and name not in USAGE:
        guess = _guess(name)
        hint = f"did you mean `/news help {guess}`?" if guess else "`/news help` lists them."
        raise UsageError(f"there is no command `{shown(name, 30)}` — {hint}")
    return Help(name)


def _words(rest: str) -> list[str]:
    """The words of a command's arguments; a quoted phrase is one word."""
    rest = straight_quotes(rest)
    check_quotes(rest)
    return _WORDS.findall(rest)


def _flag(word: str) -> str | None:
    """`--quiet` (or `—quiet`) as `--quiet`; None for a word that is not an option."""
    for dash in _DASHES:
        if word.startswith(dash) and len(word) > 1:
            word = "--" + word[1:]
    return word.lower() if word.startswith("--") and len(word) > 2 else None


def _unknown_option(word: str, command: str, known: str) -> UsageError:
    return UsageError(f"unknown option `{shown(word, 30)}` — `{command}` takes {known}")


def _subscribe(rest: str) -> Subscribe:
    quiet: bool | None = None
    words: list[str] = []
    for word in _words(_need(rest, "subscribe", "a topic")):
        flag = _flag(word)
        if flag is None:
            words.append(word)
        elif flag in {"--quiet", "--no-quiet"}:
            if quiet is not None and quiet != (flag == "--quiet"):
                raise UsageError("`--quiet` and `--no-quiet` say opposite things — give one")
            quiet = flag == "--quiet"
        else:
            raise _unknown_option(word, "subscribe", "`--quiet` or `--no-quiet`")
    _no_feed_url_or_mention(words)
    words = ["at" if word == "@" else word for word in words]  # "climate @ 7:30"
    ats = [i for i, word in enumerate(words) if word.lower() == "at"]
    if len(ats) > 1:
        raise UsageError(
            "`at` twice — give one time, e.g. `at 08:00` (quote a topic that has “at” in it: "
            '`"made at home"`)'
        )
    at = zone = None
    if ats:
        topic, tail = words[: ats[0]], words[ats[0] + 1 :]
        if not tail:
            raise UsageError(
                f"`subscribe` needs a time after `at`, e.g. `at 08:00`. Usage: {USAGE['subscribe']}"
            )
        at, tail = _time_said(tail)
        tail = _without_schedule(tail)
        if tail:
            zone = _zone_after_time(tail, at)
    else:
        topic = words
        if topic and _looks_like_zone(topic[-1]):
            zone, topic = resolve_timezone(topic[-1]), topic[:-1]
    topic = _without_schedule(topic, timed=at is not None)
    _no_comma_list(topic)
    for word in topic:
        if _CLOCK_WORD.match(word):
            raise UsageError(
                f"`{shown(word, 20)}` looks like a time — write the time after "
                f"`at`: `/news subscribe <topic> at {shown(word, 20)}`"
            )
        if "/" in word and word.lower() in zone_names():
            raise UsageError(
                f"`{shown(word, 40)}` is a timezone — put it after the time: "
                f"`at 08:00 {shown(word, 40)}`"
            )
    if not topic:
        where = " before `at`" if ats else ""
        raise UsageError(f"`subscribe` needs a topic{where}. Usage: {USAGE['subscribe']}")
    return Subscribe(parse_topic(" ".join(topic)), at, zone, quiet)


# What every digest does anyway, so it may end the topic or follow the time and zone
# (the default time, 08:00, is in the morning).
_DAILY = re.compile(r"daily|everyday|(?:every|each) (?:day|morning)|in the morning", re.I)
# … and what says a later time, which only goes with one (`at 19:00 every evening`).
_LATER_DAILY = re.compile(r"(?:every|each) (?:evening|night)|in the (?:afternoon|evening)", re.I)
_DAYS = "(?:mon|tues|wednes|thurs|fri|satur|sun|week)days?|weekends?"
_NOT_DAILY = re.compile(
    rf"weekly|hourly|monthly|fortnightly|bi-?weekly|{_DAYS}|every (?:other|second) day"
    rf"|(?:every|each|on) (?:week|hour|month|{_DAYS})",
    re.I,
)


def _without_schedule(words: list[str], timed: bool = True) -> list[str]:
    """The words without a last "daily" or "every day", which says what every digest
    does; "weekly", "on mondays" and the like are refused, as newsbot posts one digest a
    day. A lone weekday name stays a word ("mondays" alone is a band as well). "Every
    evening" needs a time (unless `timed`), as digests come at 08:00 by default."""
    for n in (3, 2, 1):
        said = " ".join(words[-n:])
        if len(words) < n:
            continue
        if _LATER_DAILY.fullmatch(said) and not timed:
            raise UsageError(
                f"say when `{said}` is, e.g. `at 19:00` (digests come at 08:00 unless you "
                "give a time)"
            )
        if _DAILY.fullmatch(said) or _LATER_DAILY.fullmatch(said):
            return words[:-n]
        if _NOT_DAILY.fullmatch(said) and (n > 1 or not re.match(_DAYS, said, re.I)):
            raise UsageError(
                f"newsbot posts one digest a day, so `{said}` cannot be a schedule — leave "
                f'it out (or quote it to look for the words: `"{said}"`)'
            )
    return words


_MORNING = re.compile(r"(?:every|each|in the) morning", re.I)


def _time_said(tail: list[str]) -> tuple[time, list[str]]:
    """The time after `at` as people write it, in one word or a few (`7 pm`, `12 noon`,
    `8 in the evening`, `7 every evening`), and the words after it."""
    if len(tail) >= 2 and tail[1].lower().replace(".", "") in {"am", "pm"}:
        at, tail = parse_time(tail[0] + tail[1].replace(".", "")), tail[2:]
    elif len(tail) >= 2 and tail[0] == "12" and tail[1].lower() in {"noon", "midnight"}:
        at, tail = parse_time(tail[1]), tail[2:]
    elif len(tail) >= 2 and tail[0].isdigit() and re.fullmatch(r"[0-5][0-9]", tail[1]):
        raise UsageError(
            f"`{tail[0]} {tail[1]}` is not a time — write it as HH:MM, "
            f"e.g. `at {tail[0]}:{tail[1]}`"
        )
    else:
        at, tail = parse_time(tail[0].rstrip(",")), tail[1:]
    for n in (3, 2):
        said = " ".join(tail[:n])
        if len(tail) >= n and (_MORNING.fullmatch(said) or _LATER_DAILY.fullmatch(said)):
            if _LATER_DAILY.fullmatch(said) and 1 <= at.hour <= 11:
                at = at.replace(hour=at.hour + 12)
            return at, tail[n:]
    return at, tail


def _no_feed_url_or_mention(words: list[str]) -> None:
    """A feed's URL given as a topic: say how to add the feed instead (and a mention,
    which Slack and Discord turn into "@here" or "@ann", is no topic word either)."""
    for word in words:
        if len(word) > 1 and word.startswith("@"):
            raise UsageError(
                f"`{shown(word, 30)}` is a mention, not a word to look for — leave it out"
            )
        if re.match(r"<?https?://", word, re.I):
            raise UsageError(
                "a topic is words to look for, not a feed — add the feed with "
                f"`/news feeds add {shown(word.strip('<>'), 60)}`, then subscribe to its words "
                "or to `source:<outlet>`"
            )


def _no_comma_list(topic: list[str]) -> None:
    """`climate, energy` would need both words; say how to write either or both."""
    for i, word in enumerate(topic[:-1]):
        if word.endswith(",") and not word.startswith('"') and topic[i + 1].upper() != "OR":
            first, second = word.rstrip(","), topic[i + 1].rstrip(",")
            raise UsageError(
                f"a comma does not separate topics — write `{shown(first, 30)} OR "
                f"{shown(second, 30)}` for stories on either, `{shown(first, 30)} "
                f"{shown(second, 30)}` for stories on both"
            )


def _zone_after_time(tail: list[str], at: time) -> str:
    """The one timezone after `at HH:MM`; anything else there is a mistake to name."""
    if any(_TIME.match(word.strip(",")) for word in tail if word.strip(",")[:1].isdigit()):
        raise UsageError(
            f"give one time — newsbot posts one digest a day for each topic, e.g. `at {at:%H:%M}`"
        )
    said = " ".join(tail).lower()
    if said in {"today", "tomorrow", "tonight", "from tomorrow", "starting tomorrow"}:
        raise UsageError(
            f"leave out `{said}` — the digest comes every day at {at:%H:%M}, and the reply "
            "says when the first one comes"
        )
    if len(tail) == 1:
        return resolve_timezone(tail[0])
    first = zone_names().get(tail[0].lower())
    if first is not None:
        rest = shown(" ".join(tail[1:]), 40)
        raise UsageError(
            f"give one timezone after the time, e.g. `at {at:%H:%M} {first}` — "
            f"`{rest}` is more than that (topic words go before `at`)"
        )
    return resolve_timezone(" ".join(tail))


def parse_id(text: str) -> int | None:
    """`12` or `#12` as a number (ASCII digits, at most 9); None for anything else."""
    match = _ID.fullmatch(text.strip())
    return int(match.group(1)) if match else None


def _unsubscribe(rest: str) -> Unsubscribe:
    target = _need(rest, "unsubscribe", "a subscription id, a topic or `all`")
    if target.lower() in {"all", "everything", "*"}:
        return Unsubscribe("all")
    topic, _, when = target.rpartition(" at ")
    if topic and when.split() and _TIME.match(when.split()[0]):
        raise UsageError(
            f"give the topic alone (or its id): `/news unsubscribe {shown(topic, 60)}`"
        )
    span = re.fullmatch(r"#?(\d{1,9})\s*[-–]\s*#?(\d{1,9})", target)
    if span and 0 < int(span[2]) - int(span[1]) < 50:
        # "3-5" is 3, 4 and 5
        return Unsubscribe(target, tuple(range(int(span[1]), int(span[2]) + 1)))
    parts = target.replace(",", " ").split()
    if not all(re.fullmatch(r"#?\d+", part) for part in parts):
        return Unsubscribe(target)
    ids = [parse_id(part) for part in parts]
    if None in ids:
        raise UsageError(
            f"`{shown(target, 30)}` is not a subscription id — `/news subscriptions` lists them"
        )
    return Unsubscribe(target, tuple(dict.fromkeys(i for i in ids if i is not None)))


def _subscriptions(rest: str) -> Subscriptions:
    return Subscriptions()


def _digest(rest: str) -> DigestNow:
    for word in _words(rest):
        if _flag(word) is not None:
            raise _unknown_option(word, "digest", "no options, only a topic")
    _no_comma_list(_words(rest))
    return DigestNow(parse_topic(rest) if rest else None)


def _url(rest: str, command: str, what: str) -> str:
    """The one word as an http(s) URL the bot may fetch (yarl-normalised, as fetched)."""
    url, *more = _need(rest, command, what).split()
    url = url.strip("<>")
    if more and "://" not in url and not _HOST_FIRST.match(url):
        raise UsageError(
            f"`{shown(rest, 40)}` is not a URL — give the address, e.g. "
            f"`/news {command} https://example.com/…`"
        )
    if more:
        raise UsageError(
            f"give one URL at a time — `{shown(' '.join(more), 40)}` is more than that. "
            f"Usage: {USAGE[command]}"
        )
    try:
        return str(parse_url(url))
    except BadURL as exc:
        if "://" not in url and _HOST_FIRST.match(url):
            raise UsageError(f"{exc} — did you mean `https://{shown(url, 60)}`?") from None
        raise UsageError(f"{exc}. Usage: {USAGE[command]}") from None


_HOST_FIRST = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]|$)", re.IGNORECASE)


def _summarize(rest: str) -> Summarize:
    path = _local_path(_need(rest, "summarize", "an article URL"))
    if path is not None:
        return Summarize(path, local=True)
    return Summarize(_url(rest, "summarize", "an article URL"))


def _local_path(arg: str) -> str | None:
    """A file path (`/…`, `~/…`, `./…`, `file://…`, `C:\\…`) given where a URL goes, else None."""
    if arg.startswith(("/", "~", "./", "../", "file:")) or re.match(r"^[A-Za-z]:\\", arg):
        return arg.removeprefix("file://")
    return None


def _ask(rest: str) -> Ask:
    question = " ".join(_need(rest, "ask", "a question").split())
    if not re.search(r"\w", question):
        raise UsageError(f"`ask` needs a question in words. Usage: {USAGE['ask']}")
    return Ask(question)


def _search(rest: str) -> Search:
    since, page, query = None, 1, []
    given: set[str] = set()
    items = iter(_words(_need(rest, "search", "a query")))
    for word in items:
        flag = _flag(word)
        if flag is None:
            query.append(word)
            continue
        if flag not in {"--since", "--page"}:
            raise _unknown_option(word, "search", "`--since DATE` and `--page N`")
        value = next(items, None)
        if value is None:
            raise UsageError(f"`{flag}` needs a value. Usage: {USAGE['search']}")
        if flag in given:
            raise UsageError(f"`{flag}` is given twice — give it once")
        given.add(flag)
        if flag == "--since":
            since = parse_since(value)
        else:
            number = parse_id(value.lstrip("#") if value.isascii() else value)
            if number is None or value.startswith("#") or not 1 <= number <= 100:
                raise UsageError(f"`--page {shown(value, 20)}` is not a page number from 1 to 100")
            page = number
    if not query:
        raise UsageError(f"`search` needs a query. Usage: {USAGE['search']}")
    return Search(" ".join(query), since, page)


SINCE_WORDS = frozenset(
    {
        "today",
        "yesterday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)


def parse_since(value: str) -> str:
    """`--since` as typed, when it is a date (YYYY-MM-DD), `today`, `yesterday` or a weekday."""
    if value.lower() in SINCE_WORDS:
        return value.lower()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(
            f"`--since {shown(value, 20)}` is not a date — write it as YYYY-MM-DD, "
            "or `yesterday`, `today` or a weekday"
        ) from None


def _feeds(rest: str) -> FeedsAdd | FeedsList | FeedsRemove:
    action, _, arg = rest.partition(" ")
    action, arg = action.lower(), arg.strip()
    if action in {"", "list"}:
        return FeedsList()
    if action == "add":
        path = _local_path(_need(arg, "feeds", "a feed URL after `add`"))
        if path is not None:
            return FeedsAdd(path, local=True)
        return FeedsAdd(_url(arg, "feeds", "a feed URL after `add`"))
    if action == "remove":
        value = _need(arg, "feeds", "a feed id after `remove`")
        feed_id = parse_id(value)
        if feed_id is None and all(parse_id(part) for part in value.replace(",", " ").split()):
            raise UsageError(
                "remove one feed at a time, e.g. "
                f"`/news feeds remove {value.replace(',', ' ').split()[0]}`"
            )
        if feed_id is None:
            raise UsageError(
                f"`{shown(value, 40)}` is not a feed id — `/news feeds list` shows the ids"
            )
        return FeedsRemove(feed_id)
    guess = _FEEDS_ACTION_FOR.get(action)
    if guess:
        said = shown(f"{guess} {arg}".strip(), 60)
        raise UsageError(
            f"unknown feeds action `{shown(action, 30)}` — did you mean `/news feeds {said}`?"
        )
    raise UsageError(f"unknown feeds action `{shown(action, 30)}`. Usage: {USAGE['feeds']}")


_FEEDS_ACTION_FOR = {
    **dict.fromkeys(("delete", "del", "rm", "drop", "unsubscribe", "stop"), "remove"),
    **dict.fromkeys(("new", "subscribe", "follow", "append"), "add"),
    **dict.fromkeys(("ls", "show", "all"), "list"),
}


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
    """08:00, 8:00, 8am, 8:30pm, 8 a.m., 20:15, 20.15, 20h15, 2015, 20:15:00, noon,
    midday, midnight → time; UsageError otherwise."""
    text = text.strip()
    if text.lower() in _NAMED_TIMES:
        return _NAMED_TIMES[text.lower()]
    match = _TIME.match(re.sub(r"([ap])\.m\.?$", r"\1m", text, flags=re.IGNORECASE))
    if match:
        hour = int(match.group(1) or match.group(4))
        minute = int(match.group(2) or match.group(5) or 0)
        suffix = (match.group(3) or "").lower()
        if suffix and 1 <= hour <= 12:
            hour = hour % 12 + (12 if suffix == "pm" else 0)
        elif suffix:
            hour = -1
        if 0 <= hour <= 23 and 0 <= minute <= 59:
            return time(hour, minute)
    raise UsageError(f"`{shown(text, 20)}` is not a time — write it as HH:MM, e.g. `at 08:00`")


def _looks_like_zone(word: str) -> bool:
    """Whether a topic's last word is a timezone (Area/City, UTC, CET, UTC+2), not a topic
    word; abbreviations count only in capitals ("wet" is a word, "WET" a zone)."""
    if "/" in word and word[:1].isalpha():
        return True
    if word in _ZONE_ABBREVIATIONS or word in ABBREVIATIONS:
        return True
    return bool(re.match(r"^(?:UTC|GMT)[+-]", word, re.IGNORECASE))


def resolve_timezone(text: str) -> str:
    """The canonical IANA name for a zone (any case), or UsageError with a suggestion."""
    name = zone_names().get(text.lower())
    if name is not None:
        try:
            ZoneInfo(name)
            return name
        except (ZoneInfoNotFoundError, ValueError):
            pass
    raise UsageError(f"unknown timezone '{shown(text, 40)}'{_zone_hint(text)}")


def _zone_hint(text: str) -> str:
    """ " — did you mean Europe/Berlin?" for a city, an abbreviation, an offset or a typo."""
    offset = _UTC_OFFSET.match(text.replace(" ", ""))
    if offset:
        sign, hours, minutes = offset.group(1), int(offset.group(2)), int(offset.group(3) or 0)
        city = HALF_HOUR_ZONES.get(f"{sign}{hours}:{minutes:02d}")
        if city is not None:
            return f" — did you mean {city}? (UTC{sign}{hours}:{minutes:02d})"
        if minutes or hours > 14:
            return " — use a city's zone, e.g. Asia/Kolkata or America/St_Johns"
        if hours == 0:
            return " — did you mean UTC?"
        etc = f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"
        return (
            f" — did you mean {etc}? (UTC{sign}{hours} all year; a city's zone such as "
            "Europe/Berlin also follows summer time)"
        )
    several = country_zones(text)
    if several is not None:
        return f" — that country has several zones: give a city's, e.g. {' or '.join(several)}"
    guess = closest_zone(text)
    if guess is None:
        return " — use an IANA name like Europe/Berlin or UTC"
    return f" — did you mean {guess}?"
