-- 002: what BM25 needs beyond the tsvector (SQLite's 002 exposes FTS5's vocabulary):
-- each article's weighted term frequencies and length, and how many articles hold
-- each term, so /news ask can weigh words and leave the most common out.
ALTER TABLE articles ADD COLUMN term_freqs jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE articles ADD COLUMN term_total integer NOT NULL DEFAULT 0;

CREATE TABLE term_counts (
    term text PRIMARY KEY,
    docs bigint NOT NULL
);
