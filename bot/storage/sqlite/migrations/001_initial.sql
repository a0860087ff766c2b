-- 001: feeds, stories, articles (+ FTS5), subscriptions, deliveries.
-- Times are ISO 8601 UTC strings ("2026-11-26T08:00:00+00:00"), so text order is time order.

CREATE TABLE feeds (
    id              INTEGER PRIMARY KEY,
    url             TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL DEFAULT '',
    added_by        TEXT NOT NULL DEFAULT '',
    added_at        TEXT NOT NULL,
    etag            TEXT,
    last_modified   TEXT,
    ttl_minutes     REAL,
    failures        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    last_polled_at  TEXT,
    next_poll_at    TEXT,
    disabled_reason TEXT
);

CREATE TABLE stories (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    url          TEXT UNIQUE,
    guid         TEXT UNIQUE,
    feed_id      INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    source       TEXT NOT NULL,
    title        TEXT NOT NULL,
    text         TEXT NOT NULL,
    published_at TEXT,
    fetched_at   TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    sketch       BLOB NOT NULL,   -- MinHash of the content terms (128 x uint32)
    term_hashes  BLOB NOT NULL,   -- sorted uint32 hashes of the content terms
    entity_hashes BLOB NOT NULL,  -- sorted uint32 hashes of names and numbers
    story_id     INTEGER NOT NULL REFERENCES stories(id),
    summary      TEXT
);
CREATE INDEX articles_fetched_at ON articles(fetched_at);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_feed ON articles(feed_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TABLE subscriptions (
    id              INTEGER PRIMARY KEY,
    platform        TEXT NOT NULL,
    workspace       TEXT NOT NULL,
    channel         TEXT NOT NULL,
    topic           TEXT NOT NULL,
    topic_key       TEXT NOT NULL,
    at              TEXT NOT NULL,
    timezone        TEXT NOT NULL,
    quiet           INTEGER NOT NULL DEFAULT 0,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    disabled_reason TEXT,
    UNIQUE (platform, workspace, channel, topic_key)
);

CREATE TABLE deliveries (
    id              INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
    period          TEXT NOT NULL,
    due_at          TEXT NOT NULL,
    window_start    TEXT NOT NULL,
    window_end      TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'failed', 'abandoned')),
    claimed_by      TEXT,
    lease_until     TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT,
    message_ids     TEXT,
    sent_at         TEXT,
    UNIQUE (subscription_id, period)
);
CREATE INDEX deliveries_status ON deliveries(status);
