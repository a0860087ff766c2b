"""Memory as /proc shows it: a process's RSS, and the peak of a process tree's sum."""

from __future__ import annotations

import threading
from types import TracebackType


def status_kib(pid: int, key: str) -> int:
    """A `VmRSS:`/`VmHWM:` line of /proc/PID/status in KiB (0 once the process is gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid: int) -> list[int]:
    """The pids of a process's children."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as fh:
            return [int(c) for c in fh.read().split()]
    except OSError:
        return []


def tree_rss_kib(pid: int) -> int:
    """The summed RSS of a process and its children now."""
    return sum(status_kib(p, "VmRSS:") for p in [pid, *children(pid)])


class TreePeak:
    """`with TreePeak(pid) as peak:` samples the tree's summed RSS every 50 ms; `peak.kib`."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.kib = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._done.wait(0.05):
            self.kib = max(self.kib, tree_rss_kib(self.pid))

    def __enter__(self) -> TreePeak:
        self.kib = tree_rss_kib(self.pid)
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._done.set()
        self._thread.join()
        self.kib = max(self.kib, tree_rss_kib(self.pid))
