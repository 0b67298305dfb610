-- Live languages: a change of a group's or a user's language (by /lang, the console or by hand) tells the listening
-- workers, whose per-chat language cache forgets it (channel alita_chat_changed, see 20261126130000).
--
-- The chats and users rows change for other reasons all the time (titles, names, activity): only a change of the
-- language notifies. A user's id is also the id of their private chat with the bot, which is what the worker's cache
-- is keyed by, so a user's change is announced under the user's id.

CREATE FUNCTION alita_notify_language_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'users' THEN
        PERFORM pg_notify('alita_chat_changed', NEW.user_id::text);
    ELSE
        PERFORM pg_notify('alita_chat_changed', NEW.chat_id::text);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER trg_chats_language_notify AFTER UPDATE OF language ON chats
    FOR EACH ROW WHEN (OLD.language IS DISTINCT FROM NEW.language) EXECUTE FUNCTION alita_notify_language_changed();
CREATE TRIGGER trg_users_language_notify AFTER UPDATE OF language ON users
    FOR EACH ROW WHEN (OLD.language IS DISTINCT FROM NEW.language) EXECUTE FUNCTION alita_notify_language_changed();
