"""kill -9 in the middle of an ingest: the database opens clean and keeps every committed batch."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bot.ingestion.ingest import BATCH

RECORDS = 8 * BATCH


def write_corpus(path: Path) -> None:
    rng = random.Random(7)
    with path.open("w") as fh:
        for n in range(RECORDS):
            words = " ".join(f"w{rng.randrange(50_000)}" for _ in range(60))
            text = f"Report {n} says {words}. Officials counted {n} ships."
            fh.write(json.dumps({"id": n, "title": f"Harbour report {n}", "text": text}) + "\n")


def committed(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as fh:
        return [int(c) for c in fh.read().split()]


def alive(pid: int) -> bool:
    """Running (an exited process that nobody reaped yet is a zombie, not alive)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            return not any(line.startswith("State:") and "Z" in line for line in fh)
    except OSError:
        return False


def test_kill_mid_batch_keeps_committed_articles(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "crash.db"
    write_corpus(corpus)
    command = [sys.executable, "-m", "bot.cli", "ingest", str(corpus), "--db", str(db)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    seen = 0
    while seen < 2 * BATCH and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
        seen = committed(db)
    workers = children(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest was still running when killed"
    assert seen >= 2 * BATCH
    assert workers, "a file this large is cleaned in worker processes"
    for _ in range(100):
        if not any(alive(pid) for pid in workers):
            break
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers), "the ingest's workers exit with it"

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    assert count >= seen, "every committed article survived"
    assert count % BATCH == 0, "batches commit whole or not at all"
    assert stories == count, "no story row without its article"

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"added {RECORDS - count}, skipped {count}" in rerun.stdout
