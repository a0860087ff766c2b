"""`newsbot backup`: a consistent copy of the SQLite database, taken while others write.

The copy is made with SQLite's online backup API in one step, inside one read
transaction, so it is the database as of one moment even while `newsbot run` or
`newsbot ingest` keep committing (in WAL mode readers do not block writers). It is
written beside the target under a temporary name, checked with `PRAGMA
integrity_check`, and only then renamed into place: a failed backup leaves nothing
that looks like one. The source is opened read-only and never migrated.

A PostgreSQL database is backed up with its own tool, `pg_dump`.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from bot.storage.errors import StoreError, fault

POSTGRES = re.compile(r"^(postgres(?:ql)?):/+", re.IGNORECASE)


@dataclass(frozen=True)
class Backup:
    """A finished backup: where it is, how big, and how many articles it holds."""

    path: Path
    size: int
    articles: int


def postgres_url(database: str) -> str | None:
    """The URL when `database` names a PostgreSQL database, else None."""
    if not POSTGRES.match(database):
        return None
    return POSTGRES.sub(lambda m: f"{m.group(1)}://", database)


def pg_dump_command(url: str, target: Path) -> str:
    """The command that backs up a PostgreSQL database into `target`."""
    return f"pg_dump --format=custom --file={shlex.quote(str(target))} {shlex.quote(url)}"


def backup_target(target: Path, now: datetime | None = None) -> Path:
    """The file to write: `target`, or a dated name inside it when it is a folder."""
    if target.is_dir():
        stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
        return target / f"newsbot-{stamp}.db"
    return target


def backup_database(source: Path, target: Path) -> Backup:
    """Copy the database at `source` into the new file `target` (blocking: run in a thread)."""
    if not source.is_file():
        raise StoreError(f"database {source} does not exist: nothing to back up")
    if target.exists():
        raise StoreError(f"{target} already exists: give a new file name, or a folder")
    if target.resolve() == source.resolve():
        raise StoreError("the backup must be another file than the database")
    partial = target.with_name(f".{target.name}.partial")
    try:
        with (
            contextlib.closing(
                sqlite3.connect(f"file:{quote(str(source.resolve()))}?mode=ro", uri=True)
            ) as src,
            contextlib.closing(sqlite3.connect(partial)) as copy,
        ):
            src.backup(copy)  # every page in one step: one consistent snapshot
            checked = copy.execute("PRAGMA integrity_check").fetchall()
            if checked != [("ok",)]:
                problem = " ".join(str(row[0]) for row in checked[:3])
                raise StoreError(f"the copy of {source} failed its integrity check: {problem}")
            articles = copy.execute("SELECT count(*) FROM articles").fetchone()[0]
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise fault(exc, source) or StoreError(f"backing up {source} failed: {exc}") from None
    except OSError as exc:
        raise StoreError(f"cannot write the backup {target}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return Backup(target, target.stat().st_size, int(articles))
