from __future__ import annotations

import asyncio
import gzip

import aiohttp
import pytest
from aiohttp import web

from bot.ingestion.fetch import (
    AddressGuard,
    Fetcher,
    FetchError,
    GuardedResolver,
    HTTPStatusError,
    PrivateAddressError,
    check_url,
    is_public_address,
    redact_url,
)
from bot.settings import FetchSettings
from tests.fakes.http import LocalServer

LOOPBACK_OK = FetchSettings(
    allow_private_addresses=True, timeout_seconds=2, max_bytes=10_000, max_redirects=2
)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("93.184.216.34", True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("127.5.5.5", False),
        ("::1", False),
        ("10.1.2.3", False),
        ("172.16.0.9", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata: link-local
        ("fe80::1%eth0", False),
        ("fc00::1", False),
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::ffff:127.0.0.1", False),  # IPv4-mapped loopback
        ("::ffff:10.0.0.1", False),
        ("2002:7f00:0001::", False),  # 6to4 wrapping 127.0.0.1
        ("not-an-ip", False),
    ],
)
def test_public_address_check(address: str, public: bool) -> None:
    assert is_public_address(address) is public


async def test_conditional_get_answers_304(server: LocalServer) -> None:
    async def feed(request: web.Request) -> web.Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return web.Response(status=304)
        return web.Response(text="<rss/>", headers={"ETag": '"v1"', "Last-Modified": "x"})

    server.route("/feed", feed)
    async with Fetcher(LOOPBACK_OK) as fetcher:
        first = await fetcher.get(server.url("/feed"))
        again = await fetcher.get(server.url("/feed"), etag=first.etag, last_modified="x")
    assert first.body == b"<rss/>" and first.etag == '"v1"'
    assert again.not_modified and again.body == b""
    assert server.hits("/feed")[1].headers["If-Modified-Since"] == "x"


async def test_redirects_are_followed_up_to_the_limit(server: LocalServer) -> None:
    for n in range(4):
        server.route(f"/r{n}", lambda _r, n=n: _redirect(f"/r{n + 1}"))
    server.content("/r4", "done")
    async with Fetcher(LOOPBACK_OK) as fetcher:
        ok = await fetcher.get(server.url("/r2"))
        assert ok.body == b"done" and ok.url.endswith("/r4")
        with pytest.raises(FetchError, match="more than 2 redirects"):
            await fetcher.get(server.url("/r0"))


async def _redirect(location: str) -> web.Response:
    raise web.HTTPFound(location)


async def test_slow_server_times_out(server: LocalServer) -> None:
    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(5)
        return web.Response(text="late")

    server.route("/slow", slow)
    settings = FetchSettings(allow_private_addresses=True, timeout_seconds=0.3)
    async with Fetcher(settings) as fetcher:
        with pytest.raises(FetchError, match=r"no complete answer within 0\.3 s"):
            await fetcher.get(server.url("/slow"))


