"""HTTP fetching with limits: time, size, redirects, and no private addresses.

Every fetch has a total time limit, a body size limit (counted after
decompression) and a redirect limit. Redirects are followed by hand, so each hop
is checked again.

Where a fetch may go is decided three times, each on what the HTTP client will
really use rather than on what was typed:
1. `check_url` parses the URL with yarl, as aiohttp does, so a host is judged
   after IDNA/NFKC normalisation (`http://１２７.０.０.１/` *is* 127.0.0.1), and
   refuses credentials, legacy numeric hosts (`127.1`, `2130706433`) and
   non-public IP literals with one line.
2. `GuardedResolver` refuses host names that resolve to a non-public address.
3. `AddressGuard.socket` is aiohttp's socket factory: it sees the address every
   socket is about to connect to, for every hop, so no path around 1 and 2
   (an IP literal aiohttp never resolves, a DNS answer that changed) reaches a
   private network.
`[fetch] allow_private_addresses` turns the guard off; `[fetch] allow_private_hosts`
lets named intranet hosts (or `host:port`) through and nothing else.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

from bot.ingestion.urls import (
    DEFAULT_PORTS,
    BadURL,
    ip_literal,
    is_public_address,
    parse_url,
    redact_url,
)
from bot.settings import FetchSettings

__all__ = ["FetchError", "Fetcher", "check_url", "is_public_address", "redact_url"]

REDIRECTS = {301, 302, 303, 307, 308}


class FetchError(Exception):
    """A fetch failed; `str(error)` is one line saying why."""


@dataclass(frozen=True)
class FetchResult:
    """A completed fetch. `not_modified` is True for a 304 answer to a conditional GET."""

    url: str
    status: int
    body: bytes
    content_type: str
    etag: str | None = None
    last_modified: str | None = None
    cache_control: str | None = None
    retry_after: str | None = None
    not_modified: bool = False


class PrivateAddressError(OSError):
    """A host resolved to an address newsbot may not fetch from."""


def _refusal(subject: str, address: str) -> str:
    return (
        f"refused: {subject} {address}, a non-public address newsbot does not fetch from "
        "(an operator can allow it with [fetch] allow_private_hosts)"
    )


class AddressGuard:
    """Which addresses a fetcher may connect to, by the settings.

    Public addresses always; private ones when `allow_private`, or when they are
    an allowed IP literal, or were resolved from an allowed host name.
    """

    def __init__(self, allow_private: bool, allowed_hosts: Iterable[str] = ()) -> None:
        self.allow_private = allow_private
        self._allowed: set[tuple[str, int | None]] = set()
        for entry in allowed_hosts:
            self._allowed.add(_host_port(entry))
        self._trusted: set[tuple[str, int | None]] = set()

    def host_allowed(self, host: str, port: int) -> bool:
        """True when the URL host (normalised) may be private."""
        if self.allow_private:
            return True
        key = ip_literal(host) or host.rstrip(".").lower()
        return (key, port) in self._allowed or (key, None) in self._allowed

    def trust(self, address: str, port: int) -> None:
        """Remember an address resolved from an allowed host, for the socket check."""
        self._trusted.add((ip_literal(address) or address, port))

    def address_allowed(self, address: str, port: int) -> bool:
        """True when a socket may connect to (address, port)."""
        if self.allow_private or is_public_address(address):
            return True
        canonical = ip_literal(address) or address
        return (canonical, port) in self._trusted or self.host_allowed(canonical, port)

    def socket(self, addr_info: tuple[Any, ...]) -> socket.socket:
        """aiohttp's socket factory: refuse to create a socket bound for a private address."""
        family, kind, proto, _canon, sockaddr = addr_info
        address, port = str(sockaddr[0]), int(sockaddr[1])
        if not self.address_allowed(address, port):
            raise PrivateAddressError(_refusal("a connection to", address))
        return socket.socket(family, kind, proto)


def _host_port(entry: str) -> tuple[str, int | None]:
    """An allow-list entry: `host`, `host:port`, `[v6]:port` or a bare address."""
    entry = entry.strip().lower()
    if ip_literal(entry.strip("[]")) is not None:
        return str(ip_literal(entry.strip("[]"))), None
    host, sep, port = entry.rpartition(":")
    if sep and port.isdigit() and host:
        host = host.strip("[]")
        return (ip_literal(host) or host.rstrip(".")), int(port)
    return entry.rstrip("."), None


class GuardedResolver(AbstractResolver):
    """An aiohttp resolver that refuses hosts with any non-public address."""

    def __init__(self, guard: AddressGuard) -> None:
        self._guard = guard
        self._loop = asyncio.get_running_loop()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        try:
            infos = await self._loop.getaddrinfo(
                host, port, type=socket.SOCK_STREAM, family=family, flags=socket.AI_ADDRCONFIG
            )
        except socket.gaierror as exc:
            raise OSError(f"cannot resolve host {host!r}") from exc
        allowed = self._guard.host_allowed(host, port)
        results: list[ResolveResult] = []
        for fam, _type, proto, _canon, sockaddr in infos:
            address = str(sockaddr[0])
            if allowed:
                self._guard.trust(address, int(sockaddr[1]))
            elif not self._guard.address_allowed(address, int(sockaddr[1])):
                raise PrivateAddressError(_refusal(f"{host} resolves to", address))
            results.append(
                ResolveResult(
                    hostname=host,
                    host=address,
                    port=int(sockaddr[1]),
                    family=fam,
                    proto=proto,
                    flags=socket.AI_NUMERICHOST,
                )
            )
        return results

    async def close(self) -> None:
        return None


