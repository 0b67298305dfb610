package io.alita.domain.tracking;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.Objects;

/** That a user was seen in a group: a row of {@code chat_users}. */
public record Membership(ChatId chat, UserId user) {

  public Membership {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(user, "user");
  }
}
