"""Interactions in: recorded INTERACTION_CREATE JSON and typed options → the /news grammar."""

from __future__ import annotations

import json
from datetime import time
from pathlib import Path
from typing import Any

import pytest

from adapters.discord.commands import (
    OptionError,
    can_manage,
    command_line,
    discord_names,
    feed_choices,
    for_discord,
    is_public,
    posts_here,
    request_from_payload,
    subscription_choices,
    timezone_choices,
    zone_word,
)
from bot.commands import grammar
from bot.models import Destination, Reply, ReplyItem

PAYLOADS = Path(__file__).parent / "payloads"
GUILD, CHANNEL, USER = "1200000000000000100", "1200000000000000200", "1200000000000000300"


def recorded(name: str) -> dict[str, Any]:
    return json.loads((PAYLOADS / name).read_text(encoding="utf-8"))


def data(root: str, *path: str, **options: Any) -> dict[str, Any]:
    """Application command data as Discord sends it for `/root path… option:value…`."""
    kinds = {bool: 5, int: 4, str: 3}
    nested: list[dict[str, Any]] = [
        {"name": k, "type": kinds[type(v)], "value": v} for k, v in options.items()
    ]
    for i, name in enumerate(reversed(path)):
        nested = [{"name": name, "type": 1 if i == 0 else 2, "options": nested}]
    return {"id": "1", "name": root, "type": 1, "options": nested}


def test_recorded_digest_interaction_becomes_a_request() -> None:
    request = request_from_payload(recorded("interaction_digest.json"))
    assert request.text == "digest climate OR drought"
    assert request.destination == Destination("discord", GUILD, CHANNEL)
    assert request.user_id == USER
    assert request.can_manage is False
    assert request.default_timezone is None


def test_recorded_subscribe_by_a_manager_parses_with_every_option() -> None:
    request = request_from_payload(recorded("interaction_subscribe.json"))
    assert request.text == "subscribe syria OR palmyra at 7:30am Europe/Berlin --quiet"
    assert request.can_manage is True
    command = grammar.parse_command(request.text)
    assert isinstance(command, grammar.Subscribe)
    assert command.topic.text == "syria OR palmyra"
    assert (command.at, command.timezone, command.quiet) == (time(7, 30), "Europe/Berlin", True)


def test_recorded_nested_feeds_remove_by_an_administrator() -> None:
    request = request_from_payload(recorded("interaction_feeds_remove.json"))
    assert request.text == "feeds remove 7"
    assert request.can_manage is True  # Administrator implies Manage Channels
    assert grammar.parse_command(request.text) == grammar.FeedsRemove(7)


def test_a_payload_from_outside_a_server_is_refused() -> None:
    payload = recorded("interaction_digest.json")
    del payload["guild_id"]
    with pytest.raises(OptionError, match="servers only"):
        request_from_payload(payload)


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (data("news", "help"), "help"),
        (data("news", "help", command="subscribe"), "help subscribe"),
        (data("news", "digest"), "digest"),
        (data("news", "digest", topic=" climate\nOR drought "), "digest climate OR drought"),
        (data("news", "summarize", url="https://a.example/x"), "summarize https://a.example/x"),
        (data("news", "ask", question="who leads?"), "ask who leads?"),
        (data("news", "search", query="fire"), "search fire"),
        (
            data("news", "search", query="fire", since="2026-11-01", page=2),
            "search fire --since 2026-11-01 --page 2",
        ),
        (data("news", "subscriptions"), "subscriptions"),
        (data("news", "feeds"), "feeds list"),
        (data("news-admin", "subscribe", topic="climate"), "subscribe climate"),
        (
            data("news-admin", "subscribe", topic="climate", time="8 pm", timezone="berlin"),
            "subscribe climate at 8 pm Europe/Berlin",
        ),
        (
            data("news-admin", "subscribe", topic="climate", quiet=False),
            "subscribe climate --no-quiet",
        ),
        (data("news-admin", "unsubscribe", target="3"), "unsubscribe 3"),
        (
            data("news-admin", "feeds", "add", url="https://f.example/rss"),
            "feeds add https://f.example/rss",
        ),
        (data("news-admin", "feeds", "remove", id=4), "feeds remove 4"),
    ],
)
def test_typed_options_become_grammar_lines_the_core_parses(
    command: dict[str, Any], expected: str
) -> None:
    line = command_line(command)
    assert line == expected
    grammar.parse_command(line)  # the core accepts every line the adapter builds


