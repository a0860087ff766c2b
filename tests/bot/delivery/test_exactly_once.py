"""Exactly once across processes: two `newsbot run`s on one database, and a crash mid-post,
on SQLite and on PostgreSQL (the `database` fixture)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import build_app
from bot.models import Destination
from bot.settings import CONFIG_DIR, load_settings
from bot.storage import open_store
from tests.conftest import add_subscription
from tests.running import Running

TITLE = "Daily digest: wildfire"


@pytest.fixture
def processes() -> Iterator[list[Running]]:
    """Every process a test starts is killed at the end, even when the test fails."""
    started: list[Running] = []
    yield started
    for running in started:
        running.kill()


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "test.toml"
    path.write_text('log_level = "INFO"\n[feeds]\nurls = []\n[digest]\nlease_seconds = 1\n')
    return path


async def prepare(db: str, at: datetime) -> int:
    """A database with the sample articles and one subscription due at `at` (UTC)."""
    app = await build_app(load_settings(database=db, environ={}), adapters=[])
    try:
        await app.ingestor.ingest([str(CONFIG_DIR / "samples" / "meridian-wire.xml")])
        sub = await add_subscription(
            app.store,
            Destination("console", "", "console"),
            "wildfire",
            at=at.time(),
            created=at - timedelta(hours=2),
        )
        return sub.id
    finally:
        await app.close()


def run(db: str, config: Path, processes: list[Running]) -> Running:
    running = Running("--db", db, "--config", str(config))
    processes.append(running)
    return running


async def sent_rows(db: str, sub_id: int = 1) -> list[tuple[str, str]]:
    store = await open_store(db)
    try:
        return [(d.period, d.status) for d in await store.deliveries_for(sub_id)]
    finally:
        await store.close()


def test_two_processes_post_a_due_digest_once(
    database: str, config: Path, processes: list[Running]
) -> None:
    db = database
    soon = (datetime.now(UTC) + timedelta(seconds=4)).replace(microsecond=0)
    asyncio.run(prepare(db, soon))
    first, second = run(db, config, processes), run(db, config, processes)
    period = soon.date().isoformat()
    wait_for_sent(db)  # both write the due row; one claims and posts it
    outputs = [first.stop(), second.stop()]
    assert sum(out.count(TITLE) for out in outputs) == 1, outputs
    assert asyncio.run(sent_rows(db)) == [(period, "sent")]

    # a restart at the wrong moment (still within the grace period) does not post it again
    again = run(db, config, processes)
    again.wait_for("caught up on missed digests: 0 claimed")
    assert TITLE not in again.stop()


def test_killed_between_claim_and_post_is_posted_once_after_restart(
    database: str, config: Path, processes: list[Running]
) -> None:
    db = database
    due = (datetime.now(UTC) - timedelta(minutes=1)).replace(microsecond=0)
    sub_id = asyncio.run(prepare(db, due))
    hanging = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.fakes.hanging_post",
            db,
            str(config),
            str(sub_id),
            due.isoformat(),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert hanging.stdout is not None
        assert hanging.stdout.readline().strip() == "posting", hanging.stderr
    finally:
        os.kill(hanging.pid, signal.SIGKILL)
        hanging.communicate()
    assert asyncio.run(sent_rows(db, sub_id)) == [(due.date().isoformat(), "claimed")]

    wait_until_lease_ends(db, sub_id)  # the dead process's lease (1 s in this config)
    restarted = run(db, config, processes)
    restarted.wait_for("caught up on missed digests: 1 claimed")
    restarted.wait_for(f"posted digest #{sub_id}")
    assert restarted.stop().count(TITLE) == 1
    assert asyncio.run(sent_rows(db, sub_id)) == [(due.date().isoformat(), "sent")]


def wait_for_sent(db: str, sub_id: int = 1, timeout: float = 60) -> None:
    """Block until the subscription's digest is recorded as sent."""
    deadline = time.monotonic() + timeout
    while "sent" not in {status for _, status in asyncio.run(sent_rows(db, sub_id))}:
        assert time.monotonic() < deadline, "the digest was never sent"
        time.sleep(0.2)


def wait_until_lease_ends(db: str, sub_id: int, timeout: float = 30) -> None:
    """Block until no claim is held any more (by the wall clock, as newsbot's)."""

    async def held() -> bool:
        store = await open_store(db)
        try:
            return not await store.unfinished_deliveries(datetime.now(UTC))
        finally:
            await store.close()

    deadline = time.monotonic() + timeout
    while asyncio.run(held()):
        assert time.monotonic() < deadline, "the lease never ended"
        time.sleep(0.1)
