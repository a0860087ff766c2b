"""The PostgreSQL backend: `PostgresStore` (psycopg 3 with a pool), its migrations."""
