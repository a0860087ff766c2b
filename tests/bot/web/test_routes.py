"""The status page over HTTP, on both backends: sign-in, cookie, bearer, 401, escaping, JSON.

aiohttp's test client talks to the real application on 127.0.0.1, which reads a
real store through the core's protocols.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer

from bot.clock import ManualClock
from bot.models import Destination, Owner
from bot.settings import WebSettings
from bot.storage.ports import Store
from bot.web.server import make_app
from bot.web.status import ProcessInfo
from tests.bot.storage.test_contract import article

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
TOKEN = "status-page-token-for-tests"
SCRIPT = '<script>alert("pwned")</script>'
HOSTILE_TOPIC = '<img src=x onerror="alert(1)">'


async def seed(store: Store) -> None:
    """Feeds in every state, articles over two days, a paused subscription, deliveries."""
    await store.add_feed("https://ok.example/rss", "Harbour Gazette", "config", NOW)
    await store.record_poll(
        1, now=NOW - timedelta(minutes=5), next_poll_at=NOW + timedelta(minutes=10)
    )
    hostile, _ = await store.add_feed(
        "https://evil.example/rss", SCRIPT, "u", NOW, Owner("slack", "T0A")
    )
    await store.record_poll_failure(
        hostile.id, now=NOW, error="HTTP 500 <b>bold</b>", next_poll_at=NOW, max_failures=8
    )
    dead, _ = await store.add_feed(
        "https://dead.example/rss", "", "u", NOW, Owner("discord", "1200")
    )
    await store.record_poll_failure(
        dead.id, now=NOW, error="HTTP 404", next_poll_at=NOW, max_failures=1
    )
    await store.add_articles([(article(1), -1), (article(2), -2)], NOW - timedelta(days=1))
    await store.add_articles([(article(3), -3)], NOW)
    common: dict[str, Any] = dict(at=time(8), timezone="UTC", quiet=False, created_by="u", now=NOW)
    fine, _ = await store.upsert_subscription(
        Destination("console", "", "console"), topic="harbour", topic_key="h", **common
    )
    gone = Destination("slack", "T0A", "C0GONE")
    paused, _ = await store.upsert_subscription(gone, topic=HOSTILE_TOPIC, topic_key="i", **common)
    await store.disable_channel(gone, "channel_not_found")
    for sub_id, day, status, error in (
        (fine.id, "2026-11-25", "sent", None),
        (paused.id, "2026-11-25", "abandoned", f"gave up: {SCRIPT}"),
        (fine.id, "2026-11-26", "failed", "HTTP 503"),
    ):
        due = datetime.fromisoformat(f"{day}T08:00:00+00:00")
        claim = await store.claim_delivery(
            sub_id, period=day, due_at=due, window_start=due - timedelta(days=1), window_end=due,
            owner="w1", now=due, lease_until=due + timedelta(minutes=2),
        )  # fmt: skip
        assert claim is not None
        retry = NOW + timedelta(minutes=4) if status == "failed" else None
        await store.finish_delivery(
            claim.id, "w1", status=status, now=due, error=error, next_attempt_at=retry
        )


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


async def open_client(store: Store, clock: ManualClock, **web: Any) -> TestClient[Any, Any]:
    settings = WebSettings(token=TOKEN, port=8080, **web)
    app = make_app(store, settings, clock, ProcessInfo("host:1:abc", "host", 1, NOW))
    client: TestClient[Any, Any] = TestClient(TestServer(app))
    await client.start_server()
    return client


@pytest.fixture
async def client(store: Store, clock: ManualClock) -> AsyncIterator[TestClient[Any, Any]]:
    await seed(store)
    running = await open_client(store, clock)
    try:
        yield running
    finally:
        await running.close()


async def sign_in(client: TestClient[Any, Any], token: str = TOKEN, **extra: str) -> ClientResponse:
    return await client.post("/signin", data={"token": token, **extra}, allow_redirects=False)


def authorised() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


async def test_without_credentials_every_page_is_the_sign_in_form_or_401(
    client: TestClient[Any, Any],
) -> None:
    for path in ("/", "/feeds", "/subscriptions", "/deliveries?status=abandoned", "/workers"):
        response = await client.get(path, allow_redirects=False)
        body = await response.text()
        assert response.status == 401, path
        assert 'action="/signin"' in body and f'value="{path.replace("&", "&amp;")}"' in body
        assert "example/rss" not in body and "harbour" not in body, "no data before sign-in"
    api = await client.get("/api/status")
    assert api.status == 401 and api.headers["WWW-Authenticate"] == 'Bearer realm="newsbot"'
    assert set(await api.json()) == {"error"}
    css = await client.get("/static/style.css")
    assert css.status == 200 and css.content_type == "text/css"


async def test_sign_in_gives_a_strict_http_only_cookie_and_returns_to_the_page(
    client: TestClient[Any, Any],
) -> None:
    wrong = await sign_in(client, "not-the-token-at-all", next="/feeds")
    assert wrong.status == 401 and "Set-Cookie" not in wrong.headers
    assert "That token is not right." in await wrong.text()

    right = await sign_in(client, next="/feeds")
    assert right.status == 303 and right.headers["Location"] == "/feeds"
    cookie = right.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie, "plain HTTP on loopback"
    page = await client.get("/feeds")
    assert page.status == 200 and "https://ok.example/rss" in await page.text()
    assert (await client.get("/signin", allow_redirects=False)).status == 303

    out = await client.post("/signout", allow_redirects=False)
    assert out.status == 303 and out.headers["Location"] == "/signin"
    assert (await client.get("/feeds")).status == 401


async def test_sign_in_never_sends_the_browser_to_another_site(
    client: TestClient[Any, Any],
) -> None:
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example", "feeds"):
        response = await sign_in(client, next=target)
        assert response.headers["Location"] == "/", target


async def test_sessions_end_after_their_hours(
    client: TestClient[Any, Any], clock: ManualClock
) -> None:
    await sign_in(client)
    assert (await client.get("/")).status == 200
    clock.set(NOW + timedelta(hours=12, seconds=1))
    assert (await client.get("/")).status == 401


async def test_cookie_is_secure_only_behind_a_trusted_tls_proxy(
    store: Store, clock: ManualClock
) -> None:
    https = {"X-Forwarded-Proto": "https"}
    for trust, secure in ((False, False), (True, True)):
        client = await open_client(store, clock, trust_proxy=trust)
        try:
            response = await client.post(
                "/signin", data={"token": TOKEN}, headers=https, allow_redirects=False
            )
            assert ("Secure" in response.headers["Set-Cookie"]) is secure
        finally:
            await client.close()


async def test_scripts_use_a_bearer_token(client: TestClient[Any, Any]) -> None:
    assert (await client.get("/api/status", headers=authorised())).status == 200
    assert (await client.get("/feeds", headers=authorised())).status == 200
    bad = await client.get("/api/status", headers={"Authorization": "Bearer wrong-token"})
    assert bad.status == 401 and "not right" in (await bad.json())["error"]


async def test_failed_attempts_are_limited_per_address(store: Store, clock: ManualClock) -> None:
    client = await open_client(store, clock, trust_proxy=True)
    attacker, operator = {"X-Forwarded-For": "203.0.113.9"}, {"X-Forwarded-For": "198.51.100.7"}
    try:
        for _ in range(5):
            response = await client.post(
                "/signin", data={"token": "guess"}, headers=attacker, allow_redirects=False
            )
            assert response.status == 401
        blocked = await client.post(
            "/signin", data={"token": TOKEN}, headers=attacker, allow_redirects=False
        )
        assert blocked.status == 429 and int(blocked.headers["Retry-After"]) > 0
        assert "Set-Cookie" not in blocked.headers, "even the right token waits"
        api = await client.get("/api/status", headers={**attacker, **authorised()})
        assert api.status == 429
        elsewhere = await client.get("/api/status", headers={**operator, **authorised()})
        assert elsewhere.status == 200
        clock.set(NOW + timedelta(minutes=15))
        later = await client.get("/api/status", headers={**attacker, **authorised()})
        assert later.status == 200
    finally:
        await client.close()


async def test_values_from_feeds_and_users_are_shown_as_text(
    client: TestClient[Any, Any],
) -> None:
    pages = {
        path: await (await client.get(path, headers=authorised())).text()
        for path in ("/", "/feeds", "/subscriptions", "/deliveries", "/workers")
    }
    for path, body in pages.items():
        assert "<script" not in body and "<img" not in body and "<b>" not in body, path
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in pages["/feeds"]
    assert "HTTP 500 &lt;b&gt;bold&lt;/b&gt;" in pages["/feeds"]
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in pages["/subscriptions"]
    assert "gave up: &lt;script&gt;" in pages["/deliveries"]
    response = await client.get("/feeds", headers=authorised())
    assert "script-src" not in response.headers["Content-Security-Policy"], "no script at all"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store"


def row_order(body: str, needles: list[str]) -> list[str]:
    return sorted(needles, key=body.index)


async def test_overview_counts_and_two_charts(client: TestClient[Any, Any]) -> None:
    body = await (await client.get("/", headers=authorised())).text()
    tiles = dict(
        (label.strip(), int(n))
        for n, label in re.findall(r'<span class="n">([\d,]+)</span>\s*([a-z ]+)', body)
    )
    assert tiles == {
        "feeds": 3, "failing": 1, "disabled": 1, "subscriptions": 2, "paused": 1,
        "digests posted": 1, "retrying": 1, "abandoned": 1, "articles stored": 3,
    }  # fmt: skip
    assert body.count('<svg class="chart') == 2
    assert "3 articles in 30 days; most on 25 Nov (2)" in body
    assert "1 digests in 30 days; most on 25 Nov (1)" in body


async def test_feeds_table_failing_first_then_sorted_by_a_column(
    client: TestClient[Any, Any],
) -> None:
    urls = ["https://ok.example/rss", "https://evil.example/rss", "https://dead.example/rss"]
    body = await (await client.get("/feeds", headers=authorised())).text()
    assert row_order(body, urls) == [urls[2], urls[1], urls[0]]
    assert "failed 1 times in a row: HTTP 404" in body and "Discord server 1200" in body
    assert "5 min ago" in body and "in 10 min" in body
    by_url = await (await client.get("/feeds?sort=url&desc=1", headers=authorised())).text()
    assert row_order(by_url, urls) == sorted(urls, reverse=True)


async def test_subscriptions_show_next_run_last_delivery_and_why_paused(
    client: TestClient[Any, Any],
) -> None:
    body = await (await client.get("/subscriptions", headers=authorised())).text()
    assert body.index("C0GONE") < body.index("harbour"), "paused first"
    assert "channel_not_found" in body and "HTTP 503" in body
    assert "in 23 h" in body, "next 08:00 UTC"


async def test_deliveries_filter_by_status_and_say_why_one_was_abandoned(
    client: TestClient[Any, Any],
) -> None:
    every = await (await client.get("/deliveries", headers=authorised())).text()
    assert every.count('<tr class="') == 3
    abandoned = await (
        await client.get("/deliveries?status=abandoned", headers=authorised())
    ).text()
    assert abandoned.count('<tr class="') == 1 and "gave up: &lt;script&gt;" in abandoned
    bad = await client.get("/deliveries?status=lost", headers=authorised())
    assert bad.status == 400


async def test_api_status_is_the_same_as_json(client: TestClient[Any, Any]) -> None:
    document = await (await client.get("/api/status", headers=authorised())).json()
    assert document["generated_at"] == NOW.isoformat()
    assert document["counts"] == {
        "feeds": 3, "feeds_failing": 1, "feeds_disabled": 1, "subscriptions": 2,
        "subscriptions_paused": 1, "digests_posted_7d": 1, "digests_retrying_7d": 1,
        "digests_abandoned_7d": 1, "articles": 3,
    }  # fmt: skip
    assert len(document["articles_per_day"]) == 30
    assert document["articles_per_day"][-2:] == [
        {"day": "2026-11-25", "count": 2},
        {"day": "2026-11-26", "count": 1},
    ]
    [first, *_] = document["feeds"]
    assert first["state"] == "disabled" and first["owners"] == ["discord:1200"]
    assert first["next_poll"] is None and first["reason"] == "failed 1 times in a row: HTTP 404"
    evil = next(f for f in document["feeds"] if f["url"] == "https://evil.example/rss")
    assert evil["title"] == SCRIPT, "JSON carries the raw value; a JSON parser makes no HTML"
    paused = document["subscriptions"][0]
    assert paused["paused"] == "channel_not_found" and paused["next_run"] is None
    assert paused["latest_delivery"]["status"] == "abandoned"
    assert [d["status"] for d in document["deliveries"]] == ["failed", "abandoned", "sent"]
    assert document["workers"]["mode"] == "one process"
    only = await (await client.get("/api/status?status=sent", headers=authorised())).json()
    assert [d["status"] for d in only["deliveries"]] == ["sent"]


async def test_the_workers_page_lists_every_heartbeat(
    store: Store, client: TestClient[Any, Any], clock: ManualClock
) -> None:
    from bot.storage.records import WorkerBeat

    for name, age in (("host-a:1:x", 5), ("host-b:2:y", 300)):
        seen = NOW - timedelta(seconds=age)
        await store.heartbeat(
            WorkerBeat(name, name.split(":")[0], 1, seen - timedelta(hours=1), seen, 2, "slack:up")
        )
    page = await (await client.get("/workers", headers=authorised())).text()
    assert "2 <code>newsbot run</code> workers share this database" in page
    assert "host-a:1:x" in page and "5 s ago" in page and "300 s ago" in page
    assert page.count('class="failing"') == 1, "the stale heartbeat stands out"
    document = await (await client.get("/api/status", headers=authorised())).json()
    assert document["workers"]["mode"] == "2 workers"
    assert [p["owner"] for p in document["workers"]["processes"]] == ["host-a:1:x", "host-b:2:y"]
