"""Slack payloads in: recorded slash-command JSON and form bodies → CommandRequest."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qsl

import pytest

from adapters.slack.translate import needs_manager, plain_text, to_command
from bot.models import Destination

PAYLOADS = Path(__file__).parent / "payloads"


def test_a_socket_mode_envelope_becomes_a_command() -> None:
    envelope = json.loads((PAYLOADS / "slash_command_envelope.json").read_text())

    request = to_command(envelope["payload"])

    assert request.text == "summarize https://example.org/world/2026/palmyra?utm_source=x&id=7"
    assert request.destination == Destination("slack", "T024BE7LD", "C0584K8MS1F")
    assert request.user_id == "U2147483697"
    assert request.can_manage is False
    assert request.default_timezone is None


def test_an_http_form_body_becomes_a_command_with_the_verdict() -> None:
    form = dict(parse_qsl((PAYLOADS / "slash_command_form.txt").read_text()))

    request = to_command(form, can_manage=True, default_timezone="America/Sao_Paulo")

    assert request.text == "subscribe syria OR palmyra & <homeland> at 08:00 Europe/Berlin"
    assert request.destination == Destination("slack", "T024BE7LD", "C0584K8MS1F")
    assert request.can_manage is True
    assert request.default_timezone == "America/Sao_Paulo"


@pytest.mark.parametrize(
    ("slack", "typed"),
    [
        ("search <#C0584K8MS1F|world-news> floods", "search #world-news floods"),
        ("ask what did <@U2147483697|ana> say?", "ask what did @ana say?"),
        ("ask <@U2147483697>", "ask @U2147483697"),
        ("ask <!here> &lt;b&gt; &amp;amp;", "ask @here <b> &amp;"),
        ("summarize <https://example.org/a>", "summarize https://example.org/a"),
        ("ask <mailto:desk@example.org|desk@example.org>", "ask desk@example.org"),
        ("  help  ", "help"),
    ],
)
def test_slack_tokens_and_escapes_become_plain_text(slack: str, typed: str) -> None:
    assert plain_text(slack) == typed


@pytest.mark.parametrize(
    ("text", "managing"),
    [
        ("subscribe climate at 08:00", True),
        ("SUBSCRIBE climate", True),
        ("unsubscribe all", True),
        ("feeds add https://example.org/rss", True),
        ("feeds remove 3", True),
        ("feeds", False),
        ("feeds list", False),
        ("subscriptions", False),
        ("digest climate", False),
        ("help subscribe", False),
        ("", False),
        ("search subscribe", False),
    ],
)
def test_only_managing_commands_ask_who_the_user_is(text: str, managing: bool) -> None:
    assert needs_manager(text) is managing
