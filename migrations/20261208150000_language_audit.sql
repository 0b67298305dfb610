-- A group's language is a setting like the others: a change of it (by /lang in the group, or the console) is in the
-- audit log, as subject 'chats' with only the language shown. Titles, usernames and activity, which change this row
-- all the time, are not audited: only an update that changes the language is.

CREATE TRIGGER audit_chats_language AFTER UPDATE OF language ON chats
    FOR EACH ROW WHEN (OLD.language IS DISTINCT FROM NEW.language) EXECUTE FUNCTION audit_settings_change();
