package io.alita.domain.update;

import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.util.Objects;

/** A user asked to join a chat that needs approval. */
public record JoinRequest(SeenChat chat, SeenUser user) {
  public JoinRequest {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(user, "user");
  }
}
