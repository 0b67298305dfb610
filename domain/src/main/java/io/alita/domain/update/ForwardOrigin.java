package io.alita.domain.update;

import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenUser;
import java.util.Objects;

/** Where a forwarded message came from, as Telegram tells it ({@code forward_origin}). */
public sealed interface ForwardOrigin {

  /** Forwarded from a user who lets forwards link to them. */
  record User(SeenUser user) implements ForwardOrigin {
    public User {
      Objects.requireNonNull(user, "user");
    }
  }

  /** Forwarded from a user who hides their account: Telegram gives only the name they showed. */
  record HiddenUser(String name) implements ForwardOrigin {
    public HiddenUser {
      name = name == null ? "" : name;
    }
  }

  /** Forwarded from a channel's post, or from a group's message sent on behalf of the group. */
  record Chat(SeenChannel chat, boolean channel) implements ForwardOrigin {
    public Chat {
      Objects.requireNonNull(chat, "chat");
    }
  }
}
