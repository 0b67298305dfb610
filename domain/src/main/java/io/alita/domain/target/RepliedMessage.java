package io.alita.domain.target;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * The sender of the message a command replies to, as Telegram describes it.
 *
 * @param chat the chat the replied-to message is in (the command's own chat)
 * @param from the {@code from} user; Telegram fills in placeholders for chats (e.g. GroupAnonymousBot, 777000), and omits it
 *     for some service messages
 * @param senderChat the {@code sender_chat}: a channel posting in the group, or the group itself for an anonymous admin
 */
public record RepliedMessage(ChatId chat, Optional<UserId> from, Optional<ChatId> senderChat) {

  public RepliedMessage {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(senderChat, "senderChat");
  }

  /** A message sent by a user in their own name. */
  public static RepliedMessage fromUser(ChatId chat, UserId user) {
    return new RepliedMessage(chat, Optional.of(user), Optional.empty());
  }

  /** A message sent on behalf of a chat, with Telegram's placeholder user in {@code from}. */
  public static RepliedMessage fromSenderChat(ChatId chat, UserId placeholder, ChatId senderChat) {
    return new RepliedMessage(chat, Optional.of(placeholder), Optional.of(senderChat));
  }

  /** True when an anonymous admin wrote it: Telegram then names the group itself as the sender chat. */
  public boolean isAnonymousAdminPost() {
    return senderChat.map(chat::equals).orElse(false);
  }

  /**
   * Who sent it, for a command to act on: the sender chat when a channel posted it; for an anonymous admin's post, the
   * GroupAnonymousBot user rather than the group (acting on the group itself is never meant, and every admin check already
   * treats GroupAnonymousBot as an admin, so moderation refuses it with the usual "that's an admin" reply).
   */
  public Optional<Target> sender() {
    if (senderChat.isPresent() && !isAnonymousAdminPost()) {
      return Optional.of(new Target.Channel(senderChat.get()));
    }
    if (isAnonymousAdminPost()) {
      return Optional.of(new Target.User(from.orElse(UserId.GROUP_ANONYMOUS_BOT)));
    }
    return from.map(Target.User::new);
  }
}
