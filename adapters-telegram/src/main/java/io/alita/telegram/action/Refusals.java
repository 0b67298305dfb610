package io.alita.telegram.action;

import io.alita.domain.action.ActionResult;
import io.alita.telegram.send.RefusalReason;

/** The rate limiter's {@link RefusalReason} as the domain's {@link ActionResult.Refusal}. */
final class Refusals {

  private Refusals() {}

  static ActionResult.Refusal of(RefusalReason reason) {
    return switch (reason) {
      case NOT_ENOUGH_RIGHTS -> ActionResult.Refusal.NOT_ENOUGH_RIGHTS;
      case TARGET_IS_ADMIN -> ActionResult.Refusal.USER_IS_ADMIN;
      case CHAT_NOT_FOUND -> ActionResult.Refusal.CHAT_NOT_FOUND;
      case BOT_KICKED, BOT_NOT_MEMBER -> ActionResult.Refusal.BOT_NOT_IN_CHAT;
      case BOT_BLOCKED -> ActionResult.Refusal.BLOCKED_BY_USER;
      case USER_DEACTIVATED -> ActionResult.Refusal.USER_NOT_FOUND;
      case MESSAGE_TO_DELETE_NOT_FOUND, MESSAGE_TO_EDIT_NOT_FOUND, REPLY_TARGET_NOT_FOUND ->
          ActionResult.Refusal.MESSAGE_NOT_FOUND;
      // "message can't be deleted": older than 48 hours, or someone else's without the delete right.
      case MESSAGE_CANT_BE_DELETED -> ActionResult.Refusal.MESSAGE_TOO_OLD;
      case FILE_REFUSED -> ActionResult.Refusal.FILE_REFUSED;
      // Not modified, expired callback, migrated chat: nothing the domain has a word for; the detail says which.
      case MESSAGE_NOT_MODIFIED, CALLBACK_QUERY_EXPIRED, CHAT_MIGRATED -> ActionResult.Refusal.OTHER;
    };
  }
}
