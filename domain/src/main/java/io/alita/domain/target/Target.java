package io.alita.domain.target;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.Objects;

/**
 * Whom a command acts on: a user, or a channel that posts in the group as a sender chat (an anonymous channel, or the linked
 * channel's automatic forwards). Commands decide which they accept: /ban bans a channel with {@code banChatSenderChat};
 * warn, mute and kick refuse channels.
 */
public sealed interface Target {

  /** A Telegram user (or bot). */
  record User(UserId id) implements Target {
    public User {
      Objects.requireNonNull(id, "id");
    }
  }

  /** A channel acting as a sender chat. */
  record Channel(ChatId id) implements Target {
    public Channel {
      Objects.requireNonNull(id, "id");
    }
  }
}
