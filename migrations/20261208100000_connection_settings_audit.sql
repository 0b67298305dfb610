-- /allowconnect is a chat setting like the others: its changes are audited under who made them (the bot's command or
-- the console). Connections themselves are a user's own, not the chat's, and are not audited. Nothing caches
-- connection_settings (it is read once per command sent over a connection), so no change notification is needed.
CREATE TRIGGER audit_connection_settings AFTER INSERT OR UPDATE OR DELETE ON connection_settings
    FOR EACH ROW EXECUTE FUNCTION audit_settings_change();
