package io.alita.domain.misc;

import io.alita.domain.model.UserId;
import java.util.Optional;

/**
 * Outbound port: the users the bot has seen ({@code users}), looked up by id, for {@code /info} about someone who is
 * named by username or id rather than replied to.
 */
public interface UserProfiles {

  /** The user as last seen, or empty when the bot has never seen them. */
  Optional<UserProfile> find(UserId user);
}
