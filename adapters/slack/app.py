"""The Slack adapter: a slack-bolt `AsyncApp` over Socket Mode or HTTP.

`/news …` is acknowledged at once (Slack drops a command not acknowledged in
3 seconds); the command then runs in the background and its reply goes to the
command's response_url: ephemeral for personal answers, in the channel for
digests. Scheduled digests are posted with chat.postMessage.

The bot token is checked with one `auth.test` at start, and bolt reuses that
answer for every request, so no command waits for it.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Coroutine, Mapping
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.app.async_app import AsyncApp
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack import signature
from adapters.slack.blocks import Message, render_digest, render_reply
from adapters.slack.errors import TRANSPORT_ERRORS, post_error, transport_error
from adapters.slack.permissions import UserDirectory, Verdict
from adapters.slack.translate import needs_manager, to_command
from bot.models import CommandHandler, Destination, Digest, Posted, PostError, PostProgress, Reply
from bot.settings import SlackSettings

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
RATE_LIMIT_RETRIES = 3
CONNECT_SECONDS = 30.0
STOP_GRACE_SECONDS = 5.0
FAILED = Reply(
    text="Something went wrong on our side while doing that; please try again in a minute.",
    error=True,
)


class _Drop(logging.Filter):
    """Drops log records containing a phrase."""

    def __init__(self, phrase: str) -> None:
        super().__init__()
        self.phrase = phrase

    def filter(self, record: logging.LogRecord) -> bool:
        return self.phrase not in record.getMessage()


class SlackAdapter:
    """Implements `ChatAdapter` for Slack."""

    platform = "slack"

    def __init__(self, settings: SlackSettings) -> None:
        self.settings = settings
        self.client: AsyncWebClient | None = None
        self.users: UserDirectory | None = None
        self._session: aiohttp.ClientSession | None = None
        self._bolt: AsyncApp | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self._runner: web.AppRunner | None = None
        self._on_command: CommandHandler | None = None
        self._answers: set[asyncio.Task[None]] = set()

    # -- lifecycle ---------------------------------------------------------------

    async def start(self, on_command: CommandHandler) -> None:
        """Check the tokens, then connect (Socket Mode) or listen (HTTP mode)."""
        self._on_command = on_command
        self._session = aiohttp.ClientSession()
        try:
            self.client = self._web_client(self.settings.bot_token)
            identity = await self._identify(self.client)
            self.users = UserDirectory(self.client, self.settings.admins)
            self._bolt = self._build_bolt(identity)
            if self.settings.mode == "http":
                await self._listen(self._bolt)
            else:
                await self._connect(self._bolt)
        except BaseException:
            await self.stop()
            raise
        log.info(
            "Slack adapter connected as %s in %s (%s mode)",
            identity.bot_user_id,
            identity.team_id,
            self.settings.mode,
        )

    async def stop(self) -> None:
        """Stop taking commands, let running answers finish briefly, close every session."""
        socket, self._socket = self._socket, None
        if socket is not None:
            await socket.close_async()  # type: ignore[no-untyped-call]
            client = socket.client
            leftovers = [
                t
                for t in (
                    client.message_processor,
                    client.current_session_monitor,
                    client.message_receiver,
                )
                if t is not None
            ]
            await asyncio.gather(*leftovers, return_exceptions=True)
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
        if self._answers:
            _done, pending = await asyncio.wait(set(self._answers), timeout=STOP_GRACE_SECONDS)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        session, self._session = self._session, None
        if session is not None:
            await session.close()
        self.client = None
        self.users = None
        self._bolt = None

    @property
    def connected(self) -> bool:
        """Whether it is connected (Socket Mode) or listening (HTTP mode)."""
        return self.client is not None and (self._socket is not None or self._runner is not None)

    @property
    def http_address(self) -> tuple[str, int] | None:
        """Where HTTP mode listens (host, port), once started."""
        if self._runner is None or not self._runner.addresses:
            return None
        host, port = self._runner.addresses[0][:2]
        return str(host), int(port)

    def _web_client(self, token: str | None) -> AsyncWebClient:
        handlers: list[AsyncRetryHandler] = [
            AsyncConnectionErrorRetryHandler(),
            AsyncRateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES),
        ]
        return AsyncWebClient(
            token=token,
            base_url=self.settings.api_url,
            session=self._session,
            retry_handlers=handlers,
            logger=log,
        )

    async def _identify(self, client: AsyncWebClient) -> AuthorizeResult:
        try:
            response = await client.auth_test()
        except SlackApiError as exc:
            raise RuntimeError(
                f"Slack refused SLACK_BOT_TOKEN ({exc.response.get('error')}) "
                f"at {self.settings.api_url}"
            ) from None
        except TRANSPORT_ERRORS as exc:
            raise RuntimeError(
                f"cannot reach Slack at {self.settings.api_url} ({type(exc).__name__}: {exc})"
            ) from None
        return AuthorizeResult.from_auth_test_response(
            bot_token=self.settings.bot_token, auth_test_response=response
        )

    def _build_bolt(self, identity: AuthorizeResult) -> AsyncApp:
        async def authorize() -> AuthorizeResult:
            return identity

        http = self.settings.mode == "http"
        bolt_log = logging.getLogger("adapters.slack.bolt")
        # bolt reads SLACK_BOT_TOKEN from the environment itself and then warns that it
        # is unused beside `client`; the token is in use, through `authorize`.
        unused = _Drop("`token` will be unused")
        bolt_log.addFilter(unused)
        try:
            bolt = AsyncApp(
                client=self._web_client(None),
                authorize=authorize,
                signing_secret=self.settings.signing_secret if http else "",
                request_verification_enabled=http,
                logger=bolt_log,
                # The listener only acks and spawns the answer, so bolt may send the ack
                # as soon as it returns instead of polling for it every 10 ms
                # (bench/slack_ack.py measures this).
                process_before_response=True,
            )
        finally:
            bolt_log.removeFilter(unused)
        # Any slash command routed to this app is /news, whatever the manifest named it.
        bolt.command(re.compile(r"^/"))(self.handle_command)
        return bolt

    async def _connect(self, bolt: AsyncApp) -> None:
        handler = AsyncSocketModeHandler(bolt, self.settings.app_token)
        self._socket = handler
        try:
            # Fetch the websocket URL ourselves first: the client would retry a refused
            # app token forever, and a wrong token should fail `newsbot run` at once.
            handler.client.wss_uri = await handler.client.issue_new_wss_url()
        except SlackApiError as exc:
            raise RuntimeError(
                f"Slack refused SLACK_APP_TOKEN ({exc.response.get('error')}); it must be "
                "an app-level token with the connections:write scope"
            ) from None
        except TRANSPORT_ERRORS as exc:
            raise RuntimeError(
                f"cannot reach Slack at {self.settings.api_url} ({type(exc).__name__})"
            ) from None
        try:
            await asyncio.wait_for(
                handler.connect_async(),  # type: ignore[no-untyped-call]
                CONNECT_SECONDS,
            )
        except TimeoutError:
            raise RuntimeError(
                f"the Socket Mode websocket did not connect within {CONNECT_SECONDS:g} s"
            ) from None

    async def _listen(self, bolt: AsyncApp) -> None:
        app = bolt.web_app(path=EVENTS_PATH)
        app.middlewares.append(signature.guard(self.settings.signing_secret, time.time))
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        self._runner = runner
        host, port = self.settings.http_host, self.settings.http_port
        try:
            await web.TCPSite(runner, host, port).start()
        except OSError as exc:
            raise RuntimeError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
        log.info("Slack events served at http://%s:%s%s", host, port, EVENTS_PATH)

    # -- commands ----------------------------------------------------------------

    async def handle_command(
        self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond
    ) -> None:
        """bolt's listener for the slash command: acknowledge now, answer in the background."""
        await ack()
        self._spawn(self.answer(body, respond))

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(work)
        self._answers.add(task)
        task.add_done_callback(self._answers.discard)

    async def answer(self, payload: Mapping[str, Any], respond: AsyncRespond) -> None:
        """Run the command through the core and send the reply to its response_url."""
        try:
            verdict = await self.verdict(payload)
            request = to_command(
                payload, can_manage=verdict.can_manage, default_timezone=verdict.timezone
            )
            if self._on_command is None:
                return
            reply = await self._on_command(request)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("the /news command from %s failed", payload.get("user_id"))
            reply = FAILED
        response_type = "ephemeral" if reply.ephemeral else "in_channel"
        for message in render_reply(reply):
            await self._respond(respond, message, response_type)

    async def verdict(self, payload: Mapping[str, Any]) -> Verdict:
        """May the caller manage, and their zone; asks Slack only for managing commands."""
        if self.users is None or not needs_manager(str(payload.get("text") or "")):
            return Verdict(False)
        return await self.users.verdict(str(payload.get("user_id") or ""))

    async def _respond(self, respond: AsyncRespond, message: Message, response_type: str) -> None:
        try:
            result = await respond(
                text=message.text,
                blocks=list(message.blocks),
                response_type=response_type,
                unfurl_links=False,
                unfurl_media=False,
            )
        except TRANSPORT_ERRORS as exc:
            log.warning("could not answer a /news command: %s", type(exc).__name__)
            return
        if result.status_code != 200:
            log.warning(
                "Slack refused a /news answer: HTTP %s %s", result.status_code, result.body[:200]
            )

    # -- digests -----------------------------------------------------------------

    async def post_digest(
        self, destination: Destination, digest: Digest, progress: PostProgress | None = None
    ) -> Posted:
        """Post a digest with chat.postMessage, as several messages when it is long.

        A retry after a partial failure (in this process or any other, after a
        restart or behind a load balancer) continues with the first message not yet
        posted: each message's ts is reported the moment Slack accepts it, and the
        delivery row keeps it; nothing lives only in this process's memory.
        """
        client = self.client
        if client is None:
            raise PostError("the Slack adapter is not running")
        progress = progress or PostProgress()
        posted = list(progress.done)
        try:
            for message in render_digest(digest)[len(posted) :]:
                response = await client.chat_postMessage(
                    channel=destination.channel,
                    unfurl_links=False,
                    unfurl_media=False,
                    **message.payload(),
                )
                ts = str(response.get("ts") or "")
                posted.append(ts)
                await progress.posted(ts)
        except SlackApiError as exc:
            raise post_error(exc) from None
        except TRANSPORT_ERRORS as exc:
            raise transport_error(exc) from None
        return Posted(tuple(posted))
