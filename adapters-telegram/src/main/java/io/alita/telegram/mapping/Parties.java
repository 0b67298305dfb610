package io.alita.telegram.mapping;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;

/** Telegram users and chats as the domain sees them: {@link SeenUser}, {@link SeenChat}, {@link SeenChannel}. */
public final class Parties {

  private Parties() {}

  /** A Telegram user (a person or a bot). */
  public static SeenUser user(User user) {
    // Telegram always sends a first name; an empty one only comes from deleted accounts, which still need a name.
    String firstName = user.getFirstName() == null || user.getFirstName().isEmpty() ? "Deleted Account" : user.getFirstName();
    return new SeenUser(UserId.of(user.getId()), firstName, user.getLastName(), user.getUserName(),
        Boolean.TRUE.equals(user.getIsBot()));
  }

  /** A Telegram chat; private chats carry no title. */
  public static SeenChat chat(Chat chat) {
    ChatKind kind = kind(chat.getType());
    return new SeenChat(ChatId.of(chat.getId()), kind, kind == ChatKind.PRIVATE ? null : chat.getTitle(),
        chat.getUserName());
  }

  /**
   * A chat that speaks as a sender: a channel posting in a group, or the group itself for an anonymous admin. Empty for a
   * private chat, which can never be a sender chat (and whose positive id a {@link SeenChannel} rejects).
   */
  public static Optional<SeenChannel> senderChat(Chat chat) {
    if (chat == null || chat.getId() == null || chat.getId() >= 0) {
      return Optional.empty();
    }
    return Optional.of(new SeenChannel(ChatId.of(chat.getId()), chat.getTitle(), chat.getUserName()));
  }

  /** The chat when it is a channel, else empty. */
  public static Optional<SeenChannel> channel(Chat chat) {
    if (chat == null || !"channel".equalsIgnoreCase(chat.getType())) {
      return Optional.empty();
    }
    return senderChat(chat);
  }

  /** The Bot API {@code Chat.type}; an unknown type is an error, since every rule depends on the kind. */
  public static ChatKind kind(String type) {
    if (type == null) {
      throw new IllegalArgumentException("a chat without a type");
    }
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "private" -> ChatKind.PRIVATE;
      case "group" -> ChatKind.GROUP;
      case "supergroup" -> ChatKind.SUPERGROUP;
      case "channel" -> ChatKind.CHANNEL;
      default -> throw new IllegalArgumentException("unknown chat type '" + type + "'");
    };
  }
}
