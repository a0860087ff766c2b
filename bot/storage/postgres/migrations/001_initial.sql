-- 001: feeds, stories, articles (+ the search index), subscriptions, deliveries.
-- The same schema as SQLite's 001, in PostgreSQL's own types: timestamptz, jsonb,
-- identity columns, and a tsvector (GIN-indexed) over the store's own index terms.

CREATE TABLE feeds (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url             text NOT NULL UNIQUE,
    title           text NOT NULL DEFAULT '',
    added_by        text NOT NULL DEFAULT '',
    added_at        timestamptz NOT NULL,
    etag            text,
    last_modified   text,
    ttl_minutes     double precision,
    failures        integer NOT NULL DEFAULT 0,
    last_error      text,
    last_polled_at  timestamptz,
    next_poll_at    timestamptz,
    disabled_reason text
);

CREATE TABLE stories (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title         text NOT NULL,
    first_seen_at timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);

CREATE TABLE articles (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url           text UNIQUE,
    guid          text UNIQUE,
    feed_id       bigint REFERENCES feeds(id) ON DELETE SET NULL,
    source        text NOT NULL,
    title         text NOT NULL,
    text          text NOT NULL,
    published_at  timestamptz,
    fetched_at    timestamptz NOT NULL,
    content_hash  text NOT NULL UNIQUE,
    sketch        bytea NOT NULL,
    term_hashes   bytea NOT NULL,
    entity_hashes bytea NOT NULL,
    story_id      bigint NOT NULL REFERENCES stories(id),
    summary       jsonb,
    -- the search index: index terms (title weighted A), matched through GIN
    search        tsvector NOT NULL DEFAULT ''::tsvector
);
CREATE INDEX articles_fetched_at ON articles(fetched_at);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_feed ON articles(feed_id);
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE subscriptions (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform        text NOT NULL,
    workspace       text NOT NULL,
    channel         text NOT NULL,
    topic           text NOT NULL,
    topic_key       text NOT NULL,
    at              time NOT NULL,
    timezone        text NOT NULL,
    quiet           boolean NOT NULL DEFAULT false,
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL,
    disabled_reason text,
    UNIQUE (platform, workspace, channel, topic_key)
);

CREATE TABLE deliveries (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_id bigint NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
    period          text NOT NULL,
    due_at          timestamptz NOT NULL,
    window_start    timestamptz NOT NULL,
    window_end      timestamptz NOT NULL,
    status          text NOT NULL CHECK (status IN ('claimed', 'sent', 'failed', 'abandoned')),
    claimed_by      text,
    lease_until     timestamptz,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    last_error      text,
    message_ids     jsonb,
    sent_at         timestamptz,
    UNIQUE (subscription_id, period)
);
CREATE INDEX deliveries_status ON deliveries(status);
