"""A fake Discord on 127.0.0.1: REST API + gateway websocket, recording everything.

The real discord.py talks to it over sockets once `[discord] api_base` and
`gateway_url` point here. It serves what a bot needs and Discord's behaviour that
matters to us:

- REST: `/users/@me`, `/oauth2/applications/@me`, `/gateway/bot`, command sync
  (`PUT /applications/{app}/commands` and `.../guilds/{guild}/commands`), the
  interaction callback (answered only within 3 s, once), followup webhooks,
  `@original` edit/delete, `GET /channels/{id}` and `POST /channels/{id}/messages`
  (embeds validated against Discord's limits, `nonce` + `enforce_nonce` honoured).
  JSON replies carry `Content-Type: application/json` exactly, as discord.py requires.
- Gateway: HELLO, heartbeat ACK, IDENTIFY → READY (with a loopback
  `resume_gateway_url`) + GUILD_CREATE, RESUME → replay + RESUMED (or INVALID_SESSION
  when scripted), sharding, and dispatch of INTERACTION_CREATE.
- Scriptable failures: 429 with `Via` and JSON `retry_after`, Missing Access (50001),
  Missing Permissions (50013), Unknown Channel (10003), gateway close.

Run it by hand (see docs/discord.md):

    python -m tests.fakes.discord --port 8766

prints the settings to use and sends each `/news …` line typed on stdin as an
interaction, printing what the bot answers.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import re
import secrets
import shlex
import sys
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from aiohttp import WSMsgType, web

TOKEN = "fake-discord-token.not-a-secret"
APP_ID = 1200000000000000001
GUILD_ID = 1200000000000000100
CHANNEL_ID = 1200000000000000200
USER_ID = 1200000000000000300
DISCORD_EPOCH_MS = 1420070400000
ACK_DEADLINE = 3.0

# Permission bits (https://discord.com/developers/docs/topics/permissions).
MANAGE_CHANNELS = 1 << 4
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
READ_MESSAGE_HISTORY = 1 << 16
USE_APPLICATION_COMMANDS = 1 << 31
MEMBER_PERMISSIONS = (
    VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS
)
BOT_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS

OPTION_TYPES = {"subcommand": 1, "group": 2, "string": 3, "integer": 4, "boolean": 5}

CHANNEL_ERRORS: dict[str, tuple[int, int, str]] = {
    "missing_access": (403, 50001, "Missing Access"),
    "missing_permissions": (403, 50013, "Missing Permissions"),
    "unknown_channel": (404, 10003, "Unknown Channel"),
}


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON reply whose Content-Type is exactly application/json (discord.py checks it)."""
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def _error(status: int, code: int, message: str, **extra: Any) -> web.Response:
    return _json({"message": message, "code": code, **extra}, status)


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


def _units(text: str) -> int:
    """Length in UTF-16 code units, the stricter way to count Discord's characters."""
    return len(text.encode("utf-16-le")) // 2


def embed_problems(payload: dict[str, Any]) -> list[str]:
    """Every way a message payload breaks Discord's content and embed limits."""
    problems: list[str] = []
    content = payload.get("content") or ""
    if _units(content) > 2000:
        problems.append(f"content is {_units(content)} > 2000 characters")
    embeds = payload.get("embeds") or []
    if len(embeds) > 10:
        problems.append(f"{len(embeds)} embeds > 10")
    if not content and not embeds:
        problems.append("message has neither content nor embeds")
    total = 0
    for i, embed in enumerate(embeds):
        where = f"embed {i}"
        limits = {
            "title": (embed.get("title") or "", 256),
            "description": (embed.get("description") or "", 4096),
            "footer.text": ((embed.get("footer") or {}).get("text") or "", 2048),
            "author.name": ((embed.get("author") or {}).get("name") or "", 256),
        }
        for name, (text, limit) in limits.items():
            total += _units(text)
            if _units(text) > limit:
                problems.append(f"{where} {name} is {_units(text)} > {limit}")
        fields = embed.get("fields") or []
        if len(fields) > 25:
            problems.append(f"{where} has {len(fields)} fields > 25")
        for j, f in enumerate(fields):
            total += _units(f.get("name", "")) + _units(f.get("value", ""))
            if not f.get("name") or _units(f["name"]) > 256:
                problems.append(f"{where} field {j} name empty or > 256")
            if not f.get("value") or _units(f["value"]) > 1024:
                problems.append(f"{where} field {j} value empty or > 1024")
        url = embed.get("url")
        if url is not None and not re.match(r"^https?://", url):
            problems.append(f"{where} url {url!r} is not http(s)")
        colour = embed.get("color")
        if colour is not None and not (isinstance(colour, int) and 0 <= colour <= 0xFFFFFF):
            problems.append(f"{where} color {colour!r} out of range")
        stamp = embed.get("timestamp")
        if stamp is not None:
            try:
                datetime.fromisoformat(stamp)
            except (TypeError, ValueError):
                problems.append(f"{where} timestamp {stamp!r} is not ISO 8601")
    if total > 6000:
        problems.append(f"embeds total {total} > 6000 characters")
    return problems


