from __future__ import annotations

from datetime import time

import pytest

from bot.commands import grammar
from bot.commands.grammar import UsageError, parse_command, parse_time, resolve_timezone


def test_subscribe_with_topic_time_and_zone() -> None:
    cmd = parse_command("/news subscribe syria OR palmyra at 08:00 Europe/Berlin")
    assert isinstance(cmd, grammar.Subscribe)
    assert cmd.topic.text == "syria OR palmyra"
    assert cmd.at == time(8, 0)
    assert cmd.timezone == "Europe/Berlin"
    assert not cmd.quiet


@pytest.mark.parametrize(
    ("text", "at", "zone", "topic"),
    [
        ("subscribe climate", None, None, "climate"),
        ("subscribe climate at 7:30", time(7, 30), None, "climate"),
        ("subscribe climate europe/lisbon", None, "Europe/Lisbon", "climate"),
        ("subscribe climate at 9am America/New_York", time(9, 0), "America/New_York", "climate"),
        ("subscribe climate at 9 pm UTC", time(21, 0), "UTC", "climate"),
        ("subscribe climate at 0730 Europe/Berlin", time(7, 30), "Europe/Berlin", "climate"),
        ("subscribe climate at 7:30 p.m.", time(19, 30), None, "climate"),
        ("subscribe climate at noon", time(12), None, "climate"),
        ("subscribe climate at 12 noon Asia/Tokyo", time(12), "Asia/Tokyo", "climate"),
        # the shorter abbreviations end a topic as words, not as zones
        ("subscribe modern ART", None, None, "modern ART"),
        ("subscribe CT", None, None, "CT"),
        # "daily" says what every digest does, after the time and zone too
        ("subscribe climate at 7:30 daily", time(7, 30), None, "climate"),
        (
            "subscribe climate at 7:30 Europe/Berlin every day",
            time(7, 30),
            "Europe/Berlin",
            "climate",
        ),
        ("subscribe climate at 7:30, Europe/Berlin", time(7, 30), "Europe/Berlin", "climate"),
        ("subscribe climate every morning at 7", time(7), None, "climate"),
        ("subscribe climate @ 7:30", time(7, 30), None, "climate"),
        ("subscribe climate at 8 in the evening Europe/Oslo", time(20), "Europe/Oslo", "climate"),
        ("subscribe climate at 7 every evening", time(19), None, "climate"),
        ("subscribe climate every evening at 19:00", time(19), None, "climate"),
        ("subscribe climate at 9 in the morning", time(9), None, "climate"),
        ("subscribe climate in the morning", None, None, "climate"),
        ("subscribe evening news", None, None, "evening news"),
        # a weekday alone is a word; "Washington, D.C." quoted is a phrase
        ("subscribe manic mondays", None, None, "manic mondays"),
        ('subscribe "Washington, D.C."', None, None, '"Washington, D.C."'),
        (
            'subscribe "central bank" -crypto at 12:05 --quiet',
            time(12, 5),
            None,
            '"central bank" -crypto',
        ),
    ],
)
def test_subscribe_variants(text: str, at: time | None, zone: str | None, topic: str) -> None:
    cmd = parse_command(text)
    assert isinstance(cmd, grammar.Subscribe)
    assert (cmd.at, cmd.timezone, cmd.topic.text) == (at, zone, topic)


