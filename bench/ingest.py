"""Ingest throughput as the database grows, database size, and memory.

    python -m bench.ingest [--n 10000] [--chunks 1] [--corpus ../shared/corpus]

With `--chunks K` the articles are ingested in K files one after another into the same
database (each its own `newsbot ingest`), and the rate of each chunk is reported beside
the bare insert of the same chunk into a bare database that grows alike, so a rate that
falls as the database grows shows; each chunk's peak RSS is the largest of the ingest
process and its worker processes.

Articles are built from the development corpora (read by path, never copied into the
repository): each corpus text appears in several variants (paragraphs reordered, one
sentence of its own), so some group into stories and none is an exact duplicate. Every
figure comes with a baseline measured in the same run on this (shared, noisy) machine:

- throughput: `newsbot ingest FILE.jsonl` (cleaning, dedupe, grouping, FTS) against a bare
  SQLite+FTS5 insert of the same texts in one transaction;
- memory: peak RSS of `newsbot run` over the ingested database against a Python process
  that only imports newsbot's modules.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import CORPUS, corpus_articles
from bench.memory import status_kib, tree_rss_kib


def build_corpus(corpus: Path, n: int, out: Path) -> int:
    """Write n JSONL records derived from the corpora; returns the total size in bytes."""
    texts = corpus_articles(corpus)
    rng = random.Random(20261126)
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            title, text = texts[i % len(texts)]
            paragraphs = [p for p in text.split("\n") if p.strip()]
            if i >= len(texts):
                rng.shuffle(paragraphs)
            body = "\n\n".join(paragraphs) + f"\n\nThis is report {i} of the bench run."
            fh.write(
                json.dumps(
                    {"id": i, "title": title, "text": body, "url": f"https://bench.example/{i}"}
                )
                + "\n"
            )
    return out.stat().st_size


def baseline_insert(source: Path, db: Path) -> float:
    """Seconds to insert the same texts into a bare table with an FTS5 index."""
    started = time.perf_counter()
    fresh = not db.exists()
    conn = sqlite3.connect(db)
    if fresh:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE a (id INTEGER PRIMARY KEY, title TEXT, text TEXT)")
        conn.execute(
            "CREATE VIRTUAL TABLE f USING fts5(title, text, content='a', "
            "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"
        )
    with source.open(encoding="utf-8") as fh, conn:
        for line in fh:
            record = json.loads(line)
            cur = conn.execute(
                "INSERT INTO a (title, text) VALUES (?, ?)", (record["title"], record["text"])
            )
            conn.execute(
                "INSERT INTO f (rowid, title, text) VALUES (?, ?, ?)",
                (cur.lastrowid, record["title"], record["text"]),
            )
    conn.close()
    return time.perf_counter() - started


def newsbot(*args: str) -> list[str]:
    return [sys.executable, "-m", "bot.cli", *args]


def run_measured(command: list[str]) -> tuple[subprocess.CompletedProcess[str], int, int]:
    """Run a command; its own peak RSS (VmHWM, read from /proc after exec, so a fork of
    this big process does not count) and the peak of the summed RSS of it and its worker
    processes, sampled every 50 ms (KiB)."""
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    own = tree = 0
    while proc.poll() is None:
        own = max(own, status_kib(proc.pid, "VmHWM:"))
        tree = max(tree, tree_rss_kib(proc.pid))
        time.sleep(0.05)
    out, err = proc.communicate()
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, command, out, err)
    return subprocess.CompletedProcess(command, proc.returncode, out, err), own, max(own, tree)


def rss_of_run(db: Path, config: Path, settle: float) -> int:
    proc = subprocess.Popen(
        newsbot("run", "--db", str(db), "--config", str(config)),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    for line in proc.stderr:
        if "newsbot is running" in line:
            break
    time.sleep(settle)
    rss = status_kib(proc.pid, "VmHWM:")
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=30)
    return rss


def rss_of_imports() -> int:
    code = (
        "import bot.app, bot.cli, adapters.console, os, time; "
        "print(open(f'/proc/{os.getpid()}/status').read())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return int(next(row for row in out.splitlines() if row.startswith("VmHWM:")).split()[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--chunks", type=int, default=1, help="ingest in this many files")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--settle",
        type=float,
        default=5.0,
        help="seconds `newsbot run` runs before its memory is read",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsbot-bench-") as tmp:
        work = Path(tmp)
        source = work / "articles.jsonl"
        size = build_corpus(args.corpus, args.n, source)
        lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
        per = -(-len(lines) // args.chunks)
        chunks = []
        for k in range(args.chunks):
            part = work / f"part{k}.jsonl"
            part.write_text("".join(lines[k * per : (k + 1) * per]), encoding="utf-8")
            chunks.append(part)
        del lines

        db = work / "newsbot.db"
        rows = []
        ingest_s = base_s = 0.0
        peak = own_peak = 0
        for k, part in enumerate(chunks):
            bare = baseline_insert(part, work / "baseline.db")
            started = time.perf_counter()
            result, own, tree = run_measured(newsbot("ingest", str(part), "--db", str(db)))
            took = time.perf_counter() - started
            count = min(per, args.n - k * per)
            peak = max(peak, tree)
            own_peak = max(own_peak, own)
            rows.append((k * per, k * per + count, count / took, count / bare, took / bare, peak))
            ingest_s, base_s = ingest_s + took, base_s + bare
            print(
                f"articles {k * per:,}–{k * per + count:,}: {count / took:,.0f}/s "
                f"(bare {count / bare:,.0f}/s, {took / bare:.1f}x); peak RSS so far "
                f"{peak / 1024:.0f} MiB (the ingest process alone {own_peak / 1024:.0f} MiB)",
                file=sys.stderr,
            )
        db_bytes = sum(p.stat().st_size for p in work.glob("newsbot.db*"))
        with sqlite3.connect(db) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            articles, stories = conn.execute(
                "SELECT count(*), count(DISTINCT story_id) FROM articles"
            ).fetchone()
        db_bytes = db.stat().st_size

        config = work / "bench.toml"
        config.write_text("[feeds]\nurls = []\n")
        run_kib = rss_of_run(db, config, args.settle)
        import_kib = rss_of_imports()

    print(
        f"input: {args.n:,} articles, {size / 1e6:.1f} MB of JSONL "
        f"(python {sys.version.split()[0]}, {os.cpu_count()} CPUs)"
    )
    print(
        f"newsbot ingest (last chunk): {result.stdout.strip().splitlines()[0]}; total "
        f"{articles:,} articles in {stories:,} stories"
    )
    if len(rows) > 1:
        print(
            "| articles | newsbot ingest /s | bare insert /s | × "
            "| peak RSS so far, with workers (MiB) |"
        )
        print("|---|---|---|---|---|")
        for start, end, rate, bare_rate, ratio, peak in rows:
            print(
                f"| {start:,}–{end:,} | {rate:,.0f} | {bare_rate:,.0f} | {ratio:.1f} "
                f"| {peak / 1024:.0f} |"
            )
        first, last = rows[0][2], rows[-1][2]
        print(f"last chunk's rate / first chunk's: {last / first:.2f}")
    print(
        f"  {ingest_s:.1f} s = {articles / ingest_s:,.0f} articles/s "
        f"(baseline bare SQLite+FTS5 insert: {base_s:.1f} s = {args.n / base_s:,.0f}/s; "
        f"ratio {ingest_s / base_s:.1f}x)"
    )
    print(
        f"database: {db_bytes / 1e6:.1f} MB = {db_bytes / articles / 1024:.1f} KiB an article "
        f"({db_bytes / size:.2f}x the JSONL)"
    )
    print(
        f"newsbot run peak RSS: {run_kib / 1024:.0f} MiB (baseline: importing newsbot's "
        f"modules {import_kib / 1024:.0f} MiB; ratio {run_kib / import_kib:.2f}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
