-- Rows for every table of a Go Alita database (go-alita-schema.sql), with the edge cases adoption must handle:
-- values out of our range, modes we do not have, JSON of the wrong type, unicode, NULL columns, keys that differ
-- only by case, and rows that lost their chat. Chats: E = -1001000000001 (supergroup), S = -1001000000002, L = -4000.

-- Rows written before the Go bot's later CHECKs (its NOT VALID ones) may hold what those refuse today.
ALTER TABLE captcha_settings DROP CONSTRAINT captcha_settings_captcha_mode_check;
ALTER TABLE captcha_settings DROP CONSTRAINT chk_captcha_mode;

INSERT INTO users (user_id, username, name, language, created_at, updated_at) VALUES
  (101, 'alice', 'Alice', 'en', '2025-01-02 03:04:05+00', '2025-01-02 03:04:05+00'),
  (102, NULL, 'Ωmega 🚀', NULL, NULL, NULL),
  (103, 'bob', 'Bob', 'de', '2025-02-01 00:00:00+00', '2025-02-01 00:00:00+00');

INSERT INTO chats (chat_id, chat_name, language, users, is_inactive, created_at, updated_at) VALUES
  (-1001000000001, 'Engines', 'en', '[101, 102]', false, '2025-01-01 00:00:00+00', '2025-01-01 00:00:00+00'),
  (-1001000000002, 'Школа 🎓', NULL, '[101, "103", 999, "x"]', true, NULL, NULL),
  (-4000, 'Legacy', 'es', NULL, false, NULL, NULL);

INSERT INTO channels (chat_id, channel_id, channel_name, username) VALUES
  (-1001999000001, -1001000000001, 'News 📰', 'news'),
  (-1001999000002, NULL, NULL, '');

INSERT INTO devs (user_id, is_dev, sudo) VALUES (101, true, false), (103, false, true);

INSERT INTO admin (chat_id, anon_admin) VALUES (-1001000000001, true), (-4000, NULL);

INSERT INTO rules (chat_id, rules, rules_btn, private) VALUES
  (-1001000000001, 'Будьте добры 🙂 *kind*', 'Read me', true),
  (-1001000000002, 'No spam', 'This button text is far too long to be one', false),
  (-4000, NULL, NULL, NULL);

INSERT INTO warns_settings (chat_id, warn_limit, warn_mode) VALUES
  (-1001000000001, 5, 'kick'),
  (-1001000000002, 500, 'tban'),
  (-4000, 3, NULL);

INSERT INTO warns_users (user_id, chat_id, num_warns, warns) VALUES
  (101, -1001000000001, 2, '["spam", "flood 🙃"]'),
  (102, -1001000000001, 1, '{"not": "an array"}');

INSERT INTO blacklists (chat_id, word, action, reason) VALUES
  (-1001000000001, 'BadWord', 'ban', 'r1'),
  (-1001000000001, 'другое', 'warn', NULL),
  (-1001000000001, 'badword', 'ban', NULL),
  (-1001000000002, 'x', 'delete', NULL),
  (-4000, 'y', 'tban', NULL);

INSERT INTO locks (chat_id, lock_type, locked) VALUES
  (-1001000000001, 'sticker', true),
  (-1001000000001, 'url', false),
  (-1001000000001, 'sparkles', true);

INSERT INTO antiflood_settings (chat_id, flood_limit, action, delete_antiflood_message) VALUES
  (-1001000000001, 10, 'ban', true),
  (-1001000000002, 2, 'warn', false);

INSERT INTO captcha_settings (chat_id, enabled, captcha_mode, timeout, failure_action, max_attempts) VALUES
  (-1001000000001, true, 'text', 5, 'ban', 4),
  (-1001000000002, true, 'emoji', 2, 'kick', 3);

INSERT INTO captcha_attempts (user_id, chat_id, answer, attempts, message_id, expires_at, created_at, refresh_count)
  VALUES (101, -1001000000001, '42', 1, 555, '2030-01-01 00:10:00+00', '2030-01-01 00:00:00+00', 2);

INSERT INTO stored_messages (user_id, chat_id, message_type, content, file_id, caption, attempt_id, created_at)
  SELECT 101, -1001000000001, 1, 'hello 👋', NULL, NULL, id, '2030-01-01 00:01:00+00' FROM captcha_attempts;

