-- 002: what BM25 needs beyond the tsvector (SQLite's 002 exposes FTS5's vocabulary):
-- a term-frequency table (the postings of every term but stop words, with the
-- article's length, so ranking reads only the index) and how many articles hold
-- each term, so /news ask can weigh words and leave the most common out.
ALTER TABLE articles ADD COLUMN term_total integer NOT NULL DEFAULT 0;

CREATE TABLE article_terms (
    term       text NOT NULL,
    article_id bigint NOT NULL,
    tf         real NOT NULL,     -- occurrences, a title's counted four times (as FTS5's weights)
    length     integer NOT NULL,  -- the article's length in terms
    PRIMARY KEY (term, article_id) INCLUDE (tf, length)
);
-- Rows are added in article order, so a BRIN index finds an article's rows cheaply.
CREATE INDEX article_terms_article ON article_terms USING brin (article_id);

CREATE TABLE term_counts (
    term text PRIMARY KEY,
    docs bigint NOT NULL
);