def test_quiet_flag() -> None:
    cmd = parse_command("subscribe markets --quiet")
    assert isinstance(cmd, grammar.Subscribe) and cmd.quiet


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "subscribe syria at 08:00 Europe/Berln",
            "unknown timezone 'Europe/Berln' — did you mean Europe/Berlin?",
        ),
        ("subscribe syria at 25:00", "`25:00` is not a time — write it as HH:MM"),
        ("subscribe at 08:00", "needs a topic"),
        ("subscribe", "`subscribe` needs a topic"),
        ("subscribe daily", "`subscribe` needs a topic. Usage"),
        ("subscribe climate weekly", "newsbot posts one digest a day, so `weekly` cannot be"),
        ("subscribe climate every week at 8:00", "`every week` cannot be a schedule"),
        ("subscribe climate every monday at 9", "`every monday` cannot be a schedule"),
        ("subscribe climate on weekdays", "`on weekdays` cannot be a schedule"),
        ("subscribe climate at 7:30 on weekdays", "`on weekdays` cannot be a schedule"),
        ("subscribe climate every other day", "`every other day` cannot be a schedule"),
        ("subscribe climate every evening", "say when `every evening` is, e.g. `at 19:00`"),
        (
            "subscribe climate at 7:30 India",
            "unknown timezone 'India' — did you mean Asia/Kolkata?",
        ),
        (
            "subscribe climate at 7:30 USA",
            "that country has several zones: give a city's, e.g. America/New_York or "
            "America/Los_Angeles",
        ),
        ("subscribe climate at 7:30 UTC+05:30", "did you mean Asia/Kolkata? (UTC+5:30)"),
        ("subscribe climate at 7:30 +5:45", "did you mean Asia/Kathmandu"),
        ("subscribe climate fortnightly", "`fortnightly` cannot be a schedule"),
        ("subscribe climate at 7:30 and 18:00", "give one time — newsbot posts one digest a day"),
        ("subscribe climate at 7:30, 18:00 UTC", "give one time — newsbot posts one digest"),
        ("subscribe climate at 7am tomorrow", "leave out `tomorrow` — the digest comes every"),
        (
            "subscribe climate, energy",
            "a comma does not separate topics — write `climate OR energy` for stories on "
            "either, `climate energy` for stories on both",
        ),
        ("digest wildfire, rocket at night", "write `wildfire OR rocket` for stories on either"),
        (
            "subscribe <https://example.com/feed.xml>",
            "a topic is words to look for, not a feed — add the feed with "
            "`/news feeds add https://example.com/feed.xml`, then subscribe",
        ),
        ("subscribe https://example.com/rss at 8:00", "not a feed — add the feed with"),
        ("subscribe @here climate", "`@here` is a mention, not a word to look for"),
        ("subscribe climate -", "`-` needs the word it leaves out right after it"),
        ("unsubscribe 3 1234567890", "not a subscription id"),
        ("feeds add example.com/rss", "did you mean `https://example.com/rss`?"),
        ("summarize www.example.org/a?id=2", "did you mean `https://www.example.org/a?id=2`?"),
        ("feeds delete 3", "unknown feeds action `delete` — did you mean `/news feeds remove 3`?"),
        ("feeds ls", "did you mean `/news feeds list`?"),
        ("subscribe -football", "at least one word to look for"),
        ("subscribe syria OR", "OR needs a word on each side"),
        ("subscirbe syria", "unknown command `subscirbe` — did you mean `/news subscribe syria`?"),
        ("list", "unknown command `list` — did you mean `/news subscriptions`?"),
        ("news climate", "unknown command `news` — did you mean `/news digest climate`?"),
        ("unsub 3", "did you mean `/news unsubscribe 3`?"),
        ("summarise https://x.test/a", "did you mean `/news summarize https://x.test/a`?"),
        (
            "who leads Nordlys?",
            "unknown command `who` — to ask a question, start it with `ask`: "
            "`/news ask who leads Nordlys?`",
        ),
        ("sub " + "y" * 200, "did you mean `/news subscribe yyy"),
        ("frobnicate", "unknown command `frobnicate` — try `/news help` for the list."),
        ("subscribe climate --quiet --no-quiet", "`--quiet` and `--no-quiet` say opposite"),
        ("summarize not-a-url", "is not an http:// or https:// URL"),
        ("summarize", "needs an article URL"),
        ("summarize the page I sent", "`the page I sent` is not a URL — give the address, e.g."),
        ("summarize https://", "'https://' has no host name — e.g. https://example.com/story"),
        ("feeds add http:///rss.xml", "has no host name"),
        ("summarize https://a.example/1 https://a.example/2", "give one URL at a time — `https"),
        ("feeds add https://a.example/rss please", "give one URL at a time — `please` is more"),
        ("feeds remove abc", "is not a feed id"),
        ("feeds remove 3, 4", "remove one feed at a time, e.g. `/news feeds remove 3`"),
        ("unsubscribe climate at 7:30", "give the topic alone (or its id): `/news unsubscribe"),
        ("feeds add ftp://x", "is not an http:// or https:// URL"),
        ("feeds frobnicate", "unknown feeds action"),
        ("search wildfire --since someday", "write it as YYYY-MM-DD, or `yesterday`"),
        ("search wildfire --page 0", "not a page number"),
        ("search wildfire --page 2 --page 3", "`--page` is given twice — give it once"),
        ("search wildfire --since today --since monday", "`--since` is given twice"),
        ("search --page 2", "needs a query"),
        ("ask ???", "needs a question in words"),
        ("help frobnicate", "there is no command `frobnicate` — `/news help` lists them."),
        ("help list", "there is no command `list` — did you mean `/news help subscriptions`?"),
        ("ask " + "x" * 3000, "longer than 2000 characters"),
    ],
)
def test_usage_errors_name_the_problem(text: str, message: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_command(text)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_other_commands() -> None:
    assert parse_command("") == grammar.Help()
    # the prefix as typed in a terminal, or copied from Discord's admin group
    assert parse_command("news Digest") == grammar.DigestNow(None)
    assert parse_command("/news-admin feeds list") == grammar.FeedsList()
    assert parse_command("/NEWS digest") == grammar.DigestNow(None)
    assert parse_command("help subscribe") == grammar.Help("subscribe")
    assert parse_command("subscriptions") == grammar.Subscriptions()
    assert parse_command("unsubscribe 3") == grammar.Unsubscribe("3", (3,))
    assert parse_command("unsubscribe climate") == grammar.Unsubscribe("climate")
    assert parse_command("digest") == grammar.DigestNow(None)
    digest = parse_command("digest climate OR drought")
    assert isinstance(digest, grammar.DigestNow) and digest.topic is not None
    assert parse_command("summarize <https://example.org/a>") == grammar.Summarize(
        "https://example.org/a"
    )
    assert parse_command("summarize ~/pages/a.html") == grammar.Summarize(
        "~/pages/a.html", local=True
    )
    assert parse_command("summarize file:///srv/a.html") == grammar.Summarize(
        "/srv/a.html", local=True
    )
    assert parse_command("ask   who   won?") == grammar.Ask("who won?")
    assert parse_command("search wildfire --since 2026-11-01 --page 2") == grammar.Search(
        "wildfire", "2026-11-01", 2
    )
    assert parse_command("search wildfire --since Yesterday") == grammar.Search(
        "wildfire", "yesterday"
    )
    assert parse_command("feeds") == grammar.FeedsList()
    assert parse_command("feeds add https://example.org/rss") == grammar.FeedsAdd(
        "https://example.org/rss"
    )
    assert parse_command("feeds remove #4") == grammar.FeedsRemove(4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08:00", time(8)),
        ("8:05", time(8, 5)),
        ("12am", time(0)),
        ("12pm", time(12)),
        ("11:59pm", time(23, 59)),
        ("0:00", time(0)),
        # as people write them: a 24-hour clock without colon, with a dot or an "h",
        # seconds, dotted a.m., and the two named times
        ("0730", time(7, 30)),
        ("1915", time(19, 15)),
        ("7.30", time(7, 30)),
        ("19h30", time(19, 30)),
        ("19h", time(19)),
        ("07:30:00", time(7, 30)),
        ("7a.m.", time(7)),
        ("noon", time(12)),
        ("Midnight", time(0)),
    ],
)
def test_times(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    "text", ["24:00", "2400", "13pm", "8:60", "lunchtime", "-1:00", "07:30:15", "730", "7.3"]
)
def test_bad_times(text: str) -> None:
    with pytest.raises(UsageError):
        parse_time(text)


