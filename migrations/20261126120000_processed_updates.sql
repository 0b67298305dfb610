-- Updates whose state changes were applied, recorded in the same transaction as those changes, so a repeated
-- delivery (a webhook retry, or a restart before the polling offset moved on) is never applied twice.
-- Pruned by the worker: Telegram never redelivers an update older than a day.
CREATE TABLE processed_updates (
    update_id    BIGINT      PRIMARY KEY,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_processed_updates_processed_at ON processed_updates (processed_at);
