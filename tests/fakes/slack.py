"""A fake Slack on 127.0.0.1 that records everything it is asked to do.

Three parts, on one aiohttp server:

- the Web API under `/api/<method>`: auth.test, chat.postMessage, users.info,
  apps.connections.open (anything else answers `unknown_method`); every call is
  kept in `calls`;
- response_url hooks under `/hooks/<id>`: every POST is kept in `hooks`;
- a Socket Mode websocket under `/link/`: it sends `hello`, then whatever
  envelopes a test sends (`send_command`, `disconnect`), and keeps every ack in
  `acks`.

Failures are scripted per method with `fail(...)`: an error answer such as
`not_in_channel`, or `ratelimited` with HTTP 429 and Retry-After.

Standalone, for trying `newsbot run` by hand::

    python -m tests.fakes.slack --port 8765

prints the api_url to configure, then sends every line typed on stdin as a
`/news` command and prints what the bot answers.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import WSMsgType, web

TEAM_ID = "T0NEWS"
CHANNEL_ID = "C0NEWS"
USER_ID = "U0READER"
BOT_USER_ID = "U0BOT"
APP_ID = "A0NEWS"


@dataclass(frozen=True)
class ApiCall:
    """One Web API call: the method, its merged query/form/JSON arguments, the token."""

    method: str
    args: dict[str, Any]
    token: str | None
    at: float


@dataclass(frozen=True)
class Ack:
    """A Socket Mode acknowledgement, with the seconds since its envelope was sent."""

    envelope_id: str
    payload: dict[str, Any] | None
    seconds: float


@dataclass(frozen=True)
class Hook:
    """A POST to a response_url."""

    hook_id: str
    body: dict[str, Any]
    at: float


@dataclass
class Failure:
    """A scripted answer for the next `times` calls of a method."""

    error: str
    status: int = 200
    retry_after: int | None = None
    times: int = 1
    after: int = 0


@dataclass
class FakeSlack:
    """The fake server. Use `async with FakeSlack() as slack:`."""

    host: str = "127.0.0.1"
    port: int = 0
    team_id: str = TEAM_ID
    calls: list[ApiCall] = field(default_factory=list)
    acks: dict[str, Ack] = field(default_factory=dict)
    hooks: list[Hook] = field(default_factory=list)
    connections: int = 0
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: dict[str, list[Failure]] = field(default_factory=dict)
    on_event: Callable[[str, Any], None] | None = None
    post_rate: float | None = None  # chat.postMessage per second before 429s, as Slack's limit
    rate_limited: int = 0
    refused: list[ApiCall] = field(default_factory=list)  # the posts answered with 429

    def __post_init__(self) -> None:
        self._runner: web.AppRunner | None = None
        self._sockets: list[web.WebSocketResponse] = []
        self._sent: dict[str, float] = {}
        self._changed = asyncio.Condition()
        self._ids = itertools.count(1)
        self._ts = itertools.count(1)
        self._bucket = (self.post_rate or 0.0, time.monotonic())  # tokens, when
        self.add_user(USER_ID)

    # -- lifecycle -------------------------------------------------------------

    async def __aenter__(self) -> FakeSlack:
        await self.start()
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/hooks/{hook}", self._hook)
        app.router.add_get("/link/", self._websocket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.port).start()
        self.port = int(self._runner.addresses[0][1])

    async def close(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_url(self) -> str:
        """The value for `[slack] api_url` (with the trailing slash slack_sdk needs)."""
        return f"{self.url}/api/"

    # -- scripting -------------------------------------------------------------

    def add_user(
        self, user_id: str, *, admin: bool = False, owner: bool = False, tz: str = "UTC"
    ) -> None:
        """A workspace member users.info knows."""
        self.users[user_id] = {
            "id": user_id,
            "team_id": self.team_id,
            "name": user_id.lower(),
            "is_admin": admin,
            "is_owner": owner,
            "is_primary_owner": False,
            "is_bot": False,
            "tz": tz,
        }

    def fail(
        self,
        method: str,
        error: str,
        *,
        status: int = 200,
        retry_after: int | None = None,
        times: int = 1,
        after: int = 0,
    ) -> None:
        """Answer `times` calls of `method` with an error, after letting `after` calls pass.

        `ratelimited` answers with HTTP 429 unless another status is given.
        """
        if error == "ratelimited" and status == 200:
            status = 429
        self.failures.setdefault(method, []).append(
            Failure(error, status, retry_after, times, after)
        )

    def calls_to(self, method: str) -> list[ApiCall]:
        return [c for c in self.calls if c.method == method]

    def hooks_for(self, envelope_id: str) -> list[Hook]:
        return [h for h in self.hooks if h.hook_id == envelope_id]

    # -- socket mode -------------------------------------------------------------

    def slash_payload(
        self,
        text: str,
        *,
        user_id: str = USER_ID,
        channel_id: str = CHANNEL_ID,
        command: str = "/news",
        hook_id: str | None = None,
    ) -> dict[str, Any]:
        """A slash-command payload as Slack sends it, with a response_url on this fake."""
        hook_id = hook_id or f"h{next(self._ids)}"
        return {
            "token": "fake-verification-token",
            "team_id": self.team_id,
            "team_domain": "newsroom",
            "channel_id": channel_id,
            "channel_name": "news",
            "user_id": user_id,
            "user_name": user_id.lower(),
            "command": command,
            "text": text,
            "api_app_id": APP_ID,
            "is_enterprise_install": "false",
            "response_url": f"{self.url}/hooks/{hook_id}",
            "trigger_id": f"{hook_id}.trigger",
        }

    async def send_command(self, text: str, **options: Any) -> str:
        """Send a slash-command envelope; returns its envelope id (also its hook id)."""
        envelope_id = f"e{next(self._ids)}"
        payload = self.slash_payload(text, hook_id=envelope_id, **options)
        await self.send_envelope("slash_commands", payload, envelope_id=envelope_id)
        return envelope_id

    async def send_envelope(
        self, kind: str, payload: dict[str, Any], *, envelope_id: str | None = None
    ) -> str:
        envelope_id = envelope_id or f"e{next(self._ids)}"
        envelope = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": True,
        }
        ws = await self.socket()
        self._sent[envelope_id] = time.perf_counter()
        await ws.send_str(json.dumps(envelope))
        return envelope_id

    async def disconnect(self, reason: str = "refresh_requested") -> None:
        """Ask the app to reconnect, as Slack does every few hours."""
        ws = await self.socket()
        await ws.send_str(json.dumps({"type": "disconnect", "reason": reason}))

    async def socket(self, within: float = 10.0) -> web.WebSocketResponse:
        """The newest open websocket, waiting up to `within` seconds for the app to connect."""
        await self.wait(lambda: any(not ws.closed for ws in self._sockets), within)
        return [ws for ws in self._sockets if not ws.closed][-1]

    # -- waiting -----------------------------------------------------------------

    async def wait(self, ready: Callable[[], bool], within: float = 10.0) -> None:
        """Wait until `ready()` holds; TimeoutError otherwise."""
        async with asyncio.timeout(within), self._changed:
            await self._changed.wait_for(ready)

    async def wait_ack(self, envelope_id: str, within: float = 10.0) -> Ack:
        await self.wait(lambda: envelope_id in self.acks, within)
        return self.acks[envelope_id]

    async def wait_hooks(
        self, envelope_id: str, count: int = 1, within: float = 10.0
    ) -> list[Hook]:
        await self.wait(lambda: len(self.hooks_for(envelope_id)) >= count, within)
        return self.hooks_for(envelope_id)

    async def wait_calls(self, method: str, count: int = 1, within: float = 10.0) -> list[ApiCall]:
        await self.wait(lambda: len(self.calls_to(method)) >= count, within)
        return self.calls_to(method)

    async def _notify(self, kind: str, item: Any) -> None:
        if self.on_event is not None:
            self.on_event(kind, item)
        async with self._changed:
            self._changed.notify_all()

    # -- handlers --------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            raw = await request.text()
            if request.content_type == "application/json":
                args.update(json.loads(raw or "{}"))
            else:
                args.update(parse_qsl(raw))
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else args.get("token")
        call = ApiCall(method, args, token, time.monotonic())
        self.calls.append(call)
        await self._notify("api", call)
        if method == "chat.postMessage" and not self._take_token():
            self.rate_limited += 1
            self.refused.append(call)
            return web.json_response(
                {"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": "1"}
            )
        scripted = self.failures.get(method)
        if scripted and scripted[0].after > 0:
            scripted[0].after -= 1
        elif scripted:
            failure = scripted[0]
            failure.times -= 1
            if failure.times <= 0:
                scripted.pop(0)
            headers = {}
            if failure.retry_after is not None:
                headers["Retry-After"] = str(failure.retry_after)
            return web.json_response(
                {"ok": False, "error": failure.error}, status=failure.status, headers=headers
            )
        return web.json_response(self._answer(method, args, token))

    def _take_token(self) -> bool:
        """A token bucket of `post_rate` a second (as many at once): False when empty."""
        if self.post_rate is None:
            return True
        tokens, when = self._bucket
        now = time.monotonic()
        tokens = min(self.post_rate, tokens + (now - when) * self.post_rate)
        if tokens < 1:
            self._bucket = (tokens, now)
            return False
        self._bucket = (tokens - 1, now)
        return True

    def _answer(self, method: str, args: dict[str, Any], token: str | None) -> dict[str, Any]:
        if not token:
            return {"ok": False, "error": "not_authed"}
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://newsroom.example.slack.com/",
                "team": "Newsroom",
                "user": "newsbot",
                "team_id": self.team_id,
                "user_id": BOT_USER_ID,
                "bot_id": "B0NEWS",
                "is_enterprise_install": False,
            }
        if method == "apps.connections.open":
            if not token.startswith("xapp-"):
                return {"ok": False, "error": "invalid_auth"}
            return {
                "ok": True,
                "url": f"ws://{self.host}:{self.port}/link/?ticket={next(self._ids)}",
            }
        if method == "users.info":
            user = self.users.get(str(args.get("user")))
            return {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}
        if method == "chat.postMessage":
            ts = f"1764150000.{next(self._ts):06d}"
            message = {
                "type": "message",
                "ts": ts,
                "text": args.get("text"),
                "blocks": args.get("blocks"),
            }
            return {"ok": True, "channel": args.get("channel"), "ts": ts, "message": message}
        return {"ok": False, "error": "unknown_method"}

    async def _hook(self, request: web.Request) -> web.Response:
        body = await request.json()
        hook = Hook(request.match_info["hook"], body, time.monotonic())
        self.hooks.append(hook)
        await self._notify("hook", hook)
        return web.Response(text="ok")

    async def _websocket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self.connections += 1
        self._sockets.append(ws)
        await ws.send_str(
            json.dumps(
                {
                    "type": "hello",
                    "num_connections": 1,
                    "debug_info": {"host": "fake-slack", "approximate_connection_time": 18060},
                    "connection_info": {"app_id": APP_ID},
                }
            )
        )
        await self._notify("connected", self.connections)
        try:
            async for message in ws:
                if message.type != WSMsgType.TEXT:
                    continue
                data = json.loads(message.data)
                envelope_id = str(data.get("envelope_id"))
                sent = self._sent.get(envelope_id, time.perf_counter())
                ack = Ack(envelope_id, data.get("payload"), time.perf_counter() - sent)
                self.acks[envelope_id] = ack
                await self._notify("ack", ack)
        finally:
            self._sockets.remove(ws)
            await self._notify("closed", None)
        return ws


# -- standalone --------------------------------------------------------------


def _show(kind: str, item: Any) -> None:
    """Print what the bot did, readably, on stdout."""
    if kind == "api" and item.method == "chat.postMessage":
        print(f"\n[chat.postMessage to {item.args.get('channel')}]")
        print(_blocks_text(item.args.get("blocks"), item.args.get("text")))
    elif kind == "api":
        print(f"[api] {item.method}", file=sys.stderr)
    elif kind == "hook":
        print(f"\n[reply, {item.body.get('response_type', 'ephemeral')}]")
        print(_blocks_text(item.body.get("blocks"), item.body.get("text")))
    elif kind == "ack":
        print(f"[acked {item.envelope_id} in {item.seconds * 1000:.0f} ms]", file=sys.stderr)
    elif kind == "connected":
        print("[the app connected over Socket Mode; type a command]", file=sys.stderr)
    sys.stdout.flush()


def _blocks_text(blocks: Any, fallback: Any) -> str:
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    if not blocks:
        return str(fallback or "")
    lines = []
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            lines.append(f"== {block['text']['text']} ==")
        elif kind == "section":
            lines.append(block["text"]["text"])
        elif kind == "context":
            lines.append("  " + " ".join(e.get("text", "") for e in block["elements"]))
        elif kind == "divider":
            lines.append("  ---")
    text = "\n".join(lines)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


async def _serve(port: int, user: str, admin: bool, tz: str, send: list[str]) -> None:
    slack = FakeSlack(port=port, on_event=_show)
    slack.add_user(user, admin=admin, tz=tz)
    async with slack:
        print(
            f'Fake Slack on {slack.url}\n  [slack] api_url = "{slack.api_url}"\n'
            "  any tokens work, e.g. SLACK_BOT_TOKEN=xoxb-fake SLACK_APP_TOKEN=xapp-fake\n"
            f"Lines typed here are sent as /news commands from {user}"
            f"{' (workspace admin)' if admin else ''} in channel {CHANNEL_ID}.",
            flush=True,
        )
        if send:
            await slack.socket(within=24 * 3600)
        for line in send:
            await slack.send_command(line.removeprefix("/news").strip(), user_id=user)
        loop = asyncio.get_running_loop()
        while True:
            line = await loop.run_in_executor(None, sys.stdin.readline)
            if not line:
                if send:  # keep serving when commands came from --send
                    await asyncio.Event().wait()
                return
            if not line.strip():
                continue
            try:
                await slack.send_command(line.strip().removeprefix("/news").strip(), user_id=user)
            except TimeoutError:
                print("[no app is connected yet]", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.fakes.slack", description="A fake Slack for trying newsbot."
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--user", default=USER_ID, help="the Slack user id commands come from")
    parser.add_argument(
        "--member",
        action="store_true",
        help="the user is a regular member (default: workspace admin)",
    )
    parser.add_argument("--tz", default="Europe/Berlin", help="the user's time zone")
    parser.add_argument(
        "--send",
        action="append",
        default=[],
        help="a /news command to send once the app connects (repeatable)",
    )
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.port, args.user, not args.member, args.tz, args.send))
    return 0


if __name__ == "__main__":
    sys.exit(main())
