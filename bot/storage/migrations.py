"""Numbered migrations, the same numbers for every backend, recorded in `schema_version`.

Each backend keeps its own `NNN_name.sql` files (SQLite and PostgreSQL speak
different DDL), numbered alike so one version means one schema everywhere.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bot.storage.errors import DatabaseTooNew


@dataclass(frozen=True)
class Migration:
    """One numbered SQL file."""

    version: int
    name: str
    path: Path

    def statements(self) -> list[str]:
        """The file's statements, each complete (trigger and function bodies stay whole)."""
        return split_statements(self.path.read_text(encoding="utf-8"))


def available(folder: Path) -> list[Migration]:
    """The migrations in a folder, in order."""
    return [
        Migration(int(f.name[:3]), f.stem, f) for f in sorted(folder.glob("[0-9][0-9][0-9]_*.sql"))
    ]


def refuse_newer(location: str, current: int, known: list[Migration]) -> None:
    """A database migrated past what this newsbot knows is refused, not half-used."""
    newest = known[-1].version if known else 0
    if current > newest:
        raise DatabaseTooNew(
            f"database {location} was written by a newer newsbot (schema {current}; this one "
            f"knows up to {newest}): upgrade newsbot, or restore a backup made before the upgrade"
        )


def split_statements(script: str) -> list[str]:
    """Split an SQL script into complete statements.

    SQLite decides where a statement ends (trigger bodies hold semicolons); a
    `$$`-quoted PostgreSQL body is kept whole the same way, by counting `$$`.
    """
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        if not current and (not line.strip() or line.lstrip().startswith("--")):
            continue
        current += line
        if current.count("$$") % 2 == 0 and sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
