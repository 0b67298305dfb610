package io.alita.domain.devs;

import io.alita.domain.model.UserId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link TeamStore} in memory. Names come from {@link #seen}, standing in for what the bot recorded of its users. */
public final class InMemoryTeamStore implements TeamStore {

  private final Map<UserId, TeamRole> roles = new ConcurrentHashMap<>();
  private final Map<UserId, String> names = new HashMap<>();

  /** Records a user's name, as the tracking of users would. */
  public InMemoryTeamStore seen(UserId user, String name) {
    names.put(user, name);
    return this;
  }

  @Override
  public Optional<TeamRole> role(UserId user) {
    return Optional.ofNullable(roles.get(user));
  }

  @Override
  public void appoint(UserId user, TeamRole role) {
    roles.put(user, role);
  }

  @Override
  public void dismiss(UserId user) {
    roles.remove(user);
  }

  @Override
  public List<TeamMember> members() {
    return roles.entrySet().stream()
        .map(e -> new TeamMember(e.getKey(), e.getValue(), Optional.ofNullable(names.get(e.getKey()))))
        .sorted(Comparator.comparing(TeamMember::role).thenComparingLong(m -> m.user().value()))
        .toList();
  }
}
