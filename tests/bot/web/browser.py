"""A real browser against `newsbot run`: Debian's Chromium, driven by Playwright.

Used by the end-to-end test, and on its own to take the README's screenshot:

    python -m tests.bot.web.browser docs/status-page.png

Playwright cannot download its own browser build here, so it starts
/usr/bin/chromium with the flags this machine's closed network needs.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.bundled import SAMPLES
from bot.models import Destination, Owner
from bot.storage import open_store

CHROMIUM = Path("/usr/bin/chromium")
REQUIRED = "NEWSBOT_REQUIRE_BROWSER"  # set in CI: a missing browser fails instead of skipping
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TOKEN = "browser-test-token-0123456789"
HOSTILE_TITLE = '<script>alert("pwned")</script> Hostile Feed'
HOSTILE_URL = "http://127.0.0.1:9/hostile.xml"  # refused by the fetch guard: a failing feed
README_TITLE = "Port Authority Bulletin"  # the same failing feed, titled plainly for the README
VIEWPORT = {"width": 1200, "height": 800}
SAMPLE_FEEDS = 5


def missing() -> str | None:
    """Why the browser test cannot run here, or None."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing (pip install -e '.[test]')"
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def newsbot(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


async def add_failing_feed(db: Path, title: str) -> None:
    """A workspace's feed at an address the fetch guard refuses: it will fail."""
    store = await open_store(db)
    try:
        await store.add_feed(
            HOSTILE_URL, title, "U0MALLORY", datetime.now(UTC), Owner("slack", "T0HOSTILE")
        )
    finally:
        await store.close()


async def add_archived_channel(db: Path) -> None:
    """A Slack channel that was archived: its subscription paused, today's digest abandoned
    (what the deliverer records when Slack answers is_archived)."""
    store = await open_store(db)
    reason = "is_archived: the channel was archived"
    now = datetime.now(UTC)
    due = now - timedelta(hours=3)
    try:
        channel = Destination("slack", "T0HOSTILE", "C0ARCHIVED")
        sub, _ = await store.upsert_subscription(
            channel,
            topic="harbor OR port",
            topic_key="harbor-port",
            at=due.time().replace(second=0, microsecond=0),
            timezone="UTC",
            quiet=False,
            created_by="U0MALLORY",
            now=due - timedelta(days=1),
        )
        claim = await store.claim_delivery(
            sub.id,
            period=due.date().isoformat(),
            due_at=due,
            window_start=due - timedelta(days=1),
            window_end=due,
            owner="screenshot",
            now=due,
            lease_until=due + timedelta(minutes=2),
        )
        assert claim is not None
        await store.finish_delivery(
            claim.id, "screenshot", status="abandoned", now=due, error=reason
        )
        await store.disable_channel(channel, reason)
    finally:
        await store.close()


def prepare(folder: Path, port: int, title: str = HOSTILE_TITLE) -> tuple[Path, Path]:
    """A database with the samples ingested, two digests posted and a failing feed (by
    default titled with markup); a config that serves the status page on `port`."""
    db = folder / "newsbot.db"
    demo = newsbot("demo", "--db", str(db))
    assert demo.returncode == 0, demo.stderr
    asyncio.run(add_failing_feed(db, title))
    config = folder / "web.toml"
    config.write_text(
        f'[feeds]\nurls = ["{SAMPLES}/*.xml"]\n[web]\nhost = "127.0.0.1"\nport = {port}\n'
    )
    return db, config


@contextmanager
def running(db: Path, config: Path, folder: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`newsbot run` with the token in its environment, until the block ends."""
    env = {**os.environ, "NEWSBOT_WEB_TOKEN": TOKEN}
    env = {k: v for k, v in env.items() if not k.startswith(("SLACK_", "DISCORD_"))}
    with (folder / "run.out").open("wb") as out, (folder / "run.err").open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run", "--db", str(db), "--config", str(config)],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=env,
        )
        try:
            yield proc
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def status(base: str) -> dict[str, Any] | None:
    """GET /api/status with the bearer token, or None while nothing listens."""
    request = urllib.request.Request(
        f"{base}/api/status", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only
    try:
        with direct.open(request, timeout=10) as response:
            document: dict[str, Any] = json.load(response)
            return document
    except OSError:
        return None


def wait_until_polled(base: str, proc: subprocess.Popen[bytes], err: Path) -> dict[str, Any]:
    """The status once every sample feed was fetched (a bounded wait, not a timing assertion)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"newsbot run ended: {err.read_text(errors='replace')}")
        document = status(base)
        if document is not None:
            fetched = [f for f in document["feeds"] if f["last_fetch"]]
            if len(fetched) >= SAMPLE_FEEDS + 1:
                return document
        time.sleep(0.5)
    raise AssertionError(f"the feeds were not polled: {err.read_text(errors='replace')}")


async def visit(base: str, profile: Path, shots: Path) -> dict[str, Any]:
    """Sign in, read the overview and the feeds table, take screenshots; what was seen."""
    from playwright.async_api import async_playwright

    seen: dict[str, Any] = {"dialogs": []}
    async with async_playwright() as driver:
        browser = await driver.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=FLAGS,
            viewport=VIEWPORT,  # type: ignore[arg-type]
        )
        try:
            page = browser.pages[0] if browser.pages else await browser.new_page()
            page.on("dialog", lambda dialog: seen["dialogs"].append(dialog.message))
            await page.goto(f"{base}/")
            seen["signin_title"] = await page.title()
            await page.fill("#token", TOKEN)
            await page.click("button[type=submit]")
            await page.wait_for_selector("svg.chart")
            seen["charts"] = await page.locator("svg.chart").count()
            seen["bars"] = await page.locator("svg.chart rect.bar").count()
            seen["tiles"] = await page.locator(".tile").all_inner_texts()
            await page.screenshot(path=str(shots / "overview.png"))
            await page.click("nav >> text=Feeds")
            await page.wait_for_selector("table.feeds")
            seen["feed_rows"] = await page.locator("table.feeds tbody tr").count()
            seen["first_feed"] = await page.locator("table.feeds tbody tr").first.inner_text()
            seen["scripts"] = await page.locator("script").count()
            await page.screenshot(path=str(shots / "feeds.png"))
        finally:
            await browser.close()
    return seen


def main() -> int:
    """Take the README's screenshot of the overview: python -m tests.bot.web.browser OUT.png

    The samples as in the test, the failing feed titled plainly, and an archived channel.
    """
    problem = missing()
    if problem or len(sys.argv) != 2:
        print(problem or __doc__, file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        port = free_port()
        db, config = prepare(folder, port, README_TITLE)
        asyncio.run(add_archived_channel(db))
        base = f"http://127.0.0.1:{port}"
        with running(db, config, folder) as proc:
            wait_until_polled(base, proc, folder / "run.err")
            asyncio.run(visit(base, folder / "profile", folder))
        out.write_bytes((folder / "overview.png").read_bytes())
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
