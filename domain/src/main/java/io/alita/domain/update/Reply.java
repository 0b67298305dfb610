package io.alita.domain.update;

import io.alita.domain.model.MessageId;
import io.alita.domain.target.RepliedMessage;
import io.alita.domain.tracking.SeenUser;
import java.util.Objects;
import java.util.Optional;

/**
 * The message a message replies to.
 *
 * @param sender who sent it, for picking a command's target
 * @param fromUser the user as Telegram showed them, when a user sent it
 */
public record Reply(MessageId id, RepliedMessage sender, Optional<SeenUser> fromUser) {
  public Reply {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(fromUser, "fromUser");
  }
}
