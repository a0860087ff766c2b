"""A real, throwaway PostgreSQL server for the tests, and a fresh database per test.

`NEWSBOT_TEST_PG=postgresql://…` points the tests at a server you run. Without it,
the tests start their own from the server binaries when they are installed
(`initdb` in a temporary folder, run as the `postgres` user when the tests run as
root, since initdb refuses root; a free loopback port; stopped at the end). With
neither, PostgreSQL cases skip with the reason — unless NEWSBOT_REQUIRE_PG=1
(which `.ci/run` sets), when they fail instead.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

ENV_URL = "NEWSBOT_TEST_PG"
ENV_REQUIRED = "NEWSBOT_REQUIRE_PG"
TEMPLATE = "newsbot_template"


def _binaries() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def throwaway_server() -> Iterator[str]:
    """Start a PostgreSQL server in a temporary folder; yields its admin URL."""
    bin_dir = _binaries()
    if bin_dir is None:
        raise RuntimeError("no PostgreSQL server binaries (initdb) are installed")
    folder = Path(tempfile.mkdtemp(prefix="newsbot-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = folder / "data", _free_port()

    def run(*command: str) -> None:
        subprocess.run(
            [*as_user, *command], check=True, capture_output=True, text=True, timeout=120
        )

    try:
        run(str(bin_dir / "initdb"), "--no-sync", "-A", "trust", "-U", "postgres",
            "-E", "UTF8", "-D", str(data))  # fmt: skip
        options = (
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
            str(folder / "log"), "-w", "start")  # fmt: skip
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"could not start PostgreSQL: {exc.stderr.strip()[:300]}") from None
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        with contextlib.suppress(subprocess.SubprocessError):
            run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def server(url: str | None) -> Iterator[str]:
    """The server at `url`, or a throwaway one when there is none (for benchmarks)."""
    if url:
        yield url
        return
    with throwaway_server() as started:
        yield started


def with_database(url: str, name: str) -> str:
    """The same server URL (postgresql://…), naming another database."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def admin(url: str, *statements: str) -> None:
    """Run statements outside a transaction (CREATE/DROP DATABASE)."""
    with psycopg.connect(url, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


def create_database(url: str, *, template: str = "template0") -> str:
    """A new empty database on the server; returns its URL."""
    name = f"newsbot_{uuid.uuid4().hex[:12]}"
    for attempt in range(20):
        try:
            admin(url, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
            break
        except psycopg.errors.ObjectInUse:  # the template is busy for a moment
            time.sleep(0.05 * (attempt + 1))
    else:
        raise RuntimeError(f"could not create database {name}")
    return with_database(url, name)


def drop_database(url: str) -> None:
    """Drop a test database, whoever is still connected."""
    name = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
    server = with_database(url, "postgres")
    admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
