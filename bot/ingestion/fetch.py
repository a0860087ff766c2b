"""HTTP fetching with limits: time, size, redirects, and no private addresses.

Every fetch has a total time limit, a body size limit (counted after
decompression) and a redirect limit. Redirects are followed by hand, so each hop
is checked again. Host names are resolved by `GuardedResolver`, which refuses
loopback, private, link-local and other non-public addresses at connect time
(so a DNS answer cannot change between the check and the connection), unless
`[fetch] allow_private_addresses` is on.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult

from bot.settings import FetchSettings

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


def is_public_address(address: str) -> bool:
    """True when an IP address is globally routable (not loopback, private, link-local…)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            return is_public_address(str(mapped))
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


class PrivateAddressError(OSError):
    """A host resolved to an address newsbot may not fetch from."""


class GuardedResolver(AbstractResolver):
    """An aiohttp resolver that refuses hosts with any non-public address."""

    def __init__(self, allow_private: bool) -> None:
        self._allow_private = allow_private
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
        results: list[ResolveResult] = []
        for fam, _type, proto, _canon, sockaddr in infos:
            address = str(sockaddr[0])
            if not self._allow_private and not is_public_address(address):
                raise PrivateAddressError(
                    f"{host} resolves to the non-public address {address}, which newsbot does "
                    "not fetch from (set [fetch] allow_private_addresses to allow it)"
                )
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


def check_url(url: str, *, allow_private: bool = False) -> str:
    """Return the URL if newsbot may fetch it, else raise FetchError.

    It must be http(s) with a host. A host written as an IP address must be
    public unless `allow_private`; host names are checked when they resolve
    (aiohttp does not resolve IP literals, so they are checked here).
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        raise FetchError(f"{url!r} is not a valid URL") from None
    if parts.scheme not in {"http", "https"} or not host:
        raise FetchError(f"{url!r} is not an http:// or https:// URL")
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return url
    if not allow_private and not is_public_address(host):
        raise FetchError(
            f"refused: {host} is a non-public address, which newsbot does not fetch from "
            "(set [fetch] allow_private_addresses to allow it)"
        )
    return url


class Fetcher:
    """One HTTP client for the process; use `async with Fetcher(settings)`."""

    def __init__(self, settings: FetchSettings) -> None:
        self.settings = settings
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                resolver=GuardedResolver(self.settings.allow_private_addresses),
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
        allow = self.settings.allow_private_addresses
        current = check_url(url, allow_private=allow)
        for _hop in range(self.settings.max_redirects + 1):
            try:
                async with self._client().get(
                    current, headers=headers, allow_redirects=False
                ) as resp:
                    if resp.status in REDIRECTS:
                        location = resp.headers.get("Location")
                        if not location:
                            raise FetchError(f"{current}: redirect without a Location header")
                        current = check_url(urljoin(current, location), allow_private=allow)
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
