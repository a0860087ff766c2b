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


class WorkerPool:
    """Up to `processes` worker processes for `what` (a phrase for the logs)."""

    def __init__(self, processes: int, what: str) -> None:
        self.processes = processes
        self.what = what
        self._pool: ProcessPoolExecutor | None = None

    @property
    def running(self) -> bool:
        """Whether worker processes take the work (started and not failed)."""
        return self._pool is not None

    def start(self) -> None:
        """Let worker processes take the work from now on (they are spawned at the first
        piece of work), unless they run already or cannot start."""
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

    async def run(self, function: Callable[..., T], *args: object) -> T:
        """`function(*args)` in a worker process when they run, else in a thread."""
        pool = self._pool
        if pool is not None:
            from concurrent.futures.process import BrokenProcessPool  # imported with the pool

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
        return await asyncio.to_thread(function, *args)

    def close(self) -> None:
        """Stop the worker processes and wait for them to exit (nothing is left running)."""
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
