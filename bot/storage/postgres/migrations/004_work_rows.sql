-- 004: work as rows, for any number of `newsbot run` workers (see SQLite's 004).
ALTER TABLE subscriptions ADD COLUMN next_due_at timestamptz;
CREATE INDEX subscriptions_next_due ON subscriptions(next_due_at);

ALTER TABLE deliveries DROP CONSTRAINT deliveries_status_check;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_status_check
    CHECK (status IN ('due', 'claimed', 'sent', 'failed', 'abandoned'));
DROP INDEX deliveries_status;
CREATE INDEX deliveries_status ON deliveries(status, due_at);

CREATE TABLE workers (
    name         text PRIMARY KEY,
    host         text NOT NULL,
    pid          integer NOT NULL,
    started_at   timestamptz NOT NULL,
    heartbeat_at timestamptz NOT NULL,
    holding      integer NOT NULL DEFAULT 0,
    detail       text NOT NULL DEFAULT ''
);

CREATE TABLE rate_limits (
    route        text PRIMARY KEY,
    tokens       double precision NOT NULL,
    refreshed_at timestamptz NOT NULL,
    paused_until timestamptz
);
