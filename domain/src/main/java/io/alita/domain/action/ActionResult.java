package io.alita.domain.action;

import io.alita.domain.model.MessageId;

/** What came of carrying out one {@link ChatAction}. */
public sealed interface ActionResult {

  record Done() implements ActionResult {}

  /** A message was sent. */
  record Sent(MessageId message) implements ActionResult {}

  /** Telegram refused; {@code detail} is its description (never shown to users as is). */
  record Refused(Refusal reason, String detail) implements ActionResult {}

  /** The expected ways Telegram says no. Anything else is an error, not a refusal. */
  enum Refusal {
    NOT_ENOUGH_RIGHTS,
    CHAT_NOT_FOUND,
    BOT_NOT_IN_CHAT,
    USER_NOT_FOUND,
    USER_IS_ADMIN,
    MESSAGE_NOT_FOUND,
    MESSAGE_TOO_OLD,
    BLOCKED_BY_USER,
    /** Telegram would not send a file by its id: not this bot's, no longer valid, or not of the type sent as. */
    FILE_REFUSED,
    OTHER
  }

  default boolean succeeded() {
    return !(this instanceof Refused);
  }
}
