package io.alita.domain.devs;

import io.alita.domain.model.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * One member of the team as {@link TeamStore#members()} lists them.
 *
 * @param name the user's name as the bot last saw it; empty when the bot never saw them
 */
public record TeamMember(UserId user, TeamRole role, Optional<String> name) {
  public TeamMember {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(name, "name");
  }
}
