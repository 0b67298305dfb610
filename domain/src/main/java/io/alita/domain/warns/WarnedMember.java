package io.alita.domain.warns;

import io.alita.domain.model.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * A member with warns in a chat, as the console lists them.
 *
 * @param user the member
 * @param name their full name as the bot last saw it; empty when it never saw one
 * @param username their username, without {@code @}; empty when none is known
 * @param warns how many warns count, and their reasons, oldest first
 */
public record WarnedMember(UserId user, Optional<String> name, Optional<String> username, WarnCount warns) {

  public WarnedMember {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(warns, "warns");
  }
}
