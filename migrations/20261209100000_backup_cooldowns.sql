-- Backup cooldowns (docs/decisions/0039): per chat, until when /export, /import and /reset rest after an attempt
-- (5 minutes, 10 minutes, an hour). Kept here rather than in memory so a restart, or a second worker, lifts none.
-- One row per chat and command; a newer attempt replaces the time. Not a setting: no change notification, no audit.

CREATE TABLE backup_cooldowns (
    chat_id     BIGINT      NOT NULL,
    command     TEXT        NOT NULL
        CONSTRAINT chk_backup_cooldowns_command CHECK (command IN ('export', 'import', 'reset')),
    rests_until TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (chat_id, command)
);
