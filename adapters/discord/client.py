"""The Discord adapter: a discord.py client whose app-command tree hands `/news` to the core.

discord.py reaches Discord through two class attributes, `discord.http.Route.BASE`
(REST, interaction callbacks, followups) and
`discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY`. The adapter sets them from
`[discord] api_base` and `gateway_url` when it starts and restores them when it
stops, so one process talks to one Discord API base. With `shards = "auto"` the
recommended shard count is read from `GET /gateway/bot`, and the shards still
connect to `gateway_url`.

Every interaction is deferred at once (Discord drops it after 3 s), then
answered with followups. The token is never logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import re
from collections.abc import Callable, Mapping
from typing import Any, cast

import aiohttp
import discord
import yarl
from discord import app_commands
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.discord.commands import (
    Interaction,
    OptionError,
    build_groups,
    can_manage,
    command_path,
    feed_choices,
    for_discord,
    is_public,
    posts_here,
    subscription_choices,
    to_command,
)
from adapters.discord.embeds import Message, digest_messages, reply_messages
from bot.models import (
    CommandHandler,
    CommandRequest,
    Destination,
    Digest,
    Posted,
    PostError,
    PostProgress,
    Reply,
)
from bot.settings import DiscordSettings

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
POSTING = discord.Permissions(view_channel=True, send_messages=True, embed_links=True)
CANNOT_POST = (
    "newsbot cannot post in this channel: give it View Channel, Send Messages and Embed Links "
    "here (channel settings → Permissions), then subscribe again."
)
OOPS = "Something went wrong on our side while answering; it has been logged. Please try again."
PERMANENT: dict[int, str] = {
    50001: "Missing Access: the bot cannot see this channel — give it View Channel, "
    "then subscribe again",
    50013: "Missing Permissions: the bot may not post here — give it Send Messages and "
    "Embed Links, then subscribe again",
    10003: "Unknown Channel: the channel was deleted or the bot was removed from the server",
    10004: "Unknown Guild: the bot is no longer in this server",
}
NONCE_CHARS = 25  # Discord's limit


def redirect(api_base: str, gateway_url: str) -> Callable[[], None]:
    """Point discord.py at `api_base` and `gateway_url`; returns a function that undoes it."""
    saved = (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
    Route.BASE = api_base.rstrip("/")
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)

    def restore() -> None:
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved

    return restore


def check_urls(settings: DiscordSettings) -> None:
    """Clear errors for URLs discord.py would only fail on later."""
    if not re.match(r"^https?://[^\s/]+", settings.api_base):
        raise RuntimeError(
            f"[discord] api_base = {settings.api_base!r}: expected an http(s) URL such as "
            "'https://discord.com/api/v10'"
        )
    if not re.match(r"^wss?://[^\s/]+", settings.gateway_url):
        raise RuntimeError(
            f"[discord] gateway_url = {settings.gateway_url!r}: expected a ws(s) URL such as "
            "'wss://gateway.discord.gg/'"
        )


def digest_nonce(destination: Destination, title: str, index: int) -> str:
    """The same nonce for the same part of the same digest, so Discord drops a repeat post."""
    digest = hashlib.sha256(f"{destination}|{title}".encode()).hexdigest()
    return f"{digest[: NONCE_CHARS - 2]}{index % 100:02d}"


def _one_line(text: str, limit: int = 200) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _retry_after(exc: discord.HTTPException) -> float | None:
    try:
        return float(json.loads(exc.text)["retry_after"])
    except (ValueError, KeyError, TypeError):
        pass
    header = exc.response.headers.get("Retry-After") if exc.response is not None else None
    try:
        return float(header) if header else None
    except ValueError:
        return None


def post_error(exc: BaseException) -> PostError:
    """A failed channel post as the core's PostError (permanent when the channel is lost)."""
    if isinstance(exc, discord.RateLimited):
        return PostError(
            f"Discord rate limit: retry in {exc.retry_after:.0f} s", retry_after=exc.retry_after
        )
    if isinstance(exc, discord.HTTPException):
        known = PERMANENT.get(exc.code)
        if known is not None:
            return PostError(known, permanent=True)
        detail = f"{exc.status} {_one_line(exc.text)} (code {exc.code})"
        if exc.status in (403, 404):
            return PostError(f"Discord refused the post: {detail}", permanent=True)
        if exc.status == 429:
            return PostError(f"Discord kept rate limiting: {detail}", retry_after=_retry_after(exc))
        return PostError(f"Discord answered {detail}")
    return PostError(f"could not reach Discord: {type(exc).__name__}: {_one_line(str(exc))}")


