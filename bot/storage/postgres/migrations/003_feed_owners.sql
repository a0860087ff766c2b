-- 003: feeds belong to the workspace or server that added them (see SQLite's 003).
ALTER TABLE feeds ADD COLUMN operator boolean NOT NULL DEFAULT false;

CREATE TABLE feed_owners (
    feed_id    bigint NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    platform   text NOT NULL,
    workspace  text NOT NULL,
    added_by   text NOT NULL DEFAULT '',
    added_at   timestamptz NOT NULL,
    removed_at timestamptz,
    PRIMARY KEY (feed_id, platform, workspace)
);
CREATE INDEX feed_owners_workspace ON feed_owners(platform, workspace);

CREATE TABLE article_feeds (
    article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    feed_id    bigint NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, feed_id)
);
CREATE INDEX article_feeds_feed ON article_feeds(feed_id);

INSERT INTO article_feeds (article_id, feed_id)
SELECT id, feed_id FROM articles WHERE feed_id IS NOT NULL;

INSERT INTO feed_owners (feed_id, platform, workspace, added_by, added_at)
SELECT DISTINCT f.id, s.platform, s.workspace, f.added_by, f.added_at
FROM feeds f JOIN subscriptions s ON s.created_by = f.added_by
WHERE f.added_by NOT IN ('config', 'ingest') AND s.platform != 'console';

UPDATE feeds SET operator = true
WHERE NOT EXISTS (SELECT 1 FROM feed_owners o WHERE o.feed_id = feeds.id);
