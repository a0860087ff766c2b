"""The terminal adapter: `/news` lines from stdin, replies and digests on stdout.

It needs no tokens and is the embedded default. The person at the terminal owns
the bot, so they may manage the console channel's subscriptions and feeds.

At a terminal, lines are edited with the standard library's `readline` where it
exists (arrows, history kept in the user data directory); digests and log lines
that arrive while a line is being typed are printed above the prompt, which is
then drawn again with what was typed so far.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import sys
import threading
from pathlib import Path
from typing import Any, Protocol, TextIO

import platformdirs

from bot.models import CommandHandler, CommandRequest, Destination, Digest, Posted, PostProgress
from bot.render import digest_text, reply_text
from bot.settings import Settings

PROMPT = "news> "
QUIT = {"quit", "exit", "/quit", "/exit"}
CLEAR_LINE = "\r\x1b[K"
HISTORY_LINES = 1000


class LineEditor(Protocol):
    """Reads lines at a terminal with editing, like `input()` with readline."""

    def open(self) -> None:
        """Before the first line: load the history."""

    def read(self, prompt: str) -> str:
        """Show the prompt and read one line (EOFError at the end of input)."""
        ...

    def buffer(self) -> str:
        """What has been typed of the current line so far."""
        ...

    def close(self) -> None:
        """After the last line: save the history, leave the terminal as it was."""


class ReadlineEditor:
    """`input()` with the standard library's readline: line editing and a history file."""

    def __init__(self, history: Path | None) -> None:
        import readline  # only where it exists, and only at a terminal

        self._readline: Any = readline
        self.history = history
        self._tty: Any = None

    def open(self) -> None:
        with contextlib.suppress(ImportError, OSError, ValueError):
            import termios  # POSIX only

            self._tty = (termios, termios.tcgetattr(sys.stdin.fileno()))
        self._readline.set_history_length(HISTORY_LINES)
        if self.history is not None:
            with contextlib.suppress(OSError):
                self._readline.read_history_file(str(self.history))

    def read(self, prompt: str) -> str:
        return input(prompt)

    def buffer(self) -> str:
        return str(self._readline.get_line_buffer())

    def close(self) -> None:
        if self._tty is not None:  # readline may be stopped half-way through a line
            termios, saved = self._tty
            with contextlib.suppress(OSError, ValueError):
                termios.tcsetattr(sys.stdin.fileno(), termios.TCSADRAIN, saved)
        if self.history is not None:
            try:
                self.history.parent.mkdir(parents=True, exist_ok=True)
                self._readline.write_history_file(str(self.history))
            except OSError as exc:
                logging.getLogger(__name__).debug("history not saved: %s", exc)


def history_path() -> Path:
    """The terminal's command history, in the user data directory (never the working tree)."""
    return Path(platformdirs.user_data_dir("newsbot")) / "history"


def terminal_editor() -> LineEditor | None:
    """A readline editor when stdin and stdout are a terminal and readline exists."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return None
    try:
        return ReadlineEditor(history_path())
    except ImportError:
        return None


class _AbovePrompt:
    """A log stream that prints above the prompt and draws the prompt again."""

    def __init__(self, stream: TextIO, console: ConsoleAdapter) -> None:
        self.stream = stream
        self.console = console

    def write(self, text: str) -> int:
        self.console.above_prompt(self.stream, text)
        return len(text)

    def flush(self) -> None:
        self.stream.flush()


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
        editor: LineEditor | None = None,
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
        self.editor = editor if interactive else None
        self._at_prompt = False
        self._out = threading.Lock()
        self._logs: list[tuple[logging.StreamHandler[Any], TextIO]] = []

    async def start(self, on_command: CommandHandler) -> None:
        """Begin reading commands when interactive; otherwise only post digests."""
        if self.interactive:
            if self.editor is not None:
                self.editor.open()
                self._logs_above_prompt()
            self._reader = asyncio.create_task(self._read_loop(on_command))

    async def stop(self) -> None:
        """Stop reading (the blocked readline thread ends with the process); a prompt left
        open (Ctrl-C) gets its newline, and the history is saved."""
        if self._reader is not None:
            self._reader.cancel()
            self._reader = None
        with self._out:
            if self._at_prompt:
                stream = self.stdout if self.editor is not None else self.stderr
                stream.write("\n")
                stream.flush()
                self._at_prompt = False
        for handler, stream in self._logs:
            handler.setStream(stream)
        self._logs = []
        if self.editor is not None:
            self.editor.close()
            self.editor = None

    def above_prompt(self, stream: TextIO, text: str) -> None:
        """Write text while a line may be being typed: clear the prompt line, write, then
        draw the prompt again with what was typed so far."""
        with self._out:
            editing = self.editor is not None and self._at_prompt
            if editing:
                self.stdout.write(CLEAR_LINE)
                self.stdout.flush()
            stream.write(text)
            stream.flush()
            if editing and self.editor is not None:
                self.stdout.write(PROMPT + self.editor.buffer())
                self.stdout.flush()

    def _logs_above_prompt(self) -> None:
        """Log lines to this terminal go above the prompt too."""
        for handler in logging.getLogger().handlers:
            if type(handler) is logging.StreamHandler and handler.stream in (
                sys.stderr,
                sys.stdout,
            ):
                old = handler.setStream(_AbovePrompt(handler.stream, self))
                if old is not None:
                    self._logs.append((handler, old))

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
                    line = self._read_line()
                except (OSError, ValueError):
                    line = ""
                try:
                    loop.call_soon_threadsafe(queue.put_nowait, line)
                except RuntimeError:  # the loop closed while the line was being read
                    return
                if not line:
                    return

        self._want = wanted
        threading.Thread(target=pump, name="console-stdin", daemon=True).start()
        return queue

    def _read_line(self) -> str:
        """One line with its newline; "" at the end of input."""
        if self.editor is None:
            return self.stdin.readline()
        with self._out:
            self._at_prompt = True
        try:
            return self.editor.read(PROMPT) + "\n"
        except EOFError:
            return ""
        finally:
            with self._out:
                self._at_prompt = False

    async def _read_loop(self, on_command: CommandHandler) -> None:
        tty = self.editor is None and self.stdin.isatty()
        lines = self._lines()
        try:
            while True:
                if tty:
                    with self._out:
                        self.stderr.write(PROMPT)
                        self.stderr.flush()
                        self._at_prompt = True
                self._want.release()
                line = await lines.get()
                if tty:
                    self._at_prompt = False
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
        self.above_prompt(self.stdout, text.rstrip() + "\n\n")


def create(settings: Settings, *, interactive: bool) -> ConsoleAdapter:
    """Entry point `newsbot.adapters:console`: always available (with line editing at a
    terminal)."""
    editor = terminal_editor() if interactive else None
    return ConsoleAdapter(settings, interactive=interactive, editor=editor)