class Snowflakes:
    """Increasing Discord ids whose timestamps are now."""

    def __init__(self) -> None:
        self._counter = itertools.count()

    def next(self) -> int:
        ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
        return (ms << 22) | (next(self._counter) & 0x3FFFFF)


@dataclass(frozen=True)
class Seen:
    """One REST request, as received."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    headers: dict[str, str]
    at: float


@dataclass
class FakeChannel:
    id: int
    name: str = "news"


@dataclass
class FakeGuild:
    id: int
    name: str = "Newsroom"
    channels: list[FakeChannel] = field(default_factory=list)


@dataclass
class Interaction:
    """An INTERACTION_CREATE the fake sent, and everything the bot did with it."""

    id: int
    token: str
    payload: dict[str, Any]
    dispatched_at: float = 0.0
    acked_at: float | None = None
    callback: dict[str, Any] | None = None
    followups: list[dict[str, Any]] = field(default_factory=list)
    edits: list[dict[str, Any]] = field(default_factory=list)
    deleted_original: bool = False
    private: list[bool] = field(default_factory=list)
    """Per followup: whether Discord shows it to the caller alone."""

    @property
    def ack_seconds(self) -> float | None:
        return None if self.acked_at is None else self.acked_at - self.dispatched_at

    @property
    def ephemeral_defer(self) -> bool:
        flags = ((self.callback or {}).get("data") or {}).get("flags", 0)
        return bool(flags & 64)

    @property
    def choices(self) -> list[dict[str, Any]]:
        """Autocomplete answers (callback type 8)."""
        return list(((self.callback or {}).get("data") or {}).get("choices", []))


@dataclass
class _Connection:
    ws: web.WebSocketResponse
    path: str
    query: dict[str, str]
    session: _Session | None = None


@dataclass
class _Session:
    id: str
    shard: tuple[int, int] | None
    seq: int = 0
    events: list[dict[str, Any]] = field(default_factory=list)
    conn: _Connection | None = None


@dataclass
class _RateLimit:
    method: str
    pattern: re.Pattern[str]
    times: int
    retry_after: float
    is_global: bool


Listener = Callable[[str, Any], None]


class FakeDiscord:
    """Discord's REST API and gateway on 127.0.0.1; every request and frame is recorded."""

    def __init__(
        self,
        *,
        port: int = 0,
        token: str = TOKEN,
        guilds: list[FakeGuild] | None = None,
        shards: int = 1,
        heartbeat_interval_ms: int = 41250,
        heartbeat_ack_delay: float = 0.02,
    ) -> None:
        self.port = port
        self.token = token
        self.app_id = APP_ID
        self.guilds = guilds or [FakeGuild(GUILD_ID, channels=[FakeChannel(CHANNEL_ID)])]
        self.recommended_shards = shards
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.heartbeat_ack_delay = heartbeat_ack_delay
        self._tasks: set[asyncio.Task[None]] = set()
        self.ids = Snowflakes()
        self.requests: list[Seen] = []
        self.commands: dict[int | None, list[dict[str, Any]]] = {}
        self.syncs: list[tuple[int | None, list[dict[str, Any]]]] = []
        self.interactions: dict[int, Interaction] = {}
        self.channel_messages: list[dict[str, Any]] = []
        self.rejected_messages: list[tuple[dict[str, Any], list[str]]] = []
        self.identifies: list[dict[str, Any]] = []
        self.resumes: list[dict[str, Any]] = []
        self.gateway_connects: list[str] = []
        self.gateway_closes: list[int | None] = []
        self.channel_failures: dict[int, str] = {}
        self.invalidate_resumes = False
        self.listeners: list[Listener] = []
        self._rate_limits: list[_RateLimit] = []
        self._sessions: dict[str, _Session] = {}
        self._connections: list[_Connection] = []
        self._nonces: dict[tuple[int, str], dict[str, Any]] = {}
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.bot_user = {
            "id": str(self.app_id),
            "username": "newsbot",
            "discriminator": "0",
            "global_name": "newsbot",
            "avatar": None,
            "bot": True,
            "flags": 0,
            "verified": True,
            "mfa_enabled": False,
        }

    # -- lifecycle ------------------------------------------------------------

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/resume", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        server = site._server
        if server is not None and server.sockets:  # type: ignore[union-attr]
            self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for conn in list(self._connections):
            await conn.ws.close(code=1001)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    @property
    def resume_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/resume"

    @property
    def connected(self) -> int:
        """Live gateway connections that have identified or resumed."""
        return sum(1 for c in self._connections if c.session is not None)

    # -- scripting --------------------------------------------------------------

    def rate_limit(
        self,
        method: str,
        path_regex: str,
        *,
        times: int = 1,
        retry_after: float = 0.05,
        is_global: bool = False,
    ) -> None:
        """Answer the next `times` matching requests with 429 (Via header, JSON retry_after)."""
        self._rate_limits.append(
            _RateLimit(method.upper(), re.compile(path_regex), times, retry_after, is_global)
        )

    def fail_channel(self, channel_id: int, kind: str) -> None:
        """Refuse every post to a channel: missing_access, missing_permissions, unknown_channel."""
        if kind not in CHANNEL_ERRORS:
            raise ValueError(f"kind must be one of {sorted(CHANNEL_ERRORS)}")
        self.channel_failures[channel_id] = kind

    async def close_gateway(self, code: int = 4000) -> None:
        """Drop every gateway connection, as Discord does on a restart (4000: may resume)."""
        for conn in list(self._connections):
            await conn.ws.close(code=code, message=b"fake Discord closed the gateway")

    async def wait_until(self, predicate: Callable[[], bool], within: float = 5.0) -> None:
        """Wait until `predicate()` holds after some recorded change, or fail loudly."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(predicate), within)

    async def _notify(self, kind: str, data: Any) -> None:
        for listener in self.listeners:
            listener(kind, data)
        async with self._changed:
            self._changed.notify_all()

    # -- interactions -------------------------------------------------------------

    async def send_interaction(
        self,
        command: str,
        options: dict[str, Any] | None = None,
        *,
        guild_id: int = GUILD_ID,
        channel_id: int = CHANNEL_ID,
        user_id: int = USER_ID,
        permissions: int = MEMBER_PERMISSIONS,
        app_permissions: int = BOT_PERMISSIONS,
        focused: str | None = None,
    ) -> Interaction:
        """Send `/news digest topic:x` as `send_interaction("news digest", {"topic": "x"})`.

        The command must have been synced (globally or to the guild), as on Discord.
        `focused` makes it an autocomplete interaction for that option.
        """
        words = command.split()
        root, path = words[0], words[1:]
        data = self._command_data(root, path, options or {}, guild_id, focused)
        interaction_id = self.ids.next()
        token = "aW50ZXJhY3Rpb24" + secrets.token_urlsafe(24)
        payload = {
            "id": str(interaction_id),
            "application_id": str(self.app_id),
            "type": 4 if focused else 2,
            "token": token,
            "version": 1,
            "guild_id": str(guild_id),
            "channel_id": str(channel_id),
            "channel": self._channel_payload(guild_id, channel_id),
            "guild": {"id": str(guild_id), "locale": "en-US", "features": []},
            "member": {
                "user": {
                    "id": str(user_id),
                    "username": f"user{user_id % 1000}",
                    "discriminator": "0",
                    "global_name": None,
                    "avatar": None,
                },
                "roles": [],
                "joined_at": _now_iso(),
                "deaf": False,
                "mute": False,
                "flags": 0,
                "pending": False,
                "nick": None,
                "avatar": None,
                "premium_since": None,
                "communication_disabled_until": None,
                "permissions": str(permissions),
            },
            "app_permissions": str(app_permissions),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(guild_id)},
            "context": 0,
            "attachment_size_limit": 10485760,
            "data": data,
        }
        record = Interaction(interaction_id, token, payload)
        self.interactions[interaction_id] = record
        session = self._session_for(guild_id)
        record.dispatched_at = time.perf_counter()
        await self._dispatch(session, "INTERACTION_CREATE", payload)
        return record

    async def wait_for_ack(self, interaction: Interaction, within: float = 5.0) -> None:
        await self.wait_until(lambda: interaction.callback is not None, within)

    async def wait_for_followups(
        self, interaction: Interaction, count: int = 1, within: float = 10.0
    ) -> list[dict[str, Any]]:
        await self.wait_until(lambda: len(interaction.followups) >= count, within)
        return interaction.followups

    def _command_data(
        self,
        root: str,
        path: list[str],
        options: dict[str, Any],
        guild_id: int,
        focused: str | None,
    ) -> dict[str, Any]:
        registered = {c["name"]: c for c in self.commands.get(guild_id, [])}
        scope: int | None = guild_id
        if root not in registered:
            registered = {c["name"]: c for c in self.commands.get(None, [])}
            scope = None
        if root not in registered:
            raise AssertionError(f"/{root} was never synced to guild {guild_id} or globally")
        schema = registered[root]
        leaf_options = self._typed_options(schema, path, options, focused)
        nested = leaf_options
        node = schema
        chain: list[dict[str, Any]] = []
        for name in path:
            node = next(o for o in node.get("options", []) if o["name"] == name)
            chain.append(node)
        for node in reversed(chain):
            nested = [{"type": node["type"], "name": node["name"], "options": nested}]
        data: dict[str, Any] = {
            "id": schema["id"],
            "name": root,
            "type": 1,
            "options": nested,
        }
        if scope is not None:
            data["guild_id"] = str(scope)
        return data

    @staticmethod
    def _typed_options(
        schema: dict[str, Any], path: list[str], values: dict[str, Any], focused: str | None
    ) -> list[dict[str, Any]]:
        node = schema
        for name in path:
            found = [
                o for o in node.get("options", []) if o["name"] == name and o["type"] in (1, 2)
            ]
            if not found:
                raise AssertionError(f"no subcommand {name!r} under {node['name']!r}")
            node = found[0]
        if any(o["type"] in (1, 2) for o in node.get("options", [])):
            raise AssertionError(f"{' '.join(path)!r} is a group; name a subcommand")
        known = {o["name"]: o for o in node.get("options", [])}
        for name in values:
            if name not in known:
                raise AssertionError(f"option {name!r} is not in {sorted(known)}")
        if not focused:
            for name, option in known.items():
                if option.get("required") and name not in values:
                    raise AssertionError(f"required option {name!r} missing")
        out = []
        for name, value in values.items():
            item: dict[str, Any] = {"type": known[name]["type"], "name": name, "value": value}
            if focused == name:
                item["focused"] = True
            out.append(item)
        return out

    # -- gateway ------------------------------------------------------------------

    def _session_for(self, guild_id: int) -> _Session:
        candidates = [s for s in self._sessions.values() if self._has_guild(s, guild_id)]
        if not candidates:
            raise AssertionError("no gateway session has identified for that guild yet")
        live = [s for s in candidates if s.conn is not None]
        return (live or candidates)[-1]

    @staticmethod
    def _shard_of(guild_id: int, count: int) -> int:
        return (guild_id >> 22) % count

    def _has_guild(self, session: _Session, guild_id: int) -> bool:
        if session.shard is None:
            return True
        shard_id, count = session.shard
        return self._shard_of(guild_id, count) == shard_id

    def _later(self, delay: float, work: Callable[[], Coroutine[Any, Any, None]]) -> None:
        async def run() -> None:
            await asyncio.sleep(delay)
            await work()

        task = asyncio.create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _send(self, conn: _Connection, payload: dict[str, Any]) -> None:
        if not conn.ws.closed:
            await conn.ws.send_str(json.dumps(payload))

    async def _dispatch(self, session: _Session, event: str, data: dict[str, Any]) -> None:
        session.seq += 1
        frame = {"op": 0, "t": event, "s": session.seq, "d": data}
        session.events.append(frame)
        if session.conn is not None:
            await self._send(session.conn, frame)

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        conn = _Connection(ws, request.path, dict(request.query))
        self._connections.append(conn)
        self.gateway_connects.append(request.path)
        await self._send(conn, {"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}})
        try:
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    continue
                frame = json.loads(msg.data)
                op, data = frame.get("op"), frame.get("d")
                if op == 1:
                    # Answer after a network-like pause: discord.py's keep-alive thread notes
                    # the send time only after the send returns, and an instant loopback ACK
                    # would look 41 s late to it ("Can't keep up … websocket is 41.3s behind").
                    self._later(self.heartbeat_ack_delay, lambda: self._send(conn, {"op": 11}))
                elif op == 2:
                    await self._identify(conn, data)
                elif op == 6:
                    await self._resume(conn, data)
        finally:
            self._connections.remove(conn)
            if conn.session is not None and conn.session.conn is conn:
                conn.session.conn = None
            self.gateway_closes.append(ws.close_code)
            await self._notify("gateway_closed", ws.close_code)
        return ws

    async def _identify(self, conn: _Connection, data: dict[str, Any]) -> None:
        safe = {k: v for k, v in data.items() if k != "token"}
        safe["token_ok"] = data.get("token") == self.token
        self.identifies.append(safe)
        if not safe["token_ok"]:
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        shard = tuple(data["shard"]) if data.get("shard") else None
        session = _Session(secrets.token_hex(16), shard)  # type: ignore[arg-type]
        self._sessions[session.id] = session
        session.conn = conn
        conn.session = session
        guilds = [g for g in self.guilds if self._has_guild(session, g.id)]
        ready: dict[str, Any] = {
            "v": 10,
            "user": self.bot_user,
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": session.id,
            "resume_gateway_url": self.resume_url,
            "application": {"id": str(self.app_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
        }
        if shard is not None:
            ready["shard"] = list(shard)
        await self._dispatch(session, "READY", ready)
        for guild in guilds:
            await self._dispatch(session, "GUILD_CREATE", self._guild_payload(guild))
        await self._notify("identify", safe)

    async def _resume(self, conn: _Connection, data: dict[str, Any]) -> None:
        session = self._sessions.get(str(data.get("session_id")))
        ok = session is not None and data.get("token") == self.token and not self.invalidate_resumes
        self.resumes.append(
            {
                "session_id": data.get("session_id"),
                "seq": data.get("seq"),
                "accepted": ok,
                "path": conn.path,
            }
        )
        if not ok or session is None:
            await self._send(conn, {"op": 9, "d": False})
            await self._notify("resume", False)
            return
        session.conn = conn
        conn.session = session
        last = data.get("seq") or 0
        for frame in session.events:
            if frame["s"] > last:
                await self._send(conn, frame)
        await self._dispatch(session, "RESUMED", {})
        await self._notify("resume", True)

    def _channel_payload(self, guild_id: int, channel_id: int) -> dict[str, Any]:
        name = "news"
        for guild in self.guilds:
            for channel in guild.channels:
                if channel.id == channel_id:
                    name = channel.name
        return {
            "id": str(channel_id),
            "type": 0,
            "guild_id": str(guild_id),
            "name": name,
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "flags": 0,
        }

    def _guild_payload(self, guild: FakeGuild) -> dict[str, Any]:
        return {
            "id": str(guild.id),
            "name": guild.name,
            "icon": None,
            "owner_id": str(USER_ID),
            "unavailable": False,
            "member_count": 2,
            "large": False,
            "features": [],
            "roles": [
                {
                    "id": str(guild.id),
                    "name": "@everyone",
                    "permissions": str(MEMBER_PERMISSIONS),
                    "position": 0,
                    "color": 0,
                    "hoist": False,
                    "managed": False,
                    "mentionable": False,
                    "flags": 0,
                }
            ],
            "channels": [self._channel_payload(guild.id, c.id) for c in guild.channels],
            "threads": [],
            "members": [],
            "voice_states": [],
            "presences": [],
            "emojis": [],
            "stickers": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "preferred_locale": "en-US",
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "joined_at": _now_iso(),
        }

    # -- REST ---------------------------------------------------------------------

    def _message(self, channel_id: int, payload: dict[str, Any], **extra: Any) -> dict[str, Any]:
        return {
            "id": str(self.ids.next()),
            "channel_id": str(channel_id),
            "author": self.bot_user,
            "content": payload.get("content") or "",
            "timestamp": _now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": payload.get("embeds") or [],
            "components": [],
            "pinned": False,
            "type": 0,
            "flags": payload.get("flags", 0),
            **extra,
        }

    def _rate_limited(self, method: str, path: str) -> web.Response | None:
        for rule in self._rate_limits:
            if rule.times > 0 and rule.method == method and rule.pattern.search(path):
                rule.times -= 1
                return _json(
                    {
                        "message": "You are being rate limited.",
                        "retry_after": rule.retry_after,
                        "global": rule.is_global,
                    },
                    429,
                    {"Via": "1.1 google", "Retry-After": str(max(1, round(rule.retry_after)))},
                )
        return None

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body: Any = None
        if request.can_read_body:
            raw = await request.read()
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = raw.decode(errors="replace")
        headers = {
            k: ("Bot ***" if k.lower() == "authorization" else v)
            for k, v in request.headers.items()
        }
        seen = Seen(request.method, path, dict(request.query), body, headers, time.perf_counter())
        self.requests.append(seen)
        try:
            limited = self._rate_limited(request.method, path)
            if limited is not None:
                return limited
            return await self._route(request, path, body, seen)
        finally:
            await self._notify("request", seen)

    async def _route(
        self, request: web.Request, path: str, body: Any, seen: Seen
    ) -> web.StreamResponse:
        method = request.method
        webhook = re.fullmatch(r"/webhooks/(\d+)/([^/]+)(/messages/@original)?", path)
        callback = re.fullmatch(r"/interactions/(\d+)/([^/]+)/callback", path)
        if webhook:
            return self._webhook(method, webhook, body)
        if callback:
            return self._callback(int(callback.group(1)), callback.group(2), body, seen.at)
        if request.headers.get("Authorization") != f"Bot {self.token}":
            return _error(401, 0, "401: Unauthorized")
        if method == "GET" and path == "/users/@me":
            return _json(self.bot_user)
        if method == "GET" and path == "/oauth2/applications/@me":
            return _json(self._application())
        if method == "GET" and path in {"/gateway/bot", "/gateway"}:
            return _json(
                {
                    "url": self.gateway_url,
                    "shards": self.recommended_shards,
                    "session_start_limit": {
                        "total": 1000,
                        "remaining": 999,
                        "reset_after": 0,
                        "max_concurrency": 1,
                    },
                }
            )
        sync = re.fullmatch(r"/applications/(\d+)(?:/guilds/(\d+))?/commands", path)
        if sync and method == "PUT":
            return self._sync(int(sync.group(1)), sync.group(2), body)
        channel = re.fullmatch(r"/channels/(\d+)(/messages)?", path)
        if channel:
            return self._channel(method, int(channel.group(1)), bool(channel.group(2)), body)
        return _error(404, 0, "404: Not Found")

    def _application(self) -> dict[str, Any]:
        return {
            "id": str(self.app_id),
            "name": "newsbot",
            "description": "",
            "icon": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "owner": {
                "id": str(USER_ID),
                "username": "owner",
                "discriminator": "0",
                "avatar": None,
            },
            "verify_key": "0" * 64,
            "flags": 0,
            "summary": "",
            "team": None,
        }

    def _sync(self, app_id: int, guild: str | None, body: Any) -> web.Response:
        if app_id != self.app_id or not isinstance(body, list):
            return _error(400, 50035, "Invalid Form Body")
        guild_id = int(guild) if guild else None
        stored = []
        for command in body:
            echo = {
                **command,
                "id": str(self.ids.next()),
                "application_id": str(self.app_id),
                "version": str(self.ids.next()),
            }
            if guild_id is not None:
                echo["guild_id"] = str(guild_id)
            stored.append(echo)
        self.commands[guild_id] = stored
        self.syncs.append((guild_id, stored))
        return _json(stored)

    def _channel(self, method: str, channel_id: int, messages: bool, body: Any) -> web.Response:
        known = {c.id: g for g in self.guilds for c in g.channels}
        failure = self.channel_failures.get(channel_id)
        if failure is None and channel_id not in known:
            failure = "unknown_channel"
        if failure is not None:
            status, code, message = CHANNEL_ERRORS[failure]
            return _error(status, code, message)
        if method == "GET" and not messages:
            return _json(self._channel_payload(known[channel_id].id, channel_id))
        if method != "POST" or not messages or not isinstance(body, dict):
            return _error(405, 0, "405: Method Not Allowed")
        problems = embed_problems(body)
        if problems:
            self.rejected_messages.append((body, problems))
            return _error(400, 50035, "Invalid Form Body", errors={"embeds": problems})
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce"):
            earlier = self._nonces.get((channel_id, str(nonce)))
            if earlier is not None:
                return _json(earlier)
        message = self._message(channel_id, body, guild_id=str(known[channel_id].id), nonce=nonce)
        if nonce is not None:
            self._nonces[(channel_id, str(nonce))] = message
        self.channel_messages.append(message)
        return _json(message)

    def _by_token(self, token: str) -> Interaction | None:
        return next((i for i in self.interactions.values() if i.token == token), None)

    def _callback(self, interaction_id: int, token: str, body: Any, at: float) -> web.Response:
        record = self.interactions.get(interaction_id)
        if record is None or record.token != token:
            return _error(404, 10062, "Unknown interaction")
        if record.callback is not None:
            return _error(400, 40060, "Interaction has already been acknowledged.")
        if at - record.dispatched_at > ACK_DEADLINE:
            return _error(404, 10062, "Unknown interaction")
        data = (body or {}).get("data") or {}
        if (body or {}).get("type") in (4, 7):
            problems = embed_problems(data)
            if problems:
                return _error(400, 50035, "Invalid Form Body", errors={"embeds": problems})
        record.callback = body
        record.acked_at = at
        return _json(
            {
                "interaction": {
                    "id": str(interaction_id),
                    "type": record.payload["type"],
                    "response_message_id": str(self.ids.next()),
                    "response_message_loading": (body or {}).get("type") == 5,
                    "response_message_ephemeral": bool(data.get("flags", 0) & 64),
                },
                "resource": {"type": (body or {}).get("type")},
            }
        )

    def _webhook(self, method: str, match: re.Match[str], body: Any) -> web.StreamResponse:
        record = self._by_token(match.group(2))
        if record is None or int(match.group(1)) != self.app_id or record.callback is None:
            return _error(404, 10015, "Unknown Webhook")
        channel_id = int(record.payload["channel_id"])
        if match.group(3):
            if method == "DELETE":
                record.deleted_original = True
                return web.Response(status=204)
            if method == "PATCH":
                problems = embed_problems(body or {})
                if problems:
                    return _error(400, 50035, "Invalid Form Body", errors={"embeds": problems})
                record.edits.append(body)
                return _json(self._message(channel_id, body or {}))
            return _json(self._message(channel_id, {}))
        if method != "POST":
            return _error(405, 0, "405: Method Not Allowed")
        problems = embed_problems(body or {})
        if problems:
            self.rejected_messages.append((body, problems))
            return _error(400, 50035, "Invalid Form Body", errors={"embeds": problems})
        # Discord: the first followup after a defer replaces the "thinking…" message and
        # keeps the defer's visibility, whatever its own flags say.
        replaces_defer = not record.followups and not record.edits and not record.deleted_original
        if replaces_defer and (record.callback or {}).get("type") == 5:
            private = record.ephemeral_defer
        else:
            private = bool((body or {}).get("flags", 0) & 64)
        record.followups.append(body)
        record.private.append(private)
        # Interaction followups always answer with the message (`wait` is implied).
        return _json(self._message(channel_id, body, webhook_id=str(self.app_id)))


# -- standalone -------------------------------------------------------------------

PRIMARY_OPTION = {
    "digest": "topic",
    "summarize": "url",
    "ask": "question",
    "search": "query",
    "help": "command",
    "subscribe": "topic",
    "unsubscribe": "target",
    "add": "url",
    "remove": "id",
}


def parse_line(line: str, commands: list[dict[str, Any]]) -> tuple[str, dict[str, Any], str | None]:
    """`/news digest climate` or `/news-admin subscribe topic="a b" time=08:00` → command, options.

    Words of the form name=value are options; other words after the (sub)command go to
    its main option. Integer and boolean options are converted by the synced schema.
    A value ending in "?" (`timezone=berl?`) asks for autocomplete on an option that has it.
    """
    words = shlex.split(line.strip().lstrip("/"))
    if not words:
        raise ValueError("empty line")
    by_name = {c["name"]: c for c in commands}
    root = words.pop(0)
    if root not in by_name:
        raise ValueError(f"/{root} is not synced; synced: {', '.join(sorted(by_name))}")
    node, path = by_name[root], [root]
    while words and any(
        o["name"] == words[0] and o["type"] in (1, 2) for o in node.get("options", [])
    ):
        name = words.pop(0)
        node = next(o for o in node["options"] if o["name"] == name)
        path.append(name)
    schema = {o["name"]: o for o in node.get("options", []) if o["type"] not in (1, 2)}
    options: dict[str, Any] = {}
    loose = []
    for word in words:
        name, sep, value = word.partition("=")
        if sep and name in schema:
            options[name] = value
        else:
            loose.append(word)
    if loose:
        main = PRIMARY_OPTION.get(path[-1])
        if main is None or main not in schema:
            raise ValueError(f"name the options: {', '.join(schema) or 'none'}")
        options[main] = " ".join(loose)
    focused = None
    for name, value in list(options.items()):
        if str(value).endswith("?") and schema[name].get("autocomplete"):
            focused, value = name, str(value)[:-1]
            options[name] = value
            continue  # Discord sends a partly typed value as typed
        kind = schema[name]["type"]
        if kind == OPTION_TYPES["integer"]:
            options[name] = int(str(value).lstrip("#"))
        elif kind == OPTION_TYPES["boolean"]:
            options[name] = str(value).lower() in {"1", "true", "yes", "on"}
    return " ".join(path), options, focused


def describe(fake: FakeDiscord, kind: str, data: Any) -> str | None:
    """One readable line (or a few) for what the bot just did, for the standalone fake."""
    if kind == "identify":
        return f"gateway: the bot identified (shard {data.get('shard')})"
    if kind == "resume":
        return f"gateway: the bot {'resumed' if data else 'tried to resume (refused)'}"
    if kind == "gateway_closed":
        return f"gateway: a connection closed ({data})"
    if kind != "request":
        return None
    seen: Seen = data
    body = seen.json if isinstance(seen.json, dict) else {}
    if seen.method == "PUT" and seen.path.endswith("/commands"):
        names = ", ".join(f"/{c['name']}" for c in seen.json or [])
        return f"REST: commands synced to {seen.path}: {names}"
    callback = re.fullmatch(r"/interactions/(\d+)/[^/]+/callback", seen.path)
    if callback:
        record = fake.interactions.get(int(callback.group(1)))
        took = f" after {record.ack_seconds * 1000:.0f} ms" if record and record.ack_seconds else ""
        if body.get("type") == 8:
            names = [c["name"] for c in (body.get("data") or {}).get("choices", [])]
            return f"REST: autocomplete{took}: {', '.join(names) or '(no choices)'}"
        flags = (body.get("data") or {}).get("flags", 0)
        kind_name = {5: "deferred", 4: "answered"}.get(body.get("type"), "?")
        return f"REST: interaction {kind_name}{' (ephemeral)' if flags & 64 else ''}{took}"
    if seen.method == "POST" and (
        seen.path.startswith("/webhooks/") or seen.path.endswith("/messages")
    ):
        where = "followup" if seen.path.startswith("/webhooks/") else f"message to {seen.path}"
        record = fake._by_token(seen.path.split("/")[3]) if where == "followup" else None
        private = " (ephemeral)" if record and record.private and record.private[-1] else ""
        lines = [f"REST: {where}{private}: {body.get('content') or ''}".rstrip()]
        for embed in body.get("embeds") or []:
            if embed.get("title"):
                lines.append(f"    [{embed['title']}] {embed.get('url') or ''}".rstrip())
            for fld in embed.get("fields") or []:
                lines.append(f"      {fld['name']}: {fld['value'][:100]}")
            if embed.get("description"):
                lines.append("      " + embed["description"][:160].replace("\n", " | "))
            if embed.get("footer"):
                lines.append("      — " + embed["footer"]["text"][:160])
        return "\n".join(lines)
    if seen.method == "DELETE":
        return "REST: deleted the deferred response (the answer follows privately)"
    return None


async def serve(port: int, manage: bool) -> None:
    """Run the fake until Ctrl-C, sending typed /news lines as interactions."""
    fake = FakeDiscord(port=port)
    fake.listeners.append(
        lambda kind, data: (text := describe(fake, kind, data)) and print(text, flush=True)
    )
    await fake.start()
    print(
        f"""fake Discord on 127.0.0.1:{fake.port}. In your newsbot TOML:

    [discord]
    api_base = "{fake.api_base}"
    gateway_url = "{fake.gateway_url}"

