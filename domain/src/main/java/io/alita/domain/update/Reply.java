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
 * @param text its text, or the caption of a media message; empty when it has neither (e.g. {@code /setrules} as a
 *     reply takes the rules from here)
 */
public record Reply(MessageId id, RepliedMessage sender, Optional<SeenUser> fromUser, String text) {
  public Reply {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(fromUser, "fromUser");
    text = text == null ? "" : text;
  }

  /** A reply whose text does not matter. */
  public Reply(MessageId id, RepliedMessage sender, Optional<SeenUser> fromUser) {
    this(id, sender, fromUser, "");
  }
}
