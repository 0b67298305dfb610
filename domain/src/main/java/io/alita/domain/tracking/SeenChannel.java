package io.alita.domain.tracking;

import io.alita.domain.model.ChatId;
import java.util.Objects;

/**
 * A channel the bot saw: a channel it is in, one posting in a group as the sender chat, or one a message was forwarded from.
 * Channels are what {@code /ban @channelname} resolves to.
 *
 * @param title nullable
 * @param username nullable, without the {@code @}; a blank one is taken as none
 */
public record SeenChannel(ChatId id, String title, String username) {

  public SeenChannel {
    Objects.requireNonNull(id, "id");
    if (id.value() >= 0) {
      throw new IllegalArgumentException("a channel id is negative, not " + id);
    }
    title = Blank.toNull(title);
    username = Blank.toNull(username);
  }

  SeenChannel withoutUsername() {
    return new SeenChannel(id, title, null);
  }
}
