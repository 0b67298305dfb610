package io.alita.telegram.send;

/**
 * Why Telegram declined a call in a way a group-management bot meets routinely: it is not a bug in the bot and not an
 * outage, only something to record quietly (or tell the admin about) and move on from.
 */
public enum RefusalReason {
  /** The bot lacks an admin right (400 "not enough rights ...", "have no rights to send a message", CHAT_ADMIN_REQUIRED). */
  NOT_ENOUGH_RIGHTS,
  /** The target is an admin or the owner, whom the bot may not restrict or ban (400 "user is an administrator of the chat", "can't remove chat owner"). */
  TARGET_IS_ADMIN,
  /** 400 "chat not found". */
  CHAT_NOT_FOUND,
  /** 403 "bot was kicked from the ... chat". */
  BOT_KICKED,
  /** 403 "bot is not a member of the ... chat". */
  BOT_NOT_MEMBER,
  /** 403 "bot was blocked by the user" or "bot can't initiate conversation with a user". */
  BOT_BLOCKED,
  /** 403 "user is deactivated". */
  USER_DEACTIVATED,
  /** 400 "message to delete not found": already deleted, by someone else or by an earlier attempt. */
  MESSAGE_TO_DELETE_NOT_FOUND,
  /** 400 "message can't be deleted" (too old, or not the bot's and no delete right). */
  MESSAGE_CANT_BE_DELETED,
  /** 400 "message to edit not found". */
  MESSAGE_TO_EDIT_NOT_FOUND,
  /** 400 "message is not modified": an edit with identical content. */
  MESSAGE_NOT_MODIFIED,
  /** 400 "message to be replied not found": resend without the reply. */
  REPLY_TARGET_NOT_FOUND,
  /** 400 "query is too old ... or query ID is invalid": a callback answered too late. */
  CALLBACK_QUERY_EXPIRED,
  /**
   * 400 "wrong file identifier/HTTP URL specified", "wrong remote file identifier specified", "failed to get HTTP URL
   * content", "wrong type of the web page content", "type of file mismatch", "can't use file of type ...": a file sent by
   * id that Telegram will not send (another bot's id, an expired one, or a photo's id sent as a sticker).
   */
  FILE_REFUSED,
  /** 400 with {@code migrate_to_chat_id}: the group became a supergroup with a new id ({@link TelegramRefusal#migrateToChatId()}). */
  CHAT_MIGRATED
}
