"""What only PostgreSQL has: connecting by URL, one-line failures, migrations under an
advisory lock. The behaviour both backends share is in tests/bot/storage/test_contract.py."""

from __future__ import annotations

import asyncio

import psycopg
import pytest

from bot.storage import open_store
from bot.storage.errors import StoreError
from bot.storage.migrations import available
from bot.storage.postgres.store import MIGRATIONS
from tests import postgres

LATEST = available(MIGRATIONS)[-1].version


async def test_processes_that_start_together_migrate_once(postgres_server: str) -> None:
    url = postgres.create_database(postgres_server)  # empty: nothing migrated yet
    try:
        stores = await asyncio.gather(*(open_store(url) for _ in range(4)))
        assert {await s.schema_version() for s in stores} == {LATEST}
        for store in stores:
            await store.close()
        with psycopg.connect(url) as conn:
            rows = conn.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
        assert rows == [(n,) for n in range(1, LATEST + 1)]
    finally:
        postgres.drop_database(url)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("port", r"cannot connect to PostgreSQL at 127\.0\.0\.1:1/postgres: .*refused"),
        ("user", r'cannot connect to PostgreSQL at .*: .*role "nosuchuser" does not exist'),
        ("dbname", r'cannot connect to PostgreSQL at .*/nosuchdb: .*"nosuchdb" does not exist'),
    ],
)
async def test_a_connection_failure_is_one_line_naming_the_host(
    postgres_server: str, change: str, message: str
) -> None:
    info = psycopg.conninfo.conninfo_to_dict(postgres_server)
    info[change] = {"port": "1", "user": "nosuchuser", "dbname": "nosuchdb"}[change]
    url = "postgresql://{user}@{host}:{port}/{dbname}".format(**info)
    with pytest.raises(StoreError, match=message) as caught:
        await open_store(url)
    assert "\n" not in str(caught.value)


async def test_the_password_never_shows_in_an_error(postgres_server: str) -> None:
    info = psycopg.conninfo.conninfo_to_dict(postgres_server)
    url = f"postgresql://nosuchuser:hunter2@{info['host']}:{info['port']}/postgres"
    with pytest.raises(StoreError) as caught:
        await open_store(url)
    assert "hunter2" not in str(caught.value)


async def test_a_database_from_a_newer_newsbot_is_refused(postgres_url: str) -> None:
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_version (version, name) VALUES (99, '099_future')")
    with pytest.raises(StoreError, match=r"written by a newer newsbot \(schema 99"):
        await open_store(postgres_url)
