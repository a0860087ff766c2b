"""Slack's request signature, checked before anything reads the body.

slack-bolt parses a request's body (form fields, JSON, the `payload` field) before
it verifies the signature, so a forged request with a malformed body or timestamp
made it raise, answer 500 and log a traceback. `guard` is an aiohttp middleware in
front of bolt: it checks the timestamp and the HMAC on the raw bytes first, so an
unsigned request never reaches a parser, and answers what bolt cannot use with one
status and at most one log line.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
from collections.abc import Awaitable, Callable

from aiohttp import web

log = logging.getLogger(__name__)

MAX_AGE_SECONDS = 5 * 60
_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def refusal(secret: str, timestamp: str, signature: str, body: bytes, now: float) -> str | None:
    """Why a request is not Slack's (one phrase), or None when the signature holds.

    The timestamp must be whole seconds within 5 minutes of now (replays), and the
    signature `v0=` + HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret.
    """
    if not _TIMESTAMP.fullmatch(timestamp):
        return "no valid X-Slack-Request-Timestamp"
    if abs(now - int(timestamp)) > MAX_AGE_SECONDS:
        return "a timestamp more than 5 minutes away"
    if not _SIGNATURE.fullmatch(signature):
        return "no valid X-Slack-Signature"
    base = b"v0:" + timestamp.encode() + b":" + body
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        return "a signature that does not match"
    return None


def guard(secret: str, clock: Callable[[], float]) -> Callable[..., Awaitable[web.StreamResponse]]:
    """The middleware: 401 for what is not signed, 400 for what bolt cannot read."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        body = await request.read()
        why = refusal(
            secret,
            request.headers.get("X-Slack-Request-Timestamp", ""),
            request.headers.get("X-Slack-Signature", ""),
            body,
            clock(),
        )
        if why is not None:
            log.info("refused a request to %s from %s: %s", request.path, request.remote, why)
            return web.Response(status=401, text="invalid request signature\n")
        try:
            return await handler(request)
        except web.HTTPException:
            raise
        except Exception as exc:  # a signed body bolt cannot parse
            log.warning("could not read a signed Slack request: %s", type(exc).__name__)
            return web.Response(status=400, text="unreadable request\n")

    return middleware
