-- 005: a deleted subscription's id is never given again (see SQLite's 005). PostgreSQL's
-- sequences never give an id twice, so there is nothing to add here.
SELECT 1;
