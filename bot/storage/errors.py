"""What can go wrong with the database file, said in one line with what to do about it.

SQLite reports a full disk, a damaged file, a read-only file or a failing disk
with result codes; `fault` turns those into `StoreError`s that name the file and
the way out. Other SQLite errors (a constraint, a bug) are not the user's to fix
and stay as they are.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# primary result codes (https://sqlite.org/rescode.html)
SQLITE_BUSY = 5
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class StoreError(RuntimeError):
    """The database cannot be opened or used; the message says why and what to do."""


class DatabaseFull(StoreError):
    """The disk (or filesystem) holding the database has no room left."""


class DatabaseDamaged(StoreError):
    """The file is damaged (or is not a SQLite database)."""


class DatabaseReadOnly(StoreError):
    """A write was asked of a database that can only be read."""


class DatabaseTooNew(StoreError):
    """The database was written by a newer newsbot than this one."""


def result_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code of an error, when it carries one."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def damaged(path: Path, detail: str, *, what: str = "is damaged") -> DatabaseDamaged:
    """The one line for a damaged file: what it is, and the two ways back."""
    detail = " ".join(detail.replace("*** in database main ***", "").split())
    return DatabaseDamaged(
        f"database {path} {what} ({detail}): recover what it holds with "
        f"`sqlite3 {path} .recover | sqlite3 recovered.db` and use recovered.db, "
        "or restore a backup (`newsbot backup FILE` makes them)"
    )


def fault(exc: sqlite3.Error, path: Path) -> StoreError | None:
    """The StoreError for a bad day on the database file, or None for any other error."""
    code = result_code(exc)
    detail = str(exc)
    if code == SQLITE_FULL:
        return DatabaseFull(f"the disk holding database {path} is full ({detail})")
    if code == SQLITE_CORRUPT:
        return damaged(path, detail)
    if code == SQLITE_NOTADB:
        return damaged(
            path, detail, what="is not usable: not a SQLite file, or its header is damaged"
        )
    if code == SQLITE_READONLY:
        return DatabaseReadOnly(
            f"database {path} is read-only, and this needs to write to it: make the file "
            "and its folder writable, or give another file with --db"
        )
    if code == SQLITE_IOERR:
        return StoreError(f"the disk failed while using database {path} ({detail})")
    if code == SQLITE_CANTOPEN:
        return StoreError(f"cannot open database {path} ({detail})")
    return None
