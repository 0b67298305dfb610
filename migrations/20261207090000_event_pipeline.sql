-- The event pipeline: one transaction per event (an update or a timer), updates kept while they wait, and the Yes/No
-- questions of the confirm dialogs. None of these tables holds settings: they carry no change-notify or audit trigger
-- (20261126130000, 20261126140000); they are the bot's working state.

-- Events whose state changes were applied, recorded in the same transaction as those changes, so a repeated delivery
-- (a webhook retry, a restart before the polling offset moved on, a timer fired by both the recovery and the sweep)
-- is never applied twice. Replaces processed_updates: an update is keyed 'u<update_id>', a timer 't:<timer id>'
-- (io.alita.domain.dispatch.EventKey). Pruned by the worker: nothing is redelivered after a day.
CREATE TABLE processed_events (
    event_key    TEXT        PRIMARY KEY
        CONSTRAINT chk_processed_events_key_length CHECK (char_length(event_key) BETWEEN 1 AND 200),
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_processed_events_processed_at ON processed_events (processed_at);

INSERT INTO processed_events (event_key, processed_at)
SELECT 'u' || update_id, processed_at FROM processed_updates;

DROP TABLE processed_updates;

-- Updates accepted from Telegram but not handled yet (io.alita.domain.dispatch.UpdateInbox): kept only when one is
-- still unfinished after a short wait, removed once handled, handled again in update_id order after a restart.
-- payload is the update's JSON as Telegram sent it.
CREATE TABLE update_inbox (
    update_id   BIGINT      PRIMARY KEY,
    chat_id     BIGINT      NOT NULL,
    payload     TEXT        NOT NULL
        CONSTRAINT chk_update_inbox_payload_length CHECK (char_length(payload) BETWEEN 1 AND 1048576),
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The questions waiting for Yes or No (io.alita.domain.confirm). A button carries only the token; what the question
-- is about rides in payload. A question is used up by deleting its row, so two presses racing take it once. No
-- foreign key to chats: a question outlives nothing, and expired ones are forgotten hourly.
CREATE TABLE confirmations (
    token      TEXT        PRIMARY KEY
        CONSTRAINT chk_confirmations_token_length CHECK (char_length(token) BETWEEN 1 AND 64),
    chat_id    BIGINT      NOT NULL,
    dialog     TEXT        NOT NULL
        CONSTRAINT chk_confirmations_dialog_length CHECK (char_length(dialog) BETWEEN 1 AND 64),
    payload    TEXT        NOT NULL
        CONSTRAINT chk_confirmations_payload_length CHECK (char_length(payload) <= 65536),
    asked_by   BIGINT      NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_confirmations_expires_at ON confirmations (expires_at);
