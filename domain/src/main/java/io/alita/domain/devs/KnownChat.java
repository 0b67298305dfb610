package io.alita.domain.devs;

import io.alita.domain.model.ChatId;
import java.util.Objects;
import java.util.Optional;

/** One line of {@code /chatlist}: a chat the bot is in, and its title when it has one. */
public record KnownChat(ChatId id, Optional<String> title) {
  public KnownChat {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }
}