def check_url(url: str, guard: AddressGuard | None = None) -> str:
    """The normalised URL if newsbot may fetch it, else FetchError with one line.

    A host written as an IP address (in any spelling that normalises to one) must
    be public unless the guard allows it; host names are checked when they
    resolve, and every socket is checked again before it connects.
    """
    guard = guard or AddressGuard(False)
    try:
        parsed = parse_url(url)
    except BadURL as exc:
        raise FetchError(str(exc)) from None
    host = str(parsed.host).rstrip(".")
    port = parsed.port or DEFAULT_PORTS[parsed.scheme]
    literal = ip_literal(host)
    if literal is not None:
        if not guard.address_allowed(literal, port):
            raise FetchError(_refusal("the URL's host is", literal))
    elif (host.lower() == "localhost" or host.lower().endswith(".localhost")) and (
        not guard.host_allowed(host, port)
    ):
        raise FetchError(_refusal(f"{host} is", "this machine's loopback"))
    return str(parsed)


class Fetcher:
    """One HTTP client for the process; use `async with Fetcher(settings)`."""

    def __init__(self, settings: FetchSettings) -> None:
        self.settings = settings
        self.guard = AddressGuard(settings.allow_private_addresses, settings.allow_private_hosts)
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                resolver=GuardedResolver(self.guard),
                socket_factory=self.guard.socket,
                limit=32,
                ttl_dns_cache=None,
                use_dns_cache=False,
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                headers={"User-Agent": self.settings.user_agent},
                trust_env=False,
            )
        return self._session

    async def close(self) -> None:
        """Close the connection pool."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = "*/*",
    ) -> FetchResult:
        """GET a URL within the limits; raises FetchError with a one-line reason."""
        limit = self.settings.timeout_seconds
        try:
            async with asyncio.timeout(limit):
                return await self._get(url, etag, last_modified, accept)
        except TimeoutError:
            raise FetchError(f"{url}: no complete answer within {limit:g} s") from None

    async def _get(
        self, url: str, etag: str | None, last_modified: str | None, accept: str
    ) -> FetchResult:
        headers = {"Accept": accept, "Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = check_url(url, self.guard)
        for _hop in range(self.settings.max_redirects + 1):
            try:
                async with self._client().get(
                    URL(current, encoded=True), headers=headers, allow_redirects=False
                ) as resp:
                    if resp.status in REDIRECTS:
                        location = resp.headers.get("Location")
                        if not location:
                            raise FetchError(f"{current}: redirect without a Location header")
                        current = check_url(urljoin(current, location), self.guard)
                        continue
                    return await self._result(current, resp)
            except FetchError:
                raise
            except aiohttp.ClientConnectorError as exc:
                cause: Any = exc.os_error
                if isinstance(cause, PrivateAddressError):
                    raise FetchError(f"refused: {cause}") from None
                raise FetchError(f"{current}: cannot connect ({cause or exc})") from None
            except PrivateAddressError as exc:
                raise FetchError(f"refused: {exc}") from None
            except (aiohttp.ClientError, OSError) as exc:
                raise FetchError(f"{current}: {exc.__class__.__name__}: {exc}") from None
        raise FetchError(f"{url}: more than {self.settings.max_redirects} redirects")

    async def _result(self, url: str, resp: aiohttp.ClientResponse) -> FetchResult:
        common: dict[str, Any] = {
            "url": url,
            "status": resp.status,
            "content_type": resp.headers.get("Content-Type", "").split(";")[0].strip().lower(),
            "etag": resp.headers.get("ETag"),
            "last_modified": resp.headers.get("Last-Modified"),
            "cache_control": resp.headers.get("Cache-Control"),
            "retry_after": resp.headers.get("Retry-After"),
        }
        if resp.status == 304:
            return FetchResult(body=b"", not_modified=True, **common)
        if resp.status >= 400:
            reason = f"HTTP {resp.status} {resp.reason or ''}".strip()
            raise HTTPStatusError(
                f"{url}: {reason}", status=resp.status, retry_after=common["retry_after"]
            )
        cap = self.settings.max_bytes
        declared = resp.content_length
        if declared is not None and declared > cap:
            raise FetchError(
                f"{url}: the body ({declared:,} bytes) is larger than the {cap:,}-byte limit"
            )
        chunks, size = [], 0
        async for chunk in resp.content.iter_chunked(65536):
            size += len(chunk)
            if size > cap:
                raise FetchError(f"{url}: the body is larger than the {cap:,}-byte limit")
            chunks.append(chunk)
        return FetchResult(body=b"".join(chunks), **common)


class HTTPStatusError(FetchError):
    """The server answered with an error status."""

    def __init__(self, message: str, *, status: int, retry_after: str | None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after