def test_an_unknown_command_is_a_one_line_error() -> None:
    with pytest.raises(OptionError, match="/news help"):
        command_line(data("weather", "today"))


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlim", "europe/berlim"),  # goes through; the grammar suggests Europe/Berlin
        ("UTC", "UTC"),
        ("Berlin", "Europe/Berlin"),
        ("new york", "America/New_York"),
    ],
)
def test_timezone_option_is_one_grammar_word(typed: str, word: str) -> None:
    assert zone_word(typed) == word


def test_a_bare_unknown_city_is_refused_rather_than_read_as_topic() -> None:
    with pytest.raises(OptionError, match="unknown timezone 'Atlantis'"):
        command_line(data("news-admin", "subscribe", topic="climate", timezone="Atlantis"))


def test_a_misspelt_zone_gets_the_core_suggestion() -> None:
    line = command_line(data("news-admin", "subscribe", topic="climate", timezone="Europe/Berlim"))
    with pytest.raises(grammar.UsageError, match="did you mean Europe/Berlin"):
        grammar.parse_command(line)


@pytest.mark.parametrize(
    ("permissions", "expected"),
    [(0, False), (1 << 10, False), (1 << 4, True), (1 << 3, True), ((1 << 4) | (1 << 11), True)],
)
def test_manage_channels_or_administrator_may_manage(permissions: int, expected: bool) -> None:
    assert can_manage(permissions) is expected


def test_only_digest_and_ask_defer_publicly() -> None:
    assert is_public(data("news", "digest"))
    assert is_public(data("news", "ask", question="q"))
    for private in (
        data("news", "help"),
        data("news", "search", query="q"),
        data("news", "subscriptions"),
        data("news", "feeds"),
        data("news-admin", "subscribe", topic="t"),
    ):
        assert not is_public(private)
    assert posts_here(data("news-admin", "subscribe", topic="t"))
    assert not posts_here(data("news", "digest"))


def test_timezone_autocomplete_puts_prefix_matches_first_and_caps_at_25() -> None:
    choices = timezone_choices("berl")
    assert choices[0].value == "Europe/Berlin"
    assert len(timezone_choices("a")) == 25
    assert all("america" in c.value.lower() for c in timezone_choices("america"))
    popular = timezone_choices("")
    assert popular[0].value == "UTC" and len(popular) <= 25
    assert timezone_choices("zzzz-nothing") == []


def test_subscription_autocomplete_reads_the_core_reply() -> None:
    reply = Reply(
        text="This channel has 2 subscription(s).",
        items=(
            ReplyItem(title="#3 climate OR drought", text="daily at 08:00 UTC"),
            ReplyItem(title="#12 " + "very long topic " * 10, text="daily at 09:00 UTC"),
        ),
    )
    choices = subscription_choices(reply, "")
    assert [c.value for c in choices] == ["3", "12", "all"]
    assert all(len(c.name) <= 100 for c in choices)
    assert [c.value for c in subscription_choices(reply, "drou")] == ["3"]
    assert [c.value for c in subscription_choices(reply, "#12")] == ["12"]
    assert subscription_choices(Reply(text="no", error=True), "") == []
    assert subscription_choices(Reply(text="This channel has no subscriptions."), "") == []


def test_feed_autocomplete_reads_the_core_reply() -> None:
    reply = Reply(
        text="2 feed(s).",
        items=(ReplyItem(title="#1 Meridian Wire"), ReplyItem(title="#2 Harbor Gazette")),
    )
    assert [(c.name, c.value) for c in feed_choices(reply, "harb")] == [("#2 Harbor Gazette", 2)]


def test_core_usage_text_uses_discord_command_names() -> None:
    assert discord_names("Usage: /news subscribe <topic>") == "Usage: /news-admin subscribe <topic>"
    assert discord_names("`/news subscriptions` lists them") == "`/news subscriptions` lists them"
    assert (
        discord_names("/news feeds add <url> | /news feeds list | /news feeds remove <id>")
        == "/news-admin feeds add <url> | /news feeds | /news-admin feeds remove <id>"
    )
    reply = for_discord(
        Reply(
            text="help",
            items=(ReplyItem(title="/news unsubscribe <id|topic|all>", text="stop"),),
            footer="Example: /news subscribe climate",
        )
    )
    assert reply.items[0].title == "/news-admin unsubscribe <id|topic|all>"
    assert reply.footer == "Example: /news-admin subscribe climate"
