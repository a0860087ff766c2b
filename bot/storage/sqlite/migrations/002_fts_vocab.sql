-- 002: the full-text index's vocabulary as a table (no storage of its own): /news ask
-- weighs question words by how many articles contain them and leaves the most common
-- ones out of the index query, which keeps answers fast at 100,000 articles.
CREATE VIRTUAL TABLE articles_fts_vocab USING fts5vocab(articles_fts, 'row');