INSERT INTO captcha_muted_users (user_id, chat_id, unmute_at) VALUES (102, -1001000000001, '2030-01-01 01:00:00+00');

INSERT INTO approved_users (user_id, chat_id, reason, approved_by) VALUES
  (103, -1001000000001, 'trusted', 101),
  (555, -1001000000002, NULL, 0);

INSERT INTO antiraid_settings (chat_id, raid_time, raid_action_time, auto_antiraid_threshold) VALUES
  (-1001000000001, 3600, 600, 10),
  (-1001000000002, 0, 3600, 0);

INSERT INTO notes (chat_id, note_name, note_content, file_id, msg_type, buttons, admin_only, private_only, group_only,
    web_preview, is_protected, no_notif) VALUES
  (-1001000000001, 'Welcome', 'Hi {first} 🙂', NULL, 1,
    '[{"name": "Site", "url": "https://example.org", "btn_sameline": false}]', false, false, false, true, false, false),
  (-1001000000001, 'привет', 'Привет!', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (-1001000000001, 'welcome', 'the same name once lowercased', NULL, 1, NULL, false, false, false, true, false, false),
  (-1001000000001, repeat('n', 150), 'name too long', NULL, 1, NULL, false, false, false, true, false, false),
  (-1001000000002, 'photo', 'a caption', 'AgADphoto', 2, '"not an array"', true, false, true, false, true, true),
  (-1001000000002, 'odd', 'type 42', NULL, 42, NULL, false, false, false, true, false, false);

INSERT INTO notes_settings (chat_id, private) VALUES (-1001000000001, true);

INSERT INTO filters (chat_id, keyword, filter_reply, msgtype, fileid, nonotif, filter_buttons) VALUES
  (-1001000000001, 'Hello', 'Hi there', 1, NULL, false, NULL),
  (-1001000000001, 'sticker', NULL, 4, 'CAADsticker', true, '{"name": "x"}');

INSERT INTO greetings (chat_id, clean_service_settings, welcome_clean_old, welcome_last_msg_id, welcome_enabled,
    welcome_text, welcome_file_id, welcome_type, welcome_btns, goodbye_clean_old, goodbye_last_msg_id, goodbye_enabled,
    goodbye_text, goodbye_file_id, goodbye_type, goodbye_btns, auto_approve) VALUES
  (-1001000000001, true, true, 777, true, 'Welcome {first}!', NULL, 1, NULL, false, NULL, false, 'Bye', NULL, NULL,
    NULL, true),
  (-1001000000002, false, false, NULL, NULL, NULL, NULL, 12, NULL, false, NULL, NULL, NULL, NULL, 1, NULL, false);

INSERT INTO pins (chat_id, msg_id, clean_linked, anti_channel_pin) VALUES (-1001000000001, 42, true, false);

INSERT INTO connection (user_id, chat_id, connected) VALUES (101, -1001000000001, true);

INSERT INTO connection_settings (chat_id, allow_connect) VALUES (-1001000000001, true), (-1001000000002, NULL);

INSERT INTO disable (chat_id, command, disabled) VALUES
  (-1001000000001, 'notes', true),
  (-1001000000001, 'Rules', true),
  (-1001000000001, 'warns', false),
  (-1001000000001, 'bad command!', true);

INSERT INTO disable_chat_settings (chat_id, delete_commands) VALUES (-1001000000001, true);

INSERT INTO reactions (chat_id, keyword, emoji) VALUES
  (-1001000000001, 'Hello', '👋'),
  (-1001000000001, '', '❓');

INSERT INTO report_chat_settings (chat_id, enabled, status, blocked_list) VALUES
  (-1001000000001, false, false, '[103, "104", "x"]'),
  (-1001000000002, NULL, false, NULL);

INSERT INTO report_user_settings (user_id, enabled, status) VALUES (102, false, false);

-- A row whose chat is gone (written with the foreign keys off, as a restore without them would).
SET session_replication_role = replica;
INSERT INTO pins (chat_id, clean_linked, anti_channel_pin) VALUES (-5555, true, true);
SET session_replication_role = DEFAULT;
