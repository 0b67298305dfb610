-- Disabling and Reports: the worker caches a chat's disabled commands, and the console will edit them and the chat's
-- report settings, so these tables tell listeners of their changes (see 20261126130000_settings_change_notify.sql) and
-- are audited like the other settings tables (20261126140000_audit_log.sql). report_user_settings is a user's own
-- setting, not a chat's: it is neither cached nor audited.

CREATE TRIGGER trg_disable_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON disable
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();
CREATE TRIGGER trg_disable_chat_settings_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON disable_chat_settings
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();
CREATE TRIGGER trg_report_chat_settings_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON report_chat_settings
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();

CREATE TRIGGER audit_disable AFTER INSERT OR UPDATE OR DELETE ON disable
    FOR EACH ROW EXECUTE FUNCTION audit_settings_change('command');
CREATE TRIGGER audit_disable_chat_settings AFTER INSERT OR UPDATE OR DELETE ON disable_chat_settings
    FOR EACH ROW EXECUTE FUNCTION audit_settings_change();
CREATE TRIGGER audit_report_chat_settings AFTER INSERT OR UPDATE OR DELETE ON report_chat_settings
    FOR EACH ROW EXECUTE FUNCTION audit_settings_change();
