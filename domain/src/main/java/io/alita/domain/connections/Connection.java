package io.alita.domain.connections;

import io.alita.domain.model.UserId;
import io.alita.domain.tracking.SeenChat;
import java.util.Objects;

/**
 * A user's one connection: the group they last connected to, as the bot last saw it, and whether it is on. After
 * {@code /disconnect} the group is kept, so {@code /reconnect} can restore it.
 */
public record Connection(UserId user, SeenChat group, boolean connected) {
  public Connection {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(group, "group");
  }
}