async def test_huge_bodies_are_refused_declared_or_streamed(server: LocalServer) -> None:
    server.content("/declared", b"x" * 20_000)

    async def streamed(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()  # chunked: no Content-Length to trust
        await response.prepare(request)
        for _ in range(50):
            await response.write(b"y" * 1000)
        await response.write_eof()
        return response

    server.route("/streamed", streamed)
    async with Fetcher(LOOPBACK_OK) as fetcher:
        with pytest.raises(FetchError, match="larger than the 10,000-byte limit"):
            await fetcher.get(server.url("/declared"))
        with pytest.raises(FetchError, match="larger than the 10,000-byte limit"):
            await fetcher.get(server.url("/streamed"))


async def test_a_compressed_body_is_capped_as_it_expands(server: LocalServer) -> None:
    # 5 KB on the wire, 5 MB once inflated: the limit counts what the parser is handed
    bomb = gzip.compress(b"\0" * 5_000_000, compresslevel=9)
    assert len(bomb) < LOOPBACK_OK.max_bytes
    server.content(
        "/bomb", bomb, content_type="application/rss+xml", **{"Content-Encoding": "gzip"}
    )
    async with Fetcher(LOOPBACK_OK) as fetcher:
        with pytest.raises(FetchError, match="larger than the 10,000-byte limit"):
            await fetcher.get(server.url("/bomb"))


async def test_loopback_is_refused_unless_allowed(server: LocalServer) -> None:
    server.content("/secret", "internal")
    async with Fetcher(FetchSettings(allow_private_addresses=False)) as fetcher:
        with pytest.raises(FetchError, match=r"127\.0\.0\.1, a non-public address"):
            await fetcher.get(server.url("/secret"))
        with pytest.raises(FetchError, match="non-public address"):
            await fetcher.get(f"http://localhost:{server.port}/secret")
    assert server.hits("/secret") == [], "no packet reached the server"


async def test_ip_literals_are_checked_before_any_connection() -> None:
    async with Fetcher(FetchSettings(allow_private_addresses=False)) as fetcher:
        for url in (
            "http://10.255.255.1/admin",
            "http://169.254.169.254/latest/meta-data",
            "http://[::1]:8080/",
            "http://[::ffff:127.0.0.1]/",
        ):
            with pytest.raises(FetchError, match="non-public address"):
                await fetcher.get(url)


async def test_every_redirect_hop_is_checked(server: LocalServer) -> None:
    server.route("/hop", lambda _r: _redirect("file:///etc/passwd"))
    async with Fetcher(LOOPBACK_OK) as fetcher:
        with pytest.raises(FetchError, match="not an http:// or https:// URL"):
            await fetcher.get(server.url("/hop"))


async def test_error_statuses_and_bad_urls(server: LocalServer) -> None:
    server.content("/gone", "no", status_code="410")
    async with Fetcher(LOOPBACK_OK) as fetcher:
        with pytest.raises(HTTPStatusError, match="HTTP 404") as caught:
            await fetcher.get(server.url("/missing"))
        assert caught.value.status == 404
        with pytest.raises(FetchError, match="not an http:// or https:// URL"):
            await fetcher.get("file:///etc/passwd")
        with pytest.raises(FetchError, match="not an http:// or https:// URL"):
            await fetcher.get("ftp://example.org/x")


async def test_connection_refused_is_one_line(unused_tcp_port: int) -> None:
    async with Fetcher(LOOPBACK_OK) as fetcher:
        with pytest.raises(FetchError, match="cannot connect") as caught:
            await fetcher.get(f"http://127.0.0.1:{unused_tcp_port}/feed")
    assert "\n" not in str(caught.value)


# -- the SSRF guard: every spelling of a private address, every way in ----------------

LOOPBACK_SPELLINGS = [
    "http://１２７.０.０.１:{port}/page",  # fullwidth digits and dots
    "http://127。0。0。1:{port}/page",  # ideographic full stops
    "http://①②⑦.0.0.1:{port}/page",  # circled digits
    "http://127.1:{port}/page",
    "http://2130706433:{port}/page",
    "http://0x7f.0.0.1:{port}/page",
    "http://0177.0.0.1:{port}/page",
    "http://127.0.0.1.:{port}/page",
    "http://127.0.0.1:{port}/page",
    "http://[::ffff:127.0.0.1]:{port}/page",
    "http://[0:0:0:0:0:ffff:7f00:1]:{port}/page",
    "http://[::1]:{port}/page",
    "http://0.0.0.0:{port}/page",
    "http://localhost:{port}/page",
    "http://LOCALHOST.:{port}/page",
    "http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ:{port}/page",
    "http://ＬＯＣＡＬＨＯＳＴ:{port}/page",
    "http://feeds.localhost:{port}/page",
    "http://%31%32%37.0.0.1:{port}/page",
]
PRIVATE_SPELLINGS = [
    "http://１０.0.0.1/feed",
    "http://10.0.0.1/feed",
    "http://192.168.0.1/feed",
    "http://172.16.0.1/feed",
    "http://100.64.0.1/feed",
    "http://[fd00::1]/feed",
    "http://167772161/feed",  # 10.0.0.1 as one number
]
LINK_LOCAL_SPELLINGS = [
    "http://169.254.169.254/latest/meta-data/",  # cloud metadata
    "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/",  # the IPv6 metadata address
    "http://[fe80::1%25eth0]/",
]


def _spellings(port: int) -> list[str]:
    return [s.format(port=port) for s in LOOPBACK_SPELLINGS + PRIVATE_SPELLINGS] + (
        LINK_LOCAL_SPELLINGS
    )


async def test_no_spelling_of_a_private_address_is_fetched(server: LocalServer) -> None:
    server.content("/page", "internal")
    async with Fetcher(FetchSettings(timeout_seconds=2)) as fetcher:
        for url in _spellings(server.port):
            with pytest.raises(FetchError) as caught:
                await fetcher.get(url)
            message = str(caught.value)
            assert "\n" not in message and len(message) < 300, url
            assert message.startswith(("refused", "http", "'")), (url, message)
    assert server.requests == [], "not one request may reach a private address"


@pytest.mark.parametrize(
    "url",
    ["http://１２７.０.０.１/x", "http://127.1/", "http://2130706433/", "http://0x7f.1/"],
)
def test_check_url_answers_in_our_words(url: str) -> None:
    with pytest.raises(FetchError, match=r"^refused: "):
        check_url(url)


def test_check_url_normalises_the_host_as_the_client_will() -> None:
    assert check_url("http://ｅｘａｍｐｌｅ.org/feed") == "http://example.org/feed"
    assert check_url("https://bücher.example/rss") == "https://xn--bcher-kva.example/rss"


@pytest.mark.parametrize(
    "url", ["http://user:secret@example.org/feed", "https://token@example.org/rss"]
)
def test_credentials_in_a_url_are_refused_and_never_echoed(url: str) -> None:
    with pytest.raises(FetchError, match="user name or password") as caught:
        check_url(url)
    assert "secret" not in str(caught.value) and "token" not in str(caught.value)


def test_redact_url_removes_credentials() -> None:
    assert redact_url("http://user:secret@example.org/feed") == "http://example.org/feed"
    assert redact_url("http://example.org/feed") == "http://example.org/feed"


async def test_a_redirect_to_any_spelling_of_loopback_is_refused(server: LocalServer) -> None:
    """The first hop is an allowed intranet host; its Location points elsewhere inside."""
    async with LocalServer() as inside:
        inside.content("/page", "secret")
        targets = [s.format(port=inside.port) for s in LOOPBACK_SPELLINGS]
        for n, target in enumerate(targets):
            server.route(f"/r{n}", lambda _r, target=target: _redirect(target))
        allowed = FetchSettings(
            timeout_seconds=2, allow_private_hosts=(f"127.0.0.1:{server.port}",)
        )
        async with Fetcher(allowed) as fetcher:
            for n in range(len(targets)):
                with pytest.raises(FetchError):
                    await fetcher.get(server.url(f"/r{n}"))
        assert len(server.requests) == len(targets), "each first hop was fetched"
        assert inside.requests == [], "no redirect reached the other private server"


async def test_the_socket_itself_is_checked(server: LocalServer) -> None:
    """Below the URL check: a client with only the guard's connector still cannot connect."""
    server.content("/page", "internal")
    guard = AddressGuard(False)
    connector = aiohttp.TCPConnector(
        resolver=GuardedResolver(guard), socket_factory=guard.socket, use_dns_cache=False
    )
    async with aiohttp.ClientSession(connector=connector) as session:
        with pytest.raises(aiohttp.ClientConnectorError) as caught:
            await session.get(server.url("/page"))
    assert isinstance(caught.value.os_error, PrivateAddressError)
    assert server.requests == []


async def test_an_allowed_intranet_host_is_fetched_and_nothing_else(server: LocalServer) -> None:
    server.content("/page", "intranet news")
    async with LocalServer() as other:
        other.content("/page", "secret")
        settings = FetchSettings(
            timeout_seconds=2, allow_private_hosts=(f"127.0.0.1:{server.port}",)
        )
        async with Fetcher(settings) as fetcher:
            assert (await fetcher.get(server.url("/page"))).body == b"intranet news"
            with pytest.raises(FetchError, match="refused"):
                await fetcher.get(other.url("/page"))
        assert other.requests == []
