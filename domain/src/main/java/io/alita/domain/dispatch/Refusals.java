package io.alita.domain.dispatch;

import io.alita.domain.action.ActionResult.Refusal;
import io.alita.domain.i18n.MessageKey;

/** What to tell a chat when Telegram refuses an action the bot was asked to take. */
public final class Refusals {

  static final MessageKey NOT_ENOUGH_RIGHTS = MessageKey.of("refused.not_enough_rights");
  static final MessageKey USER_IS_ADMIN = MessageKey.of("refused.user_is_admin");
  static final MessageKey USER_NOT_FOUND = MessageKey.of("refused.user_not_found");
  static final MessageKey MESSAGE_GONE = MessageKey.of("refused.message_gone");
  static final MessageKey FILE_REFUSED = MessageKey.of("refused.file");
  static final MessageKey OTHER = MessageKey.of("refused.other");

  private Refusals() {}

  public static MessageKey key(Refusal reason) {
    return switch (reason) {
      case NOT_ENOUGH_RIGHTS, BOT_NOT_IN_CHAT, CHAT_NOT_FOUND -> NOT_ENOUGH_RIGHTS;
      case USER_IS_ADMIN -> USER_IS_ADMIN;
      case USER_NOT_FOUND -> USER_NOT_FOUND;
      case MESSAGE_NOT_FOUND, MESSAGE_TOO_OLD -> MESSAGE_GONE;
      case FILE_REFUSED -> FILE_REFUSED;
      case BLOCKED_BY_USER, OTHER -> OTHER;
    };
  }
}
