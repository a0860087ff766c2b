"""The database on bad days: a full disk, a damaged file, a read-only file, a folder.

Each answer is one line that names the file and the way out, with a non-zero exit
and no traceback; what was stored stays. The full disk and the read-only folder are
real filesystems (tmpfs, a read-only bind mount) where this process may mount them
(root on Linux); the store-level full disk uses SQLite's max_page_count everywhere.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import build_app
from bot.settings import CONFIG_DIR, Settings
from bot.storage.errors import DatabaseFull
from bot.storage.sqlite.store import SQLiteStore as Store

FEED = CONFIG_DIR / "samples" / "meridian-wire.xml"
WORDS = [
    *("harbour", "council", "budget", "river", "flood", "storm", "minister", "election"),
    *("market", "rates", "copper", "fishing", "ferry", "school", "hospital", "bridge"),
    *("wind", "farm", "tunnel", "strike"),
]


def newsbot(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_"))}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def one_line_failure(result: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a failed command (asserting there is exactly one)."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr and "Event loop is closed" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def write_corpus(path: Path, n: int) -> None:
    """n distinct articles of about 250 words, as JSONL."""
    rng = random.Random(14)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(
                " ".join(rng.choice(WORDS) for _ in range(12)) + f" item{i}n{j}." for j in range(20)
            )
            fh.write(json.dumps({"id": i, "title": f"Report {i}", "text": text}) + "\n")


def can_mount() -> bool:
    return sys.platform == "linux" and os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs: room for a few batches of articles, not for thousands."""
    if not can_mount():
        pytest.skip("mounting a small filesystem needs root on Linux")
    disk = tmp_path / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3M", "tmpfs", str(disk)], check=True)
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


async def test_a_full_database_stops_cleanly_and_the_next_run_continues(
    settings: Settings, tmp_path: Path
) -> None:
    corpus = tmp_path / "in.jsonl"
    write_corpus(corpus, 1200)
    app = await build_app(settings, adapters=[])
    try:
        pages = (await app.store._read("PRAGMA page_count"))[0][0]
        await app.store._db.execute(f"PRAGMA max_page_count = {pages + 600}")
        with pytest.raises(DatabaseFull, match="full"):
            await app.ingestor.ingest([str(corpus)])
        stored = await app.store.article_count()
        assert 0 < stored < 1200, "the committed batches stay"
        await app.store._db.execute("PRAGMA max_page_count = 1073741823")
        report = await app.ingestor.ingest([str(corpus)])
        assert (report.count("added"), report.count("skipped")) == (1200 - stored, stored)
    finally:
        await app.close()


def test_ingest_on_a_full_disk_says_so_in_one_line_and_resumes(
    small_disk: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "in.jsonl"
    write_corpus(corpus, 1500)
    db = str(small_disk / "n.db")
    line = one_line_failure(newsbot("ingest", str(corpus), "--db", db))
    assert line.startswith("newsbot: disk full: ") and "free space" in line
    stored = int(line.split("disk full: ")[1].split()[0])
    assert stored > 0
    again = one_line_failure(newsbot("ingest", str(corpus), "--db", db))
    assert again.startswith("newsbot: disk full: 0 articles stored")
    subprocess.run(["mount", "-o", "remount,size=64M", str(small_disk)], check=True)
    resumed = newsbot("ingest", str(corpus), "--db", db)
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.startswith(f"added {1500 - stored}, skipped {stored}")


@pytest.fixture
def damaged_db(tmp_path: Path) -> Path:
    """A database of the sample feeds with the middle of the file overwritten."""
    db = tmp_path / "damaged.db"
    made = newsbot("ingest", str(CONFIG_DIR / "samples"), "--db", str(db))
    assert made.returncode == 0, made.stderr
    assert not Path(f"{db}-wal").exists(), "the last connection folded the WAL into the file"
    data = bytearray(db.read_bytes())
    rng = random.Random(10)
    start, end = len(data) // 4, 3 * len(data) // 4
    data[start:end] = rng.randbytes(end - start)
    db.write_bytes(bytes(data))
    return db


@pytest.mark.parametrize(
    "command",
    [
        ["search", "wildfire"],
        ["ask", "Who leads the fire response in Évora?"],
        ["ingest", str(FEED)],
        ["run"],
    ],
)
def test_a_damaged_file_is_named_with_the_way_to_recover(
    damaged_db: Path, command: list[str]
) -> None:
    line = one_line_failure(newsbot(*command, "--db", str(damaged_db)))
    assert str(damaged_db) in line
    assert "damaged" in line and ".recover" in line and "backup" in line


@pytest.fixture
def read_only_db(tmp_path: Path) -> Iterator[Path]:
    """A database of one sample feed that this process cannot write.

    As root, permissions do not stop writes, so the folder is bind-mounted read-only.
    """
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "n.db"
    made = newsbot("ingest", str(FEED), "--db", str(db))
    assert made.returncode == 0, made.stderr
    if os.geteuid() != 0:
        db.chmod(0o444)
        folder.chmod(0o555)
        yield db
        folder.chmod(0o755)
        db.chmod(0o644)
        return
    if not can_mount():
        pytest.skip("a read-only file for root needs a read-only mount")
    view = tmp_path / "view"
    view.mkdir()
    subprocess.run(["mount", "--bind", str(folder), str(view)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True)
        yield view / "n.db"
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)


def test_a_read_only_file_answers_reads_and_refuses_writes_in_one_line(
    read_only_db: Path,
) -> None:
    db = str(read_only_db)
    search = newsbot("search", "copper", "--db", db)
    assert search.returncode == 0 and "Copper" in search.stdout, search.stderr
    ask = newsbot("ask", "What", "did", "copper", "hit?", "--json", "--db", db)
    assert ask.returncode == 0 and json.loads(ask.stdout)["answers"], ask.stderr
    digest = newsbot("digest", "--hours", "100000", "--db", db)
    assert digest.returncode == 0 and digest.stdout.strip(), digest.stderr
    line = one_line_failure(newsbot("ingest", str(CONFIG_DIR / "samples"), "--db", db))
    assert db in line and "read-only" in line
    beside = str(read_only_db.parent / "new.db")
    line = one_line_failure(newsbot("ask", "who", "won", "--db", beside))
    assert f"cannot create database {beside}: its folder is not writable" in line
    chat = newsbot("chat", "--db", db, stdin="/news subscribe copper\n/news search copper\n")
    assert chat.returncode == 0
    assert "went wrong on our side" in chat.stdout and "Copper" in chat.stdout
    [logged] = chat.stderr.strip().splitlines()
    assert "read-only" in logged, "the operator reads one line saying why"


def test_a_folder_given_as_the_database_is_one_line(tmp_path: Path) -> None:
    for command in (["ask", "who"], ["ingest", str(FEED)], ["run"]):
        line = one_line_failure(newsbot(*command, "--db", str(tmp_path)))
        assert f"database {tmp_path} is a folder" in line


async def test_a_database_from_a_newer_newsbot_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    store = await Store.open(db)
    async with store.transaction() as conn:
        await conn.execute(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'x', 'now')"
        )
    await store.close()
    line = one_line_failure(newsbot("ask", "who", "--db", str(db)))
    assert "written by a newer newsbot (schema 999" in line
