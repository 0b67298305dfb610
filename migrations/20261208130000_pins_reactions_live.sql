-- Pins and reactions (decisions 0030, 0031): their settings reach a running worker live (NOTIFY alita_chat_changed,
-- as the other settings do) and are in the audit log. The original's pins.msg_id does not exist here: the current
-- pin is asked of Telegram (getChat), which knows it even when someone pinned by hand.

CREATE TRIGGER trg_pins_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON pins
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();
CREATE TRIGGER trg_reactions_notify_chat_changed AFTER INSERT OR UPDATE OR DELETE ON reactions
    FOR EACH ROW EXECUTE FUNCTION alita_notify_chat_changed();

CREATE TRIGGER audit_pins AFTER INSERT OR UPDATE OR DELETE ON pins
    FOR EACH ROW EXECUTE FUNCTION audit_settings_change();
CREATE TRIGGER audit_reactions AFTER INSERT OR UPDATE OR DELETE ON reactions
    FOR EACH ROW EXECUTE FUNCTION audit_settings_change('keyword');
