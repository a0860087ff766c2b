"""End to end in a real browser: `newsbot run` with the samples ingested, Chromium signs in.

Skips with a reason when Chromium or Playwright is missing, unless
NEWSBOT_REQUIRE_BROWSER is set (CI sets it), where that fails the test.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from tests.bot.web import browser


@pytest.fixture
def available() -> None:
    problem = browser.missing()
    if problem is None:
        return
    if os.environ.get(browser.REQUIRED):
        pytest.fail(f"the browser test must run here ({browser.REQUIRED} is set): {problem}")
    pytest.skip(problem)


def test_operator_signs_in_and_sees_feeds_and_charts(available: None, tmp_path: Path) -> None:
    port = browser.free_port()
    db, config = browser.prepare(tmp_path, port)
    base = f"http://127.0.0.1:{port}"
    with browser.running(db, config, tmp_path) as proc:
        document = browser.wait_until_polled(base, proc, tmp_path / "run.err")
        seen = asyncio.run(browser.visit(base, tmp_path / "profile", tmp_path))

    assert document["counts"]["articles"] == 41 and document["counts"]["digests_posted_7d"] == 2
    assert seen["signin_title"].startswith("Sign in")
    assert seen["charts"] == 2 and seen["bars"] == 60
    assert any("41" in tile and "articles" in tile for tile in seen["tiles"])
    assert seen["feed_rows"] == browser.SAMPLE_FEEDS + 1
    # the failing feed comes first, its title shown as text and its script never run
    assert browser.HOSTILE_TITLE in seen["first_feed"] and "failing" in seen["first_feed"]
    assert seen["dialogs"] == [] and seen["scripts"] == 0
    for name in ("overview.png", "feeds.png"):
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
