"""`newsbot run` in a subprocess whose stderr lines a test waits for, instead of sleeping."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading


def environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    """This environment without tokens or newsbot variables, plus `extra`."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_", "NEWSBOT_"))
    }
    env.update(extra or {})
    return env


class Running:
    """A `newsbot run` process. Its stderr lines are read as they come (`wait_for`), its
    stdout is collected all along (so a busy process never blocks on a full pipe)."""

    def __init__(self, *args: str, env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run", *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment(env),
        )
        self.seen: list[str] = []
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._out: list[str] = []
        assert self.proc.stderr is not None and self.proc.stdout is not None
        threading.Thread(target=self._pump, args=(self.proc.stderr,), daemon=True).start()
        self._reader = threading.Thread(target=self._collect, args=(self.proc.stdout,))
        self._reader.start()

    def _pump(self, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            self._lines.put(line)
        self._lines.put(None)

    def _collect(self, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            self._out.append(line)

    def output(self) -> str:
        """Everything printed on stdout (once the process has ended: all of it)."""
        if self.proc.poll() is not None:
            self._reader.join(timeout=30)
        return "".join(self._out)

    def wait_for(self, text: str, timeout: float = 60) -> str:
        """The first stderr line (from now on) containing `text`; fails after `timeout` s."""
        while True:
            line = self._lines.get(timeout=timeout)
            if line is None:
                raise AssertionError(f"ended before saying {text!r}: {''.join(self.seen)}")
            self.seen.append(line)
            if text in line:
                return line

    def stop(self) -> str:
        """SIGTERM once it says it is running (its signal handlers are in place by then),
        then its stdout; the process must end cleanly."""
        if not any("newsbot is running" in line for line in self.seen):
            self.wait_for("newsbot is running")
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=30)
        assert self.proc.returncode == 0, "".join(self.seen)
        return self.output()

    def kill(self) -> str:
        """SIGKILL (no clean-up at all, as a crash); what it printed until then."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        return self.output()
