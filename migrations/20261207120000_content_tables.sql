-- Notes, filters and greetings: the stored replies (decision 0021).
--
-- 1. Animations (GIFs) get a type of their own, 9. The original stored them as documents (3), which sends a GIF as a
--    file; here it is sent with sendAnimation. Rows written by the original (1 to 8) keep their meaning.
-- 2. These tables reach a running worker live (NOTIFY alita_chat_changed, as the other settings do) and are in the
--    audit log. The message ids greetings keep for cleanwelcome/cleangoodbye are bookkeeping, not settings: writing
--    them neither notifies nor audits.

ALTER TABLE notes DROP CONSTRAINT chk_notes_msg_type;
ALTER TABLE notes ADD CONSTRAINT chk_notes_msg_type CHECK (msg_type BETWEEN 1 AND 9);
ALTER TABLE filters DROP CONSTRAINT chk_filters_msgtype;
ALTER TABLE filters ADD CONSTRAINT chk_filters_msgtype CHECK (msgtype BETWEEN 1 AND 9);
ALTER TABLE greetings DROP CONSTRAINT chk_greetings_welcome_type;
ALTER TABLE greetings ADD CONSTRAINT chk_greetings_welcome_type CHECK (welcome_type BETWEEN 1 AND 9);
ALTER TABLE greetings DROP CONSTRAINT chk_greetings_goodbye_type;
ALTER TABLE greetings ADD CONSTRAINT chk_greetings_goodbye_type CHECK (goodbye_type BETWEEN 1 AND 9);

CREATE TRIGGER trg_notes_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON notes
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();
CREATE TRIGGER trg_notes_settings_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON notes_settings
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();
CREATE TRIGGER trg_filters_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON filters
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();

CREATE TRIGGER audit_notes AFTER INSERT OR UPDATE OR DELETE ON notes
    FOR EACH ROW EXECUTE FUNCTION audit_settings_change('note_name');
CREATE TRIGGER audit_notes_settings AFTER INSERT OR UPDATE OR DELETE ON notes_settings
    FOR EACH ROW EXECUTE FUNCTION audit_settings_change();
CREATE TRIGGER audit_filters AFTER INSERT OR UPDATE OR DELETE ON filters
    FOR EACH ROW EXECUTE FUNCTION audit_settings_change('keyword');

-- Greetings: every column but the two last-message ids.
CREATE TRIGGER trg_greetings_notify_chat_changed
    AFTER INSERT OR DELETE OR UPDATE OF chat_id, clean_service_settings, welcome_enabled, welcome_text,
        welcome_file_id, welcome_type, welcome_btns, welcome_clean_old, goodbye_enabled, goodbye_text, goodbye_file_id,
        goodbye_type, goodbye_btns, goodbye_clean_old, auto_approve
    ON greetings FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();
CREATE TRIGGER audit_greetings
    AFTER INSERT OR DELETE OR UPDATE OF clean_service_settings, welcome_enabled, welcome_text, welcome_file_id,
        welcome_type, welcome_btns, welcome_clean_old, goodbye_enabled, goodbye_text, goodbye_file_id, goodbye_type,
        goodbye_btns, goodbye_clean_old, auto_approve
    ON greetings FOR EACH ROW EXECUTE FUNCTION audit_settings_change();
