package io.alita.domain.misc;

import io.alita.domain.model.UserId;
import io.alita.domain.tracking.SeenUser;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link UserProfiles} in memory: the users a test says the bot has seen. */
public final class InMemoryUserProfiles implements UserProfiles {

  private final Map<UserId, UserProfile> seen = new ConcurrentHashMap<>();

  /** Records {@code user} as seen, replacing what was known of them. */
  public InMemoryUserProfiles seen(SeenUser user) {
    seen.put(user.id(), UserProfile.of(user));
    return this;
  }

  @Override
  public Optional<UserProfile> find(UserId user) {
    return Optional.ofNullable(seen.get(user));
  }
}
