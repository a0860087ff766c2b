"""Who may see the status page: the operator's token, session cookies, failed attempts.

The token (NEWSBOT_WEB_TOKEN) is compared in constant time. A browser exchanges it
once for a session cookie: the expiry time signed with a key derived from the token
(HMAC-SHA256), so it needs no server-side state, is valid on every worker that has
the same token, and changing the token signs every browser out. Scripts send
`Authorization: Bearer <token>` instead. Failed attempts are counted per client
address and in all; past the limit every attempt is refused until the window ends.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.settings import SettingsError

MIN_TOKEN_LENGTH = 16
COOKIE = "newsbot_session"
MAX_FAILURES = 5  # per client address in WINDOW
MAX_FAILURES_IN_ALL = 50  # from every address together in WINDOW
WINDOW = timedelta(minutes=15)
MAX_TRACKED = 10_000  # client addresses remembered at most


class TokenError(SettingsError):
    """The configured token is missing or too weak; the message says what to do."""


def check_token(token: str) -> None:
    """Refuse a missing or short token, in one line that says how to make one."""
    hint = "make one with: python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"
    if not token:
        raise TokenError(
            "[web] port is set but NEWSBOT_WEB_TOKEN is not: the status page needs a "
            f"token to sign in with; {hint}"
        )
    if len(token) < MIN_TOKEN_LENGTH:
        raise TokenError(
            f"NEWSBOT_WEB_TOKEN has {len(token)} characters; the status page needs at "
            f"least {MIN_TOKEN_LENGTH}; {hint}"
        )


def same_token(given: str, token: str) -> bool:
    """Whether `given` is the token, in time that does not depend on where they differ."""
    return hmac.compare_digest(
        hashlib.sha256(given.encode("utf-8", "surrogatepass")).digest(),
        hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest(),
    )


def bearer(header: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, or None."""
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


@dataclass(frozen=True)
class Sessions:
    """Signed, stateless session cookies: `<expiry epoch seconds>.<hex HMAC>`."""

    token: str
    lifetime: timedelta

    @property
    def _key(self) -> bytes:
        return hmac.new(self.token.encode(), b"newsbot status page session", "sha256").digest()

    def _mac(self, expires: int) -> str:
        return hmac.new(self._key, str(expires).encode(), "sha256").hexdigest()

    def issue(self, now: datetime) -> str:
        """A cookie value that is valid until now + lifetime."""
        expires = int((now + self.lifetime).timestamp())
        return f"{expires}.{self._mac(expires)}"

    def valid(self, value: str | None, now: datetime) -> bool:
        """Whether a cookie value was issued with this token and has not expired."""
        if not value:
            return False
        expires_text, _, mac = value.partition(".")
        if not expires_text.isdigit() or len(expires_text) > 12:
            return False
        expires = int(expires_text)
        return hmac.compare_digest(mac, self._mac(expires)) and expires > now.timestamp()


class FailureLimit:
    """Counts failed sign-ins per client address and in all, over a sliding window."""

    def __init__(
        self,
        *,
        per_client: int = MAX_FAILURES,
        in_all: int = MAX_FAILURES_IN_ALL,
        window: timedelta = WINDOW,
    ) -> None:
        self.per_client = per_client
        self.in_all = in_all
        self.window = window
        self._clients: dict[str, deque[datetime]] = {}
        self._all: deque[datetime] = deque()

    def _forget_before(self, now: datetime) -> None:
        start = now - self.window
        while self._all and self._all[0] <= start:
            self._all.popleft()
        for client in list(self._clients):
            times = self._clients[client]
            while times and times[0] <= start:
                times.popleft()
            if not times:
                del self._clients[client]

    def retry_after(self, client: str, now: datetime) -> float | None:
        """Seconds until `client` may try again, or None when it may try now."""
        self._forget_before(now)
        mine = self._clients.get(client, deque())
        oldest: list[datetime] = []
        if len(mine) >= self.per_client:
            oldest.append(mine[-self.per_client])
        if len(self._all) >= self.in_all:
            oldest.append(self._all[-self.in_all])
        if not oldest:
            return None
        return max(1.0, (max(oldest) + self.window - now).total_seconds())

    def failed(self, client: str, now: datetime) -> None:
        """Record a failed attempt by `client`."""
        self._forget_before(now)
        if client not in self._clients and len(self._clients) >= MAX_TRACKED:
            client = "(others)"  # never grow without bound; the overall limit still holds
        self._clients.setdefault(client, deque()).append(now)
        self._all.append(now)
