"""`newsbot health`: what an orchestrator asks to restart a stuck worker."""

from __future__ import annotations

import asyncio
import re
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.storage import open_store
from bot.storage.records import WorkerBeat
from tests.bot.test_cli import newsbot
from tests.running import Running


def test_health_follows_a_running_worker(tmp_path: Path) -> None:
    db = str(tmp_path / "n.db")
    config = tmp_path / "c.toml"
    config.write_text("[feeds]\nurls = []\n[workers]\nheartbeat_seconds = 1\n")
    assert newsbot("health", "--db", db).returncode == 1
    worker = Running("--db", db, "--config", str(config))
    try:
        worker.wait_for("newsbot is running")
        alive = newsbot("health", "--db", db, "--config", str(config))
        assert alive.returncode == 0, alive.stderr
        assert alive.stdout.startswith("ok: ") and "console:up" in alive.stdout
    finally:
        worker.stop()
    gone = newsbot("health", "--db", db, "--config", str(config))
    assert gone.returncode == 1
    assert gone.stderr.strip() == (
        f"newsbot health: no newsbot run on {socket.gethostname()} has written a heartbeat"
    )


def test_a_stale_or_disconnected_worker_is_unhealthy(tmp_path: Path) -> None:
    db = str(tmp_path / "n.db")

    async def beat(age: timedelta, detail: str) -> None:
        store = await open_store(db)
        now = datetime.now(UTC)
        try:
            await store.heartbeat(
                WorkerBeat("w1", socket.gethostname(), 1, now - age, now - age, 0, detail)
            )
        finally:
            await store.close()

    asyncio.run(beat(timedelta(minutes=5), "console:up"))
    stale = newsbot("health", "--db", db)
    assert stale.returncode == 1
    assert re.search(r"w1's last heartbeat is 3\d\d s old \(more than 30 s\)", stale.stderr)
    asyncio.run(beat(timedelta(), "console:up discord:down"))
    down = newsbot("health", "--db", db)
    assert down.returncode == 1 and "w1 is not connected to discord" in down.stderr
    assert newsbot("health", "--db", db, "--within", "1").returncode == 1
