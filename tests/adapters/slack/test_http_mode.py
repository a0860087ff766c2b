"""HTTP mode: /slack/events behind Slack's request signature, over a real socket."""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
import pytest

from adapters.slack.app import SlackAdapter
from tests.adapters.slack.blockkit import check_message
from tests.adapters.slack.support import BOT_TOKEN, SIGNING_SECRET, Commands, slack_settings
from tests.fakes.slack import FakeSlack


def sign(body: str, timestamp: int, secret: str = SIGNING_SECRET) -> str:
    """Slack's X-Slack-Signature: v0= HMAC-SHA256 of `v0:{timestamp}:{body}`."""
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


@pytest.fixture
async def http_adapter(
    tmp_path: Path, fake: FakeSlack, commands: Commands
) -> AsyncIterator[SlackAdapter]:
    settings = slack_settings(
        tmp_path,
        fake,
        secrets={"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET},
        mode="http",
        http_host="127.0.0.1",
        http_port=0,
    )
    adapter = SlackAdapter(settings.slack)
    await adapter.start(commands)
    try:
        yield adapter
    finally:
        await adapter.stop()


async def post(
    adapter: SlackAdapter, body: str, *, timestamp: int, signature: str
) -> aiohttp.ClientResponse:
    assert adapter.http_address is not None
    host, port = adapter.http_address
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": str(timestamp),
        "X-Slack-Signature": signature,
    }
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"http://{host}:{port}/slack/events", data=body, headers=headers) as resp,
    ):
        await resp.read()
        return resp


async def test_a_correctly_signed_command_returns_200_and_is_answered(
    http_adapter: SlackAdapter, fake: FakeSlack, commands: Commands
) -> None:
    body = urlencode(fake.slash_payload("help", hook_id="signed"))
    now = int(time.time())

    response = await post(http_adapter, body, timestamp=now, signature=sign(body, now))

    assert response.status == 200
    [hook] = await fake.wait_hooks("signed")
    check_message(hook.body)
    assert [r.text for r in commands.requests] == ["help"]


@pytest.mark.parametrize("case", ["bad signature", "old timestamp", "tampered body"])
async def test_unsigned_old_or_tampered_requests_get_401_and_never_run(
    http_adapter: SlackAdapter, fake: FakeSlack, commands: Commands, case: str
) -> None:
    body = urlencode(fake.slash_payload("subscribe x", hook_id="forged"))
    now = int(time.time())
    if case == "bad signature":
        response = await post(
            http_adapter, body, timestamp=now, signature=sign(body, now, "another-secret")
        )
    elif case == "old timestamp":
        old = now - 5 * 60 - 5
        response = await post(http_adapter, body, timestamp=old, signature=sign(body, old))
    else:
        tampered = body.replace("subscribe+x", "unsubscribe+all")
        response = await post(http_adapter, tampered, timestamp=now, signature=sign(body, now))

    assert response.status == 401
    # A good request afterwards is answered, and it is the only one the core saw.
    good = urlencode(fake.slash_payload("help", hook_id="after"))
    ok = await post(http_adapter, good, timestamp=now, signature=sign(good, now))
    assert ok.status == 200
    await fake.wait_hooks("after")
    assert [r.text for r in commands.requests] == ["help"]
    assert fake.hooks_for("forged") == []


async def post_raw(
    adapter: SlackAdapter, body: bytes, headers: dict[str, str]
) -> aiohttp.ClientResponse:
    assert adapter.http_address is not None
    host, port = adapter.http_address
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"http://{host}:{port}/slack/events", data=body, headers=headers) as resp,
    ):
        await resp.read()
        return resp


FORM = "application/x-www-form-urlencoded"
HOSTILE: dict[str, tuple[bytes, dict[str, str]]] = {
    "timestamp abc": (b"command=%2Fnews&text=help", {"X-Slack-Request-Timestamp": "abc"}),
    "timestamp 1e3": (b"command=%2Fnews&text=help", {"X-Slack-Request-Timestamp": "1e3"}),
    "timestamp huge": (b"text=help", {"X-Slack-Request-Timestamp": "9" * 40}),
    "timestamp negative": (b"text=help", {"X-Slack-Request-Timestamp": "-5"}),
    "no timestamp": (b"text=help", {}),
    "no signature": (b"text=help", {"X-Slack-Signature": ""}),
    "signature not hex": (b"text=help", {"X-Slack-Signature": "v0=zz"}),
    "invalid UTF-8": (b"\xff\xfe\xfd text=\xc3\x28", {}),
    "payload not JSON": (b"payload=%7Bnot+json", {}),
    "JSON garbage": (b'{"type": [}', {"Content-Type": "application/json"}),
    "JSON list": (b"[1, 2, 3]", {"Content-Type": "application/json"}),
    "empty": (b"", {}),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
async def test_hostile_requests_get_400_or_401_and_at_most_one_log_line(
    http_adapter: SlackAdapter,
    commands: Commands,
    caplog: pytest.LogCaptureFixture,
    case: str,
) -> None:
    body, extra = HOSTILE[case]
    headers = {
        "Content-Type": FORM,
        "X-Slack-Request-Timestamp": str(int(time.time())),
        "X-Slack-Signature": "v0=" + "0" * 64,
        **extra,
    }
    caplog.clear()
    response = await post_raw(http_adapter, body, headers)
    assert response.status in {400, 401}, case
    records = [r for r in caplog.records if r.levelno >= logging.INFO]
    assert len(records) <= 1, [r.getMessage() for r in records]
    assert all(r.exc_info is None and "Traceback" not in r.getMessage() for r in records)
    assert commands.requests == []


@pytest.mark.parametrize("case", ["payload not JSON", "JSON garbage", "JSON list", "empty"])
async def test_signed_garbage_is_a_400_without_a_traceback(
    http_adapter: SlackAdapter, caplog: pytest.LogCaptureFixture, case: str
) -> None:
    """Only Slack can sign, but a body bolt cannot use still gets one line, not a 500."""
    body, extra = HOSTILE[case]
    now = int(time.time())
    headers = {
        "Content-Type": FORM,
        "X-Slack-Request-Timestamp": str(now),
        "X-Slack-Signature": sign(body.decode(), now),
        **extra,
    }
    caplog.clear()
    response = await post_raw(http_adapter, body, headers)
    assert response.status in {200, 400, 404}, case
    assert not any(r.exc_info for r in caplog.records)
    assert len([r for r in caplog.records if r.levelno >= logging.WARNING]) <= 1
