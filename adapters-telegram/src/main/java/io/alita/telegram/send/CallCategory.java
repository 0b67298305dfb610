package io.alita.telegram.send;

/**
 * What kind of Bot API call is being made, which decides the flood limits it counts against.
 *
 * <p>Telegram's per-chat and per-group limits are about <em>messages appearing in a chat</em>; moderation and lookup
 * calls ({@code getChatMember}, {@code deleteMessage}, {@code answerCallbackQuery}, {@code restrictChatMember} ...) are
 * only bound by the overall request rate. Counting them against a chat's message budget would make the bot slow to
 * delete spam exactly when a chat is busiest, so every caller states the category explicitly.
 */
public enum CallCategory {
  /** A call that posts or edits a visible message ({@code sendMessage}, {@code sendPhoto}, {@code editMessageText}...): global, per-chat and (for groups) per-group limits. */
  MESSAGE,
  /** Any other call: the global limit only. */
  NON_MESSAGE
}
