package io.alita.domain.target;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link UserDirectory} over a map, recording every lookup so tests can see whether the directory was asked at all. */
final class InMemoryUserDirectory implements UserDirectory {

  private final Map<Username, Target> holders = new HashMap<>();
  private final List<Username> lookups = new ArrayList<>();

  InMemoryUserDirectory with(String username, Target target) {
    holders.put(Username.of(username), target);
    return this;
  }

  List<Username> lookups() {
    return List.copyOf(lookups);
  }

  @Override
  public Optional<Target> findByUsername(Username username) {
    lookups.add(username);
    return Optional.ofNullable(holders.get(username));
  }
}
