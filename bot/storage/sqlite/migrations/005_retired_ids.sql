-- 005: a deleted subscription's id is never given again. SQLite gives a new row the
-- highest id + 1, so deleting #5, the highest, would make the next subscription #5 too,
-- and a `/news unsubscribe 5` meant for the old one would remove the new one.
-- retired_ids keeps the highest id deleted; new ids start above it (SQLiteStore._new_id).
CREATE TABLE retired_ids (
    name    TEXT PRIMARY KEY,
    last_id INTEGER NOT NULL
);
INSERT INTO retired_ids (name, last_id)
SELECT 'subscriptions', coalesce(max(id), 0) FROM subscriptions;
CREATE TRIGGER subscriptions_retire_id AFTER DELETE ON subscriptions BEGIN
    UPDATE retired_ids SET last_id = max(last_id, old.id) WHERE name = 'subscriptions';
END;
