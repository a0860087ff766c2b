"""Exactly once across processes: two `newsbot run`s on one file, and a crash mid-post."""

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
from bot.storage.sqlite.store import SQLiteStore as Store
from tests.conftest import add_subscription

TITLE = "Daily digest: wildfire"


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[str]]]:
    """Every process a test starts is killed at the end, even when the test fails."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "test.toml"
    path.write_text("[feeds]\nurls = []\n[digest]\nlease_seconds = 1\n")
    return path


async def prepare(db: Path, at: datetime) -> int:
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


def run(db: Path, config: Path, processes: list[subprocess.Popen[str]]) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run", "--db", str(db), "--config", str(config)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    processes.append(proc)
    return proc


def stop(proc: subprocess.Popen[str]) -> tuple[str, str]:
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    return out, err


async def sent_rows(db: Path) -> list[tuple[str, str]]:
    store = await Store.open(db)
    try:
        rows = await store._read("SELECT period, status FROM deliveries")
        return [(r[0], r[1]) for r in rows]
    finally:
        await store.close()


def test_two_processes_post_a_due_digest_once(
    tmp_path: Path, config: Path, processes: list[subprocess.Popen[str]]
) -> None:
    db = tmp_path / "shared.db"
    soon = (datetime.now(UTC) + timedelta(seconds=4)).replace(microsecond=0)
    asyncio.run(prepare(db, soon))
    first, second = run(db, config, processes), run(db, config, processes)
    time.sleep((soon - datetime.now(UTC)).total_seconds() + 3)
    outputs = [stop(first)[0], stop(second)[0]]
    assert sum(out.count(TITLE) for out in outputs) == 1, outputs
    assert asyncio.run(sent_rows(db)) == [(soon.date().isoformat(), "sent")]

    # a restart at the wrong moment (still within the grace period) does not post it again
    again = run(db, config, processes)
    time.sleep(3)
    out, _ = stop(again)
    assert TITLE not in out


def test_killed_between_claim_and_post_is_posted_once_after_restart(
    tmp_path: Path, config: Path, processes: list[subprocess.Popen[str]]
) -> None:
    db = tmp_path / "crash.db"
    due = (datetime.now(UTC) - timedelta(minutes=1)).replace(microsecond=0)
    sub_id = asyncio.run(prepare(db, due))
    hanging = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.fakes.hanging_post",
            str(db),
            str(config),
            str(sub_id),
            due.isoformat(),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    processes.append(hanging)
    assert hanging.stdout is not None
    assert hanging.stdout.readline().strip() == "posting", hanging.stderr.read()
    os.kill(hanging.pid, signal.SIGKILL)
    hanging.wait()
    assert asyncio.run(sent_rows(db)) == [(due.date().isoformat(), "claimed")]

    time.sleep(1.5)  # the dead process's lease (1 s in this config) runs out
    restarted = run(db, config, processes)
    time.sleep(4)
    out, _ = stop(restarted)
    assert out.count(TITLE) == 1
    assert asyncio.run(sent_rows(db)) == [(due.date().isoformat(), "sent")]
