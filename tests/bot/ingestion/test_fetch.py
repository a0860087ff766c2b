from __future__ import annotations

import asyncio

import pytest
from aiohttp import web

from bot.ingestion.fetch import Fetcher, FetchError, HTTPStatusError, is_public_address
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


async def test_loopback_is_refused_unless_allowed(server: LocalServer) -> None:
    server.content("/secret", "internal")
    async with Fetcher(FetchSettings(allow_private_addresses=False)) as fetcher:
        with pytest.raises(FetchError, match=r"127\.0\.0\.1 is a non-public address"):
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