def test_timezones_any_case() -> None:
    assert resolve_timezone("utc") == "UTC"
    assert resolve_timezone("asia/kolkata") == "Asia/Kolkata"
    with pytest.raises(UsageError, match="did you mean America/New_York"):
        resolve_timezone("America/NewYork")
    with pytest.raises(UsageError, match="use an IANA name"):
        resolve_timezone("Mars/Olympus_Mons_Base")


# -- issue 13.1: the time and the zone never land in the topic ------------------------


@pytest.mark.parametrize(
    ("text", "at", "zone", "topic"),
    [
        ("subscribe climate at 07:30 EST", time(7, 30), "EST", "climate"),
        ("subscribe climate at 07:30 cet", time(7, 30), "CET", "climate"),
        ("subscribe climate at 07:30 UTC", time(7, 30), "UTC", "climate"),
        ("subscribe climate at 07:30 Etc/GMT-2", time(7, 30), "Etc/GMT-2", "climate"),
        ("subscribe climate at 07:30 Japan", time(7, 30), "Japan", "climate"),
        ("subscribe climate EST", None, "EST", "climate"),
        ("subscribe --quiet climate at 7:30", time(7, 30), None, "climate"),
        ('subscribe "made at home" at 9', time(9), None, '"made at home"'),
        ("subscribe wildfire Portugal", None, None, "wildfire Portugal"),
        ("subscribe climate at 9 pm", time(21), None, "climate"),
    ],
)
def test_subscribe_reads_the_time_and_zone_after_at(
    text: str, at: time | None, zone: str | None, topic: str
) -> None:
    cmd = parse_command(text)
    assert isinstance(cmd, grammar.Subscribe)
    assert (cmd.at, cmd.timezone, cmd.topic.text) == (at, zone, topic)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "subscribe climate at 07:30 Berlin",
            "unknown timezone 'Berlin' — did you mean Europe/Berlin?",
        ),
        ("subscribe climate at 07:30 new york", "did you mean America/New_York?"),
        (
            "subscribe climate at 07:30 Mumbai",
            "unknown timezone 'Mumbai' — did you mean Asia/Kolkata?",
        ),
        ("subscribe climate at 07:30 São Paulo", "did you mean America/Sao_Paulo?"),
        ("subscribe climate at 07:30 UTC+2", "did you mean Etc/GMT-2?"),
        ("subscribe climate UTC+2", "did you mean Etc/GMT-2?"),
        ("subscribe climate at 07:30 PST", "did you mean America/Los_Angeles?"),
        ("subscribe climate at 07:30 Europe/Berlin UTC", "one timezone"),
        ("subscribe climate at 07:30 at 08:00", "`at` twice"),
        ("subscribe climate at lunchtime", "`lunchtime` is not a time"),
        ("subscribe climate at 7 30", "`7 30` is not a time — write it as HH:MM, e.g. `at 7:30`"),
        ("subscribe climate at 9am ET", "unknown timezone 'ET' — did you mean America/New_York?"),
        ("subscribe climate at 9am Pacific Time", "did you mean America/Los_Angeles?"),
        ("subscribe climate at", "a time after `at`"),
        ("subscribe climate --loud", "unknown option `--loud`"),
        ('subscribe "unterminated quote', "unbalanced quote"),
        ("subscribe climate 07:30", "write the time after `at`"),
        ("subscribe climate Europe/Berlin at 07:30", "after the time"),
    ],
)
def test_subscribe_mistakes_get_one_line(text: str, message: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_command(text)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_subscribe_without_quiet_says_nothing_about_quiet() -> None:
    plain = parse_command("subscribe climate")
    quiet = parse_command("subscribe climate --quiet")
    loud = parse_command("subscribe climate --no-quiet")
    assert isinstance(plain, grammar.Subscribe) and plain.quiet is None
    assert isinstance(quiet, grammar.Subscribe) and quiet.quiet is True
    assert isinstance(loud, grammar.Subscribe) and loud.quiet is False


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("digest wildfire --loud", "unknown option `--loud`"),
        ('digest "water', "unbalanced quote"),
        ("search wildfire --loud", "unknown option `--loud`"),
    ],
)
def test_other_topics_refuse_unknown_flags_and_open_quotes(text: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        parse_command(text)


@pytest.mark.parametrize(
    ("text", "topic", "key"),
    [
        ("subscribe climate daily at 8:00", "climate", '"climate"'),
        ("subscribe wildfire every day", "wildfire", '"wildfire"'),
        ("subscribe tides twice a day", "tides twice a day", '"tides" "twice" "a" "day"'),
        ("subscribe daily mail", "daily mail", '"daily" "mail"'),
        ('subscribe climate "daily"', 'climate "daily"', '"climate" "daily"'),
        ("subscribe climate AND drought", "climate AND drought", '"climate" "drought"'),
    ],
)
def test_schedule_words_and_AND_are_not_topic_words(text: str, topic: str, key: str) -> None:
    cmd = parse_command(text)
    assert isinstance(cmd, grammar.Subscribe)
    assert (cmd.topic.text, cmd.topic.key) == (topic, key)


@pytest.mark.parametrize(
    ("text", "ids"),
    [("unsubscribe 3", (3,)), ("unsubscribe #1, #2", (1, 2)), ("unsubscribe 4 4 2", (4, 2))],
)
def test_unsubscribe_takes_several_ids(text: str, ids: tuple[int, ...]) -> None:
    assert parse_command(text) == grammar.Unsubscribe(text.split(" ", 1)[1], ids)


@pytest.mark.parametrize(
    ("text", "target", "ids"),
    [
        ("unsubscribe everything", "all", ()),
        ("unsubscribe *", "all", ()),
        ("unsubscribe ALL", "all", ()),
        ("unsubscribe 3-5", "3-5", (3, 4, 5)),
        ("unsubscribe #3 – #5", "#3 – #5", (3, 4, 5)),
        ("unsubscribe made at home", "made at home", ()),
    ],
)
def test_unsubscribe_all_ranges_and_topics(text: str, target: str, ids: tuple[int, ...]) -> None:
    cmd = parse_command(text)
    assert isinstance(cmd, grammar.Unsubscribe)
    assert (cmd.target, cmd.sub_ids) == (target, ids)
