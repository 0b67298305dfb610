package io.alita.domain.console;

import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.SeenChat;
import java.util.Objects;
import java.util.Optional;

/**
 * A group as the console lists it.
 *
 * @param chat the chat as the bot last recorded it (title and username may be missing for a chat only a setting named)
 * @param membersSeen how many members the bot has seen in it (its {@code chat_users}), not Telegram's member count
 * @param protections which protections are on
 */
public record ChatSummary(SeenChat chat, long membersSeen, Protections protections) {

  public ChatSummary {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(protections, "protections");
    if (membersSeen < 0) {
      throw new IllegalArgumentException("members seen are never negative: " + membersSeen);
    }
  }

  public ChatId id() {
    return chat.id();
  }

  /** The chat's title, if the bot has recorded one. */
  public Optional<String> title() {
    return Optional.ofNullable(chat.title());
  }
}
