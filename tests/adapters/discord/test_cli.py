"""`newsbot discord-invite`: the invite link, from --client-id or from Discord with the token."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from bot.cli import build_parser, main
from bot.settings import load_settings
from tests.adapters.discord.support import discord_settings
from tests.fakes.discord import APP_ID, FakeDiscord


def query(url: str) -> dict[str, list[str]]:
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "discord.com", "/oauth2/authorize")
    return parse_qs(parts.query)


def test_invite_with_client_id_needs_no_token_or_network(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["discord-invite", "--client-id", "123456789"]) == 0
    out = capsys.readouterr().out.strip()
    assert query(out) == {
        "client_id": ["123456789"],
        "scope": ["bot applications.commands"],
        "permissions": [str((1 << 10) | (1 << 11) | (1 << 14))],  # View, Send, Embed Links
    }


async def test_invite_asks_discord_for_the_application_id(
    tmp_path: Path, fake: FakeDiscord, capsys: pytest.CaptureFixture[str]
) -> None:
    args = build_parser().parse_args(["discord-invite"])
    assert await args.handler(args, discord_settings(tmp_path, fake)) == 0
    captured = capsys.readouterr()
    assert query(captured.out.strip())["client_id"] == [str(APP_ID)]
    assert fake.token not in captured.out + captured.err
    (request,) = fake.requests
    assert (request.method, request.path) == ("GET", "/oauth2/applications/@me")


async def test_invite_with_a_wrong_token_says_so(
    tmp_path: Path, fake: FakeDiscord, capsys: pytest.CaptureFixture[str]
) -> None:
    args = build_parser().parse_args(["discord-invite"])
    settings = discord_settings(tmp_path, fake, token="wrong")
    assert await args.handler(args, settings) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Discord rejected DISCORD_TOKEN (401)" in captured.err


async def test_invite_without_id_or_token_explains_both_ways(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = build_parser().parse_args(["discord-invite"])
    settings = load_settings(database=tmp_path / "x.db", environ={})
    assert await args.handler(args, settings) == 2
    err = capsys.readouterr().err
    assert "--client-id" in err and "DISCORD_TOKEN" in err


async def test_a_client_id_that_is_not_a_number_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = build_parser().parse_args(["discord-invite", "--client-id", "newsbot"])
    assert await args.handler(args, load_settings(database=tmp_path / "x.db", environ={})) == 2
    assert "is not an application id" in capsys.readouterr().err
