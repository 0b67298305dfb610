package io.alita.telegram.update;

import java.util.List;

/**
 * The update types the bot asks Telegram for ({@code allowed_updates}), in both polling and webhook mode: what
 * {@link UpdateMapper} maps. {@code chat_member} must be listed explicitly or Telegram never sends it; types the bot
 * does not act on (inline queries, polls, payments, reactions...) are left out so Telegram does not send them at all.
 */
public final class AllowedUpdates {

  /** message, edited_message, channel_post, callback_query, chat_member, my_chat_member, chat_join_request. */
  public static final List<String> TYPES = List.of(
      "message", "edited_message", "channel_post", "callback_query", "chat_member", "my_chat_member",
      "chat_join_request");

  private AllowedUpdates() {}
}
