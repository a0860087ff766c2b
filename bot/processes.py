"""Pure CPU work in worker processes, so it uses the other cores.

The core is one asyncio process, and pure-Python work (cleaning articles, summarizing
stories) holds the GIL however many threads run it. A `WorkerPool` sends such work
to spawned processes, started on first use and kept. If they cannot start (no
process semaphores here) or one dies (killed for memory, say), the work runs in a
thread of this process from then on: slower, never lost.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

log = logging.getLogger(__name__)
T = TypeVar("T")
IDLE_SECONDS = 300.0  # worker processes without work this long are stopped until needed


class WorkerPool:
    """Up to `processes` worker processes for `what` (a phrase for the logs).

    With `idle_seconds`, the processes stop after that long without work (an idle
    service gives their memory back) and start again with the next piece of work.
    """

    def __init__(
        self, processes: int, what: str, idle_seconds: float | None = IDLE_SECONDS
    ) -> None:
        self.processes = processes
        self.what = what
        self.idle_seconds = idle_seconds
        self._pool: ProcessPoolExecutor | None = None
        self._wanted = False  # `start` was called and the processes did not fail
        self._busy = 0
        self._idle: asyncio.TimerHandle | None = None

    @property
    def running(self) -> bool:
        """Whether worker processes take the work (started and not failed or idle)."""
        return self._pool is not None

    def start(self) -> None:
        """Let worker processes take the work from now on (they are spawned at the first
        piece of work), unless they run already or cannot start."""
        self._wanted = True
        if self._pool is not None:
            return
        import multiprocessing  # only a service or a large ingest needs them
        from concurrent.futures import ProcessPoolExecutor

        try:
            self._pool = ProcessPoolExecutor(
                self.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_exit_with_parent,
                initargs=(os.getpid(),),
            )
        except (OSError, ImportError, NotImplementedError) as exc:  # no semaphores here
            log.info("%s in this process: no worker processes (%s)", self.what, exc)
            self._wanted = False

    async def run(self, function: Callable[..., T], *args: object) -> T:
        """`function(*args)` in a worker process when they run, else in a thread."""
        if self._wanted and self._pool is None:
            self.start()
        pool = self._pool
        if pool is None:
            return await asyncio.to_thread(function, *args)
        from concurrent.futures.process import BrokenProcessPool  # imported with the pool

        self._busy += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(pool, function, *args)
        except (BrokenProcessPool, OSError) as exc:  # not what the function raises
            if self._pool is pool:  # the first of the pieces of work it failed
                log.warning(
                    "%s in this process from now on: worker processes failed (%s)",
                    self.what,
                    exc,
                )
                pool.shutdown(wait=False)
                self._pool = None
                self._wanted = False
        finally:
            self._busy -= 1
            self._rest_later()
        return await asyncio.to_thread(function, *args)

    def _rest_later(self) -> None:
        """Stop the processes once they have had no work for `idle_seconds`."""
        if self.idle_seconds is None or self._busy:
            return
        if self._idle is not None:
            self._idle.cancel()
        self._idle = asyncio.get_running_loop().call_later(self.idle_seconds, self._rest)

    def _rest(self) -> None:
        self._idle = None
        if self._pool is not None and not self._busy:
            log.debug("%s: worker processes idle, stopped until there is work", self.what)
            self._pool.shutdown(wait=False)
            self._pool = None

    def close(self) -> None:
        """Stop the worker processes and wait for them to exit (nothing is left running)."""
        self._wanted = False
        if self._idle is not None:
            self._idle.cancel()
            self._idle = None
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _exit_with_parent(parent: int) -> None:
    """In a worker: exit when the process that started it is gone (a kill -9 gives it
    no chance to stop its workers, and they would wait for work for ever)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