and start the bot with:  DISCORD_TOKEN={fake.token} newsbot run --config YOUR.toml
Guild {GUILD_ID}, channel {CHANNEL_ID}. Once the bot has synced, type lines such as
    /news digest
    /news ask who leads the fire response?
    /news-admin subscribe topic="wildfire OR drought" time=08:00 timezone=Europe/Lisbon
    /news-admin unsubscribe target=?      (a value ending in ? asks for autocomplete)
(the member {"has" if manage else "lacks"} Manage Channels). Ctrl-D or Ctrl-C stops.""",
        flush=True,
    )
    try:
        while True:
            line = await asyncio.to_thread(sys.stdin.readline)
            if not line:
                break
            if not line.strip():
                continue
            commands = fake.commands.get(GUILD_ID) or fake.commands.get(None) or []
            try:
                command, options, focused = parse_line(line, commands)
                perms = MEMBER_PERMISSIONS | (MANAGE_CHANNELS if manage else 0)
                await fake.send_interaction(command, options, permissions=perms, focused=focused)
            except (ValueError, AssertionError, StopIteration) as exc:
                print(f"cannot send that: {exc}", flush=True)
    finally:
        await fake.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.fakes.discord", description="A fake Discord for trying newsbot."
    )
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument(
        "--no-manage", action="store_true", help="the member sending commands lacks Manage Channels"
    )
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.port, manage=not args.no_manage))
    return 0


if __name__ == "__main__":
    sys.exit(main())
