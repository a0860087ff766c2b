"""The database: the store, its migrations."""
