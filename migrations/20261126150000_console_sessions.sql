-- The web console's sign-ins. Only SHA-256 hashes of the secrets the browser holds are stored, so a copy of this
-- table lets nobody in.

-- One-time login links issued by the bot's /console command; used once, within minutes.
CREATE TABLE console_login_links (
    token_hash  TEXT        NOT NULL PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    user_name   TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);
CREATE INDEX idx_console_login_links_expires_at ON console_login_links (expires_at);

-- Signed-in browsers. chat_ids: for a group admin, the chats Telegram confirmed at login.
CREATE TABLE console_sessions (
    id_hash     TEXT        NOT NULL PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    user_name   TEXT        NOT NULL,
    role        TEXT        NOT NULL CHECK (role IN ('owner', 'team', 'group_admin', 'operator')),
    chat_ids    BIGINT[]    NOT NULL DEFAULT '{}',
    csrf_token  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_console_sessions_expires_at ON console_sessions (expires_at);
