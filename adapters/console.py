"""The terminal adapter: `/news` lines from stdin, replies and digests on stdout.

It needs no tokens and is the embedded default. The person at the terminal owns
the bot, so they may manage the console channel's subscriptions and feeds.
"""

from __future__ import annotations

import asyncio
import itertools
import sys
import threading
from typing import TextIO

from bot.models import CommandHandler, CommandRequest, Destination, Digest, Posted, PostProgress
from bot.render import digest_text, reply_text
from bot.settings import Settings

PROMPT = "news> "
QUIT = {"quit", "exit", "/quit", "/exit"}


class ConsoleAdapter:
    """Reads commands from a text stream and writes replies and digests to another."""

    platform = "console"

    def __init__(
        self,
        settings: Settings,
        *,
        interactive: bool,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
        stderr: TextIO | None = None,
    ) -> None:
        self.destination = Destination("console", "", settings.console.channel)
        self.user = settings.console.user
        self.interactive = interactive
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.finished = asyncio.Event()
        self._reader: asyncio.Task[None] | None = None
        self._ids = itertools.count(1)
        self._want = threading.Semaphore(0)

    async def start(self, on_command: CommandHandler) -> None:
        """Begin reading commands when interactive; otherwise only post digests."""
        if self.interactive:
            self._reader = asyncio.create_task(self._read_loop(on_command))

    async def stop(self) -> None:
        """Stop reading (the blocked readline thread ends with the process)."""
        if self._reader is not None:
            self._reader.cancel()
            self._reader = None

    def request(self, line: str) -> CommandRequest:
        """A typed line as a command from the terminal's user."""
        text = line.strip()
        if text.startswith("/news"):
            text = text[len("/news") :]
        return CommandRequest(
            text=text.strip(),
            destination=self.destination,
            user_id=self.user,
            can_manage=True,
            operator=True,
        )

    def _lines(self) -> asyncio.Queue[str]:
        """Lines from a daemon thread, so a blocked read never holds up shutdown."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[str] = asyncio.Queue()
        wanted = threading.Semaphore(0)

        def pump() -> None:
            while True:
                wanted.acquire()
                try:
                    line = self.stdin.readline()
                except (OSError, ValueError):
                    line = ""
                loop.call_soon_threadsafe(queue.put_nowait, line)
                if not line:
                    return

        self._want = wanted
        threading.Thread(target=pump, name="console-stdin", daemon=True).start()
        return queue

    async def _read_loop(self, on_command: CommandHandler) -> None:
        tty = self.stdin.isatty()
        lines = self._lines()
        try:
            while True:
                if tty:
                    self.stderr.write(PROMPT)
                    self.stderr.flush()
                self._want.release()
                line = await lines.get()
                if not line or line.strip().lower() in QUIT:
                    break
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                reply = await on_command(self.request(line))
                self._print(reply_text(reply))
        finally:
            self.finished.set()

    async def post_digest(
        self, destination: Destination, digest: Digest, progress: PostProgress | None = None
    ) -> Posted:
        """Print a scheduled digest (unless an earlier attempt already did)."""
        progress = progress or PostProgress()
        if progress.done:
            return Posted(progress.done)
        self._print(
            digest_text(digest) if digest.entries else f"{digest.title}\n{digest.empty_text}"
        )
        message_id = f"console-{next(self._ids)}"
        await progress.posted(message_id)
        return Posted((message_id,))

    def _print(self, text: str) -> None:
        self.stdout.write(text.rstrip() + "\n\n")
        self.stdout.flush()


def create(settings: Settings, *, interactive: bool) -> ConsoleAdapter:
    """Entry point `newsbot.adapters:console`: always available."""
    return ConsoleAdapter(settings, interactive=interactive)
