-- 003: feeds belong to the workspace or server that added them.
-- One feed row per URL is still polled once; feed_owners says which workspaces
-- added it (removed_at keeps a workspace's stored articles readable to it after it
-- stops the feed), operator = 1 marks the operator's feeds (config file, command
-- line), which every workspace reads. article_feeds records every feed that
-- carried an article, so a story carried by two workspaces' feeds reaches both.
ALTER TABLE feeds ADD COLUMN operator INTEGER NOT NULL DEFAULT 0;

CREATE TABLE feed_owners (
    feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    platform   TEXT NOT NULL,
    workspace  TEXT NOT NULL,
    added_by   TEXT NOT NULL DEFAULT '',
    added_at   TEXT NOT NULL,
    removed_at TEXT,
    PRIMARY KEY (feed_id, platform, workspace)
);
CREATE INDEX feed_owners_workspace ON feed_owners(platform, workspace);

CREATE TABLE article_feeds (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, feed_id)
) WITHOUT ROWID;
CREATE INDEX article_feeds_feed ON article_feeds(feed_id);

INSERT INTO article_feeds (article_id, feed_id)
SELECT id, feed_id FROM articles WHERE feed_id IS NOT NULL;

-- Feeds added in chat before this migration: they belong to the workspaces where the
-- person who added them made subscriptions; the rest, and the config file's and the
-- command line's, become the operator's (which they were in effect).
INSERT INTO feed_owners (feed_id, platform, workspace, added_by, added_at)
SELECT DISTINCT f.id, s.platform, s.workspace, f.added_by, f.added_at
FROM feeds f JOIN subscriptions s ON s.created_by = f.added_by
WHERE f.added_by NOT IN ('config', 'ingest') AND s.platform != 'console';

UPDATE feeds SET operator = 1
WHERE NOT EXISTS (SELECT 1 FROM feed_owners o WHERE o.feed_id = feeds.id);
