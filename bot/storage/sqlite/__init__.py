"""The SQLite backend, the embedded default: `SQLiteStore`, its migrations."""