def _kwargs(message: Message) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if message.content:
        out["content"] = message.content
    if message.embeds:
        out["embeds"] = list(message.embeds)
    return out


class DiscordAdapter:
    """Implements `ChatAdapter` for Discord (see the module docstring)."""

    platform = "discord"

    def __init__(
        self,
        settings: DiscordSettings,
        *,
        guild_ready_timeout: float = 2.0,
        ready_timeout: float = 60.0,
    ) -> None:
        self.settings = settings
        self.guild_ready_timeout = guild_ready_timeout
        self.ready_timeout = ready_timeout
        self.client: discord.Client | None = None
        self.tree: app_commands.CommandTree[discord.Client] | None = None
        self._on_command: CommandHandler | None = None
        self._runner: asyncio.Task[None] | None = None
        self._inflight: set[asyncio.Task[Any]] = set()
        self._restore: Callable[[], None] | None = None
        self._ready = False

    # -- lifecycle ------------------------------------------------------------------

    async def start(self, on_command: CommandHandler) -> None:
        """Log in, sync the commands, connect the gateway; return once READY."""
        if self.client is not None:
            raise RuntimeError("the Discord adapter is already started")
        check_urls(self.settings)
        self._on_command = on_command
        self._restore = redirect(self.settings.api_base, self.settings.gateway_url)
        client = self._make_client()
        self.client = client
        tree: app_commands.CommandTree[discord.Client] = app_commands.CommandTree(client)
        for group in build_groups(self._run, self._complete_subscriptions, self._complete_feeds):
            tree.add_command(group)
        self.tree = tree
        try:
            await self._login(client)
            where = await self._sync(tree)
            if isinstance(client, discord.AutoShardedClient) and not client.shard_count:
                shards, _url, _limits = await client.http.get_bot_gateway()
                client.shard_count = shards
            await self._connect(client)
        except BaseException:
            await self.stop()
            raise
        log.info(
            "Discord: logged in as %s (application %s); /news and /news-admin synced %s",
            client.user,
            client.application_id,
            where,
        )

    @property
    def connected(self) -> bool:
        """Whether the gateway is up (a heartbeat says so; `newsbot health` reads it)."""
        client = self.client
        return client is not None and client.is_ready() and not client.is_closed()

    async def idle(self) -> None:
        """Return once every interaction being answered has been answered (every part sent)."""
        while pending := [t for t in self._inflight if not t.done()]:
            await asyncio.wait(pending)

    async def stop(self) -> None:
        """Finish: cancel unanswered work, close the gateway and the HTTP session."""
        pending = [t for t in self._inflight if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        if self.client is not None:
            await self.client.close()
        if self._runner is not None:
            # Its failures were reported by _runner_done already.
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await asyncio.wait_for(self._runner, 10)
        if self._restore is not None:
            self._restore()
        self.client, self.tree, self._runner, self._restore = None, None, None, None
        self._ready = False

    def _make_client(self) -> discord.Client:
        # newsbot uses no voice: skip discord.py's "PyNaCl/davey is not installed" warnings.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        intents = discord.Intents.none()
        intents.guilds = True
        count, ids = self.settings.shard_count, list(self.settings.shard_ids)
        if count:
            # Shards across processes: this one connects `ids` (all, when none are named)
            # of `count`; any process posts any digest over REST.
            return discord.AutoShardedClient(
                intents=intents,
                shard_count=count,
                shard_ids=ids or list(range(count)),
                guild_ready_timeout=self.guild_ready_timeout,
                allowed_mentions=NO_MENTIONS,
                max_ratelimit_timeout=60.0,
                chunk_guilds_at_startup=False,
            )
        if self.settings.shards == "auto":
            return discord.AutoShardedClient(
                intents=intents,
                guild_ready_timeout=self.guild_ready_timeout,
                allowed_mentions=NO_MENTIONS,
                max_ratelimit_timeout=60.0,
                chunk_guilds_at_startup=False,
            )
        return discord.Client(
            intents=intents,
            guild_ready_timeout=self.guild_ready_timeout,
            allowed_mentions=NO_MENTIONS,
            max_ratelimit_timeout=60.0,
            chunk_guilds_at_startup=False,
        )

    async def _login(self, client: discord.Client) -> None:
        api = self.settings.api_base
        try:
            await client.login(self.settings.token)
        except discord.LoginFailure:
            raise RuntimeError(
                "Discord rejected DISCORD_TOKEN (401): copy the bot token again from the "
                "Developer Portal (Bot → Reset Token)"
            ) from None
        except discord.HTTPException as exc:
            raise RuntimeError(
                f"the Discord API at {api} answered {exc.status} when logging in: "
                f"{_one_line(exc.text)}"
            ) from None
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise RuntimeError(f"could not reach the Discord API at {api}: {exc}") from None

    async def _sync(self, tree: app_commands.CommandTree[discord.Client]) -> str:
        guilds = [discord.Object(id=g) for g in self.settings.guild_ids]
        targets: list[discord.Object | None] = list(guilds) or [None]
        for guild in targets:
            if guild is not None:
                tree.copy_global_to(guild=guild)
            try:
                await tree.sync(guild=guild)
            except discord.HTTPException as exc:
                where = f"to guild {guild.id}" if guild is not None else "globally"
                raise RuntimeError(
                    f"Discord refused to sync the commands {where}: {exc.status} "
                    f"{_one_line(exc.text)} — is the bot in that server, invited with the "
                    "applications.commands scope? (`newsbot discord-invite` prints the link)"
                ) from None
        if guilds:
            return "to guild(s) " + ", ".join(str(g.id) for g in guilds)
        return "globally (new commands can take a while to appear)"

    async def _connect(self, client: discord.Client) -> None:
        gateway = self.settings.gateway_url
        runner = asyncio.create_task(client.connect(reconnect=True), name="discord-gateway")
        runner.add_done_callback(self._runner_done)
        self._runner = runner
        ready = asyncio.create_task(client.wait_until_ready())
        done, _ = await asyncio.wait(
            {ready, runner}, timeout=self.ready_timeout, return_when=asyncio.FIRST_COMPLETED
        )
        if ready in done:
            self._ready = True
            return
        ready.cancel()
        if runner in done:
            if client.ws is None:  # the first connection never opened
                raise RuntimeError(f"could not connect to the Discord gateway at {gateway}")
            raise RuntimeError(
                f"the Discord gateway at {gateway} closed before READY: "
                f"{self._describe(runner.exception())}"
            )
        raise RuntimeError(
            f"no READY from the Discord gateway at {gateway} within {self.ready_timeout:g} s"
        )

    @staticmethod
    def _describe(exc: BaseException | None) -> str:
        if isinstance(exc, discord.ConnectionClosed):
            return f"close code {exc.code} {exc.reason}".strip()
        return f"{type(exc).__name__}: {exc}" if exc else "no error"

    def _runner_done(self, task: asyncio.Task[None]) -> None:
        if not self._ready or task.cancelled() or self.client is None or self.client.is_closed():
            return  # start() reports failures before READY itself
        log.error("the Discord gateway connection ended: %s", self._describe(task.exception()))

    # -- interactions -----------------------------------------------------------------

    def _handler(self) -> CommandHandler:
        if self._on_command is None:  # pragma: no cover - start() sets it first
            raise RuntimeError("the Discord adapter is not started")
        return self._on_command

    async def _run(self, interaction: Interaction) -> None:
        """Defer at once, let the core answer, follow up (privately for errors)."""
        task = asyncio.current_task()
        if task is not None:
            self._inflight.add(task)
        data = cast(Mapping[str, Any], interaction.data or {})
        name = "/" + " ".join(command_path(data)[0])
        try:
            public = is_public(data)
            await interaction.response.defer(ephemeral=not public)
            reply = for_discord(await self._reply(interaction, data))
            await self._follow_up(interaction, reply, public)
        except discord.HTTPException as exc:
            log.warning(
                "answering %s failed: Discord answered %s (code %s)", name, exc.status, exc.code
            )
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            log.warning("answering %s failed: %s", name, exc)
        except Exception:
            log.exception("answering %s failed", name)
            with contextlib.suppress(Exception):  # at least end "newsbot is thinking…"
                await interaction.followup.send(OOPS, ephemeral=True)
        finally:
            if task is not None:
                self._inflight.discard(task)

    async def _reply(self, interaction: Interaction, data: Mapping[str, Any]) -> Reply:
        if interaction.guild_id is None or interaction.channel_id is None:
            return Reply(text="newsbot's commands work in servers only.", error=True)
        try:
            request = to_command(
                data,
                guild_id=interaction.guild_id,
                channel_id=interaction.channel_id,
                user_id=interaction.user.id,
                permissions=interaction.permissions.value,
            )
        except OptionError as exc:
            return Reply(text=str(exc), error=True)
        if posts_here(data) and request.can_manage and not self._can_post(interaction):
            return Reply(text=CANNOT_POST, error=True)
        return await self._handler()(request)

    @staticmethod
    def _can_post(interaction: Interaction) -> bool:
        perms = interaction.app_permissions
        if perms.value == 0:  # not sent: cannot tell, let the first post find out
            return True
        return perms.administrator or perms >= POSTING

    async def _follow_up(self, interaction: Interaction, reply: Reply, public: bool) -> None:
        private = reply.error or reply.ephemeral
        if public and private:
            # The first followup would replace the visible "thinking…" message and stay
            # visible to everyone, so remove it and answer with fresh, private messages.
            try:
                await interaction.delete_original_response()
            except discord.HTTPException as exc:
                log.debug("could not delete the deferred response: %s", exc.status)
        for message in reply_messages(reply):
            await interaction.followup.send(
                **_kwargs(message), ephemeral=private or not public, allowed_mentions=NO_MENTIONS
            )

    async def _ask_core(self, interaction: Interaction, text: str) -> Reply | None:
        if interaction.guild_id is None or interaction.channel_id is None:
            return None
        return await self._handler()(
            CommandRequest(
                text=text,
                destination=Destination(
                    "discord", str(interaction.guild_id), str(interaction.channel_id)
                ),
                user_id=str(interaction.user.id),
                can_manage=can_manage(interaction.permissions.value),
            )
        )

    async def _complete_subscriptions(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        reply = await self._ask_core(interaction, "subscriptions")
        return subscription_choices(reply, str(current or "")) if reply else []

    async def _complete_feeds(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[int]]:
        reply = await self._ask_core(interaction, "feeds list")
        return feed_choices(reply, str(current or "")) if reply else []

    # -- scheduled digests ---------------------------------------------------------------

    async def post_digest(
        self, destination: Destination, digest: Digest, progress: PostProgress | None = None
    ) -> Posted:
        """Post a digest to a channel as one or more messages; their ids go in the delivery row.

        Parts an earlier attempt posted (`progress.done`) are skipped, and each new one
        is reported as soon as Discord accepts it. Each message carries a nonce derived
        from the digest and the channel, with `enforce_nonce` (discord.py sends it with
        every nonce), so a post retried within Discord's nonce window is not shown twice.
        """
        progress = progress or PostProgress()
        client = self.client
        if client is None or client.is_closed():
            raise PostError("the Discord adapter is not connected")
        try:
            channel_id = int(destination.channel)
            guild_id = int(destination.workspace) if destination.workspace else None
        except ValueError:
            raise PostError(f"{destination} is not a Discord channel", permanent=True) from None
        channel = client.get_partial_messageable(channel_id, guild_id=guild_id)
        ids = list(progress.done)
        for index, message in enumerate(digest_messages(digest)):
            if index < len(progress.done):
                continue
            try:
                sent = await channel.send(
                    **_kwargs(message),
                    nonce=digest_nonce(destination, digest.title, index),
                    allowed_mentions=NO_MENTIONS,
                )
            except (discord.DiscordException, aiohttp.ClientError, OSError, TimeoutError) as exc:
                raise post_error(exc) from exc
            ids.append(str(sent.id))
            await progress.posted(str(sent.id))
        return Posted(tuple(ids))
