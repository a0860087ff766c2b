from __future__ import annotations

import asyncio
import io
from pathlib import Path

from adapters.console import ConsoleAdapter
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
