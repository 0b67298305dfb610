package io.alita.domain.tracking;

import io.alita.domain.model.ChatId;
import java.util.Objects;

/**
 * A chat as a message showed it.
 *
 * @param title nullable (private chats have none)
 * @param username nullable, without the {@code @}; a blank one is taken as none
 */
public record SeenChat(ChatId id, ChatKind kind, String title, String username) {

  public SeenChat {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    // A private chat's id is its user's (positive) id, every other kind's is negative: a swapped id is caught here.
    if ((kind == ChatKind.PRIVATE) != (id.value() > 0)) {
      throw new IllegalArgumentException("a " + kind + " chat cannot have the id " + id);
    }
    title = Blank.toNull(title);
    username = Blank.toNull(username);
  }
}
