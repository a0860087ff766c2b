"""Worker processes: work runs in them, they rest when idle and come back for more work."""

from __future__ import annotations

import asyncio
import multiprocessing
import os

from bot.processes import WorkerPool


async def wait_for_no_children(seconds: float) -> bool:
    for _ in range(int(seconds / 0.05)):
        if not multiprocessing.active_children():
            return True
        await asyncio.sleep(0.05)
    return False


async def test_idle_workers_stop_and_start_again_for_the_next_work() -> None:
    pool = WorkerPool(1, "testing", idle_seconds=0.3)
    try:
        assert await pool.run(os.getpid) == os.getpid(), "before start: a thread here"
        pool.start()
        first = await pool.run(os.getpid)
        assert first != os.getpid() and pool.running
        await asyncio.sleep(0.5)
        assert not pool.running, "idle for longer than idle_seconds"
        assert await wait_for_no_children(10), "their processes exit"
        second = await pool.run(os.getpid)
        assert second not in (os.getpid(), first), "a new process took the next work"
    finally:
        pool.close()
    assert not multiprocessing.active_children()
    assert await pool.run(os.getpid) == os.getpid(), "after close: a thread again"


async def test_busy_workers_do_not_rest() -> None:
    pool = WorkerPool(1, "testing", idle_seconds=0.2)
    pool.start()
    try:
        for _ in range(4):  # work keeps coming, each time within idle_seconds
            assert await pool.run(os.getpid) != os.getpid()
            await asyncio.sleep(0.1)
            assert pool.running
    finally:
        pool.close()
