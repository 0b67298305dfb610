package io.alita.domain.permission;

import io.alita.domain.model.UserId;
import java.util.Objects;

/** Who the bot is ({@code getMe}): commands addressed {@code /cmd@username} are for it. */
public record BotIdentity(UserId id, String username) {
  public BotIdentity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
  }
}
