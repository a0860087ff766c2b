from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import os
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from adapters.console import ConsoleAdapter, history_path
from bot.app import build_app
from bot.models import Destination, Digest, DigestEntry, SourceLink
from bot.settings import Settings


async def test_chat_loop_answers_each_line_until_quit(settings: Settings) -> None:
    stdin = io.StringIO(
        "/news help\n\n# a comment\nsubscriptions\n/news subscribe x at 25:00\nquit\n/news help\n"
    )
    stdout = io.StringIO()
    console = ConsoleAdapter(settings, interactive=True, stdin=stdin, stdout=stdout)
    app = await build_app(settings, adapters=[console])
    try:
        await app.start(schedule=False)
        await console.finished.wait()
    finally:
        await app.close()
    out = stdout.getvalue()
    assert out.count("newsbot posts one digest a day") == 1, "help once; nothing read after quit"
    assert "This channel has no subscriptions." in out
    assert "⚠ `25:00` is not a time" in out


async def test_end_of_input_finishes_the_chat(settings: Settings) -> None:
    stdout = io.StringIO()
    console = ConsoleAdapter(settings, interactive=True, stdin=io.StringIO(""), stdout=stdout)
    app = await build_app(settings, adapters=[console])
    try:
        await app.start(schedule=False)
        await asyncio.wait_for(console.finished.wait(), timeout=10)
        assert console.finished.is_set()
        assert stdout.getvalue() == "", "nothing was read, so nothing was answered"
    finally:
        await app.close()


async def test_post_digest_prints_and_returns_ids(settings: Settings, tmp_path: Path) -> None:
    stdout = io.StringIO()
    console = ConsoleAdapter(settings, interactive=False, stdout=stdout)
    entry = DigestEntry(
        1,
        "Rates cut",
        "https://w.example/r",
        "Wire",
        None,
        ("The bank cut rates.",),
        ("Rate now 3.5%",),
        (SourceLink("Ledger", "https://l.example/r"),),
    )
    posted = await console.post_digest(
        Destination("console", "", "console"), Digest("rates", "Daily digest: rates", (entry,))
    )
    assert posted.message_ids == ("console-1",)
    text = stdout.getvalue()
    for part in (
        "Daily digest: rates",
        "1. Rates cut",
        "The bank cut rates.",
        "• Rate now 3.5%",
        "Also covered by Ledger (https://l.example/r)",
    ):
        assert part in text


class FakeEditor:
    """A LineEditor typing the given lines; it waits at the prompt until let go."""

    def __init__(self, stdout: io.StringIO, lines: list[str]) -> None:
        self.stdout = stdout
        self.lines = lines
        self.waiting = threading.Event()
        self.go_on = threading.Event()
        self.typed = "half a comm"
        self.opened = self.closed = False

    def open(self) -> None:
        self.opened = True

    def read(self, prompt: str) -> str:
        self.stdout.write(prompt + self.typed)
        self.waiting.set()
        self.go_on.wait()
        self.go_on.clear()
        if not self.lines:
            raise EOFError
        return self.lines.pop(0)

    def buffer(self) -> str:
        return self.typed

    def close(self) -> None:
        self.closed = True


async def test_a_digest_arriving_at_the_prompt_prints_above_it(settings: Settings) -> None:
    stdout = io.StringIO()
    editor = FakeEditor(stdout, ["quit"])
    console = ConsoleAdapter(settings, interactive=True, stdout=stdout, editor=editor)
    app = await build_app(settings, adapters=[console])
    try:
        await app.start(schedule=False)
        await asyncio.to_thread(editor.waiting.wait)
        digest = Digest("rates", "Daily digest: rates", (), empty_text="No news.")
        await console.post_digest(Destination("console", "", "console"), digest)
        logging.getLogger("newsbot.test").warning("a log line")
        editor.go_on.set()
        await console.finished.wait()
    finally:
        await app.close()
    out = stdout.getvalue()
    assert out.startswith(
        "news> half a comm\r\x1b[KDaily digest: rates\nNo news.\n\nnews> half a comm"
    )
    assert editor.opened and editor.closed


async def test_stopping_at_the_prompt_ends_the_line(settings: Settings) -> None:
    stdout = io.StringIO()
    editor = FakeEditor(stdout, [])
    console = ConsoleAdapter(settings, interactive=True, stdout=stdout, editor=editor)
    app = await build_app(settings, adapters=[console])
    try:
        await app.start(schedule=False)
        await asyncio.to_thread(editor.waiting.wait)
    finally:
        await app.close()  # what Ctrl-C does
    assert stdout.getvalue() == "news> half a comm\n"
    editor.go_on.set()


def test_the_history_lives_in_the_user_data_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert history_path() == tmp_path / "data" / "newsbot" / "history"


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_at_a_terminal_lines_are_edited_and_remembered(tmp_path: Path) -> None:
    """`newsbot chat` on a real (pseudo-)terminal: the up arrow brings back the last
    command, the history is kept in the user data directory, and Ctrl-C ends the line."""
    pytest.importorskip("readline")
    main, child = os.openpty()
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "TERM": "xterm"}
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "chat", "--db", str(tmp_path / "n.db")],
        stdin=child,
        stdout=child,
        stderr=child,
        env=env,
        close_fds=True,
    )
    os.close(child)
    seen = b""

    def read_until(marker: bytes, count: int = 1) -> None:
        nonlocal seen
        deadline = time.monotonic() + 60
        while seen.count(marker) < count and time.monotonic() < deadline:
            ready, _, _ = select.select([main], [], [], 1)
            if ready:
                try:
                    seen += os.read(main, 4096)
                except OSError:
                    break
        assert seen.count(marker) >= count, seen.decode(errors="replace")

    try:
        read_until(b"news> ")
        os.write(main, b"help subscribe\r")
        read_until(b"news> ", 2)
        os.write(main, b"\x1b[A\r")  # the up arrow, then Enter
        read_until(b"news> ", 3)
        assert seen.count(b"/news subscribe <topic>") == 2, seen.decode(errors="replace")
        assert b"unknown command" not in seen
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=60) == 0
        with contextlib.suppress(OSError):
            seen += os.read(main, 4096)
    finally:
        if process.poll() is None:
            process.kill()
        os.close(main)
    assert seen.rstrip(b" ").endswith((b"news> \r\n", b"news> \n")), seen[-40:]
    history = (tmp_path / "data" / "newsbot" / "history").read_text(encoding="utf-8")
    assert "help subscribe" in history


class _SlowStdin(io.StringIO):
    """A terminal whose next line arrives only when `typed` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.typed = threading.Event()

    def readline(self, size: int | None = -1) -> str:
        self.typed.wait(timeout=10)
        return "help\n"


def test_a_line_typed_after_the_bot_stopped_is_dropped_quietly(settings: Settings) -> None:
    stdin = _SlowStdin()
    console = ConsoleAdapter(settings, interactive=True, stdin=stdin, stdout=io.StringIO())
    raised: list[BaseException | None] = []
    before, threading.excepthook = threading.excepthook, lambda a: raised.append(a.exc_value)
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(asyncio.sleep(0))
        loop.call_soon(console._lines)  # the reading thread starts …
        loop.run_until_complete(asyncio.sleep(0))
        console._want.release()  # … and waits for a line
        loop.close()  # the bot stops
        stdin.typed.set()  # then the line comes
        for thread in threading.enumerate():
            if thread.name == "console-stdin":
                thread.join(timeout=10)
    finally:
        threading.excepthook = before
    assert raised == []
