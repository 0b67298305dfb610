-- Live settings: every committed change to a chat's settings tells the listening workers which chat changed, so a
-- change saved by the console (or by hand) reaches a running worker's caches without a restart.
--
--   channel: alita_chat_changed      payload: the chat id as text, e.g. '-1001234567890'
--
-- NOTIFY is transactional: listeners hear of a change only once it commits (never of a rolled-back one), and
-- PostgreSQL folds identical notifications within one transaction into one, so a statement touching many rows of a
-- chat costs one message. An UPDATE that moves a row to another chat (a group's migration to a supergroup cascades
-- through chats.chat_id) names both chats.

CREATE FUNCTION alita_notify_chat_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM pg_notify('alita_chat_changed', OLD.chat_id::text);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.chat_id IS DISTINCT FROM OLD.chat_id) THEN
        PERFORM pg_notify('alita_chat_changed', NEW.chat_id::text);
    END IF;
    RETURN NULL;
END;
$$;

-- The per-chat settings the worker caches or reads while handling messages.
CREATE TRIGGER trg_blacklists_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON blacklists
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();
CREATE TRIGGER trg_blacklist_settings_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON blacklist_settings
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();
CREATE TRIGGER trg_captcha_settings_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON captcha_settings
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();
CREATE TRIGGER trg_locks_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON locks
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();
CREATE TRIGGER trg_antiflood_settings_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON antiflood_settings
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();
CREATE TRIGGER trg_antiraid_settings_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON antiraid_settings
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();
CREATE TRIGGER trg_approved_users_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON approved_users
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();
CREATE TRIGGER trg_warns_settings_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON warns_settings
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();
CREATE TRIGGER trg_rules_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON rules
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();
CREATE TRIGGER trg_admin_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON admin
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();
