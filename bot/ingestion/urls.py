"""URLs as the HTTP client sees them: parsed by yarl (as aiohttp does), judged, shown.

Pure functions, no network: the command grammar validates a URL with them before
anything is fetched, and `bot.ingestion.fetch` builds its guard on them.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from yarl import URL

DEFAULT_PORTS = {"http": 80, "https": 443}


class BadURL(ValueError):
    """A URL newsbot will not fetch; the message is one line saying why."""


def is_url(source: str) -> bool:
    """True for http(s) URLs; everything else is treated as a local path."""
    try:
        return urlsplit(source).scheme.lower() in DEFAULT_PORTS
    except ValueError:
        return False


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


def ip_literal(host: str) -> str | None:
    """The canonical text of an IP address host, or None for a host name."""
    try:
        return str(ipaddress.ip_address(host.split("%", 1)[0]))
    except ValueError:
        return None


LEGACY_IPV4 = re.compile(r"(?:(?:0x[0-9a-f]*|\d+)\.){0,3}(?:0x[0-9a-f]*|\d+)", re.IGNORECASE)


def legacy_numeric(host: str) -> bool:
    """True for IPv4 written the old ways (`127.1`, `2130706433`, `0x7f.0.0.1`, `0177.0.0.1`).

    getaddrinfo turns these into addresses without any DNS, so they are addresses
    in disguise; nobody publishes a feed under one.
    """
    return ip_literal(host) is None and bool(LEGACY_IPV4.fullmatch(host))


def parse_url(url: str) -> URL:
    """The URL as aiohttp will request it (yarl: IDNA, NFKC), or BadURL saying why not.

    Credentials in a URL are refused: they would be sent to the server and shown
    wherever the URL is shown.
    """
    shown = url if len(url) <= 80 else url[:79] + "…"
    try:
        parsed = URL(url)
        host = parsed.host
    except (ValueError, UnicodeError, TypeError):
        raise BadURL(f"{shown!r} is not a valid URL") from None
    if parsed.scheme not in DEFAULT_PORTS:
        raise BadURL(f"{shown!r} is not an http:// or https:// URL")
    if not host:
        raise BadURL(f"{shown!r} has no host name — e.g. https://example.com/story")
    if parsed.user is not None or parsed.password is not None:
        raise BadURL(
            "refused: the URL carries a user name or password — newsbot does not send "
            "credentials; give the URL without them"
        )
    if legacy_numeric(host.rstrip(".")):
        raise BadURL(
            f"refused: {host!r} is an IP address in an unusual notation — write the host "
            "name, or the address as four decimal numbers"
        )
    return parsed


def redact_url(url: str) -> str:
    """A URL safe to show: any user name or password removed."""
    try:
        parsed = URL(url)
    except (ValueError, UnicodeError, TypeError):
        return url
    if parsed.user is None and parsed.password is None:
        return url
    return str(parsed.with_user(None))
