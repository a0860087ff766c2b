"""The database: protocols per area (`ports`), the SQL both backends share
(`relational`), SQLite (`sqlite`, the embedded default) and PostgreSQL (`postgres`).

`open_store` picks the backend from the database setting: a `postgresql://` URL
opens PostgreSQL, anything else is a SQLite file path.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.storage.ports import Store

from bot.settings import is_database_url


async def open_store(database: str | Path) -> Store:
    """Open the store the setting names, applying pending migrations."""
    if is_database_url(str(database)):
        from bot.storage.postgres.store import PostgresStore

        return await PostgresStore.open(str(database))
    from bot.storage.sqlite.store import SQLiteStore

    return await SQLiteStore.open(Path(database))
