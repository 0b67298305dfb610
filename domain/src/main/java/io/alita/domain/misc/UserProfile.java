package io.alita.domain.misc;

import io.alita.domain.model.UserId;
import io.alita.domain.tracking.SeenUser;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bot knows of a user, for {@code /info}.
 *
 * @param name the full name (first and last name), as the user was last seen
 * @param username without the {@code @}; empty when they have none
 */
public record UserProfile(UserId id, String name, Optional<String> username) {

  public UserProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    username = Objects.requireNonNull(username, "username").filter(u -> !u.isBlank());
  }

  /** The profile a message shows of its sender. */
  public static UserProfile of(SeenUser user) {
    return new UserProfile(user.id(), user.fullName(), Optional.ofNullable(user.username()));
  }
}
