"""`newsbot backup`: a consistent, checked copy, taken while another process writes."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.settings import CONFIG_DIR
from bot.storage.sqlite.store import SQLiteStore as Store
from tests.bot.storage.test_bad_days import one_line_failure, write_corpus


def newsbot(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_"))}
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=full,
    )


def stored(db: Path) -> int:
    """Articles committed so far, read the way any other process would."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_a_backup_taken_during_an_ingest_is_whole_and_opens(tmp_path: Path) -> None:
    corpus, db, copy = tmp_path / "in.jsonl", tmp_path / "live.db", tmp_path / "copy.db"
    write_corpus(corpus, 2000)
    ingest = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "ingest", str(corpus), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while stored(db) < 250:  # the first batch is committed: the ingest is under way
            assert ingest.poll() is None and time.monotonic() < deadline, ingest.stderr
            time.sleep(0.02)
        result = newsbot("backup", str(copy), "--db", str(db))
        still_writing = ingest.poll() is None
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == str(copy)
        assert "integrity check ok" in result.stderr
        assert still_writing, "the backup was taken while the ingest went on"
        assert ingest.wait(timeout=300) == 0
    finally:
        if ingest.poll() is None:
            ingest.kill()
        ingest.communicate()

    count, checked = asyncio.run(open_as_newsbot(copy))
    assert 250 <= count <= stored(db) == 2000
    assert checked == [("ok",)]
    assert f"{count} articles" in result.stderr


async def open_as_newsbot(db: Path) -> tuple[int, list[tuple[str]]]:
    """The copy opened as a database: its article count and SQLite's integrity check."""
    store = await Store.open(db)
    try:
        return await store.article_count(), await store._read("PRAGMA integrity_check")
    finally:
        await store.close()


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    db = tmp_path / "n.db"
    made = newsbot("ingest", str(CONFIG_DIR / "samples" / "meridian-wire.xml"), "--db", str(db))
    assert made.returncode == 0, made.stderr
    return db


def test_a_backup_never_overwrites_and_needs_a_database(small_db: Path, tmp_path: Path) -> None:
    taken = tmp_path / "taken.db"
    taken.write_text("keep me")
    line = one_line_failure(newsbot("backup", str(taken), "--db", str(small_db)))
    assert "already exists" in line and taken.read_text() == "keep me"
    missing = one_line_failure(newsbot("backup", str(tmp_path / "b.db"), "--db", "no.db"))
    assert "does not exist" in missing and not (tmp_path / "b.db").exists()


def test_a_folder_target_gets_a_dated_file(small_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    result = newsbot("backup", str(folder), "--db", str(small_db))
    assert result.returncode == 0, result.stderr
    [written] = folder.iterdir()
    assert written.name.startswith("newsbot-") and result.stdout.strip() == str(written)
    assert "8 articles" in result.stderr


def test_postgres_is_backed_up_with_pg_dump() -> None:
    result = newsbot(
        "backup", "nightly.dump", env={"NEWSBOT_DB": "postgresql://news@db.example/newsbot"}
    )
    assert result.returncode == 2
    assert result.stdout.strip() == (
        "pg_dump --format=custom --file=nightly.dump postgresql://news@db.example/newsbot"
    )
    assert "pg_dump" in result.stderr
