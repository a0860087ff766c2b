-- 004: work as rows, for any number of `newsbot run` workers.
-- subscriptions.next_due_at: when the next digest falls due (a scheduler loop in
--   every process turns due subscriptions into 'due' delivery rows);
-- deliveries: 'due' rows wait to be claimed in batches; message_ids holds every part
--   posted so far, so a retry continues after the last one;
-- workers: each process's heartbeat and what it holds (`newsbot health`);
-- rate_limits: one token bucket per platform, shared by every worker.
ALTER TABLE subscriptions ADD COLUMN next_due_at TEXT;
CREATE INDEX subscriptions_next_due ON subscriptions(next_due_at);

CREATE TABLE deliveries_new (
    id              INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
    period          TEXT NOT NULL,
    due_at          TEXT NOT NULL,
    window_start    TEXT NOT NULL,
    window_end      TEXT NOT NULL,
    status          TEXT NOT NULL
                    CHECK (status IN ('due', 'claimed', 'sent', 'failed', 'abandoned')),
    claimed_by      TEXT,
    lease_until     TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error      TEXT,
    message_ids     TEXT,
    sent_at         TEXT,
    UNIQUE (subscription_id, period)
);
INSERT INTO deliveries_new SELECT * FROM deliveries;
DROP TABLE deliveries;
ALTER TABLE deliveries_new RENAME TO deliveries;
CREATE INDEX deliveries_status ON deliveries(status, due_at);

CREATE TABLE workers (
    name         TEXT PRIMARY KEY,
    host         TEXT NOT NULL,
    pid          INTEGER NOT NULL,
    started_at   TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL,
    holding      INTEGER NOT NULL DEFAULT 0,
    detail       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE rate_limits (
    route        TEXT PRIMARY KEY,
    tokens       REAL NOT NULL,
    refreshed_at TEXT NOT NULL,
    paused_until TEXT
);
