package io.alita.domain.connections;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link ConnectionsStore} in memory, for module tests; meets {@link ConnectionsStoreContract}. */
public final class InMemoryConnectionsStore implements ConnectionsStore {

  private final Map<UserId, Connection> connections = new HashMap<>();
  private final Map<ChatId, SeenChat> groups = new HashMap<>();
  private final Set<ChatId> allowing = new HashSet<>();

  /** A group the bot has seen (passive tracking's record). */
  public void seen(SeenChat group) {
    groups.put(group.id(), group);
  }

  @Override
  public synchronized Optional<Connection> find(UserId user) {
    return Optional.ofNullable(connections.get(user))
        .map(c -> new Connection(c.user(), groups.getOrDefault(c.group().id(), c.group()), c.connected()));
  }

  @Override
  public synchronized void connect(SeenUser user, SeenChat group) {
    groups.putIfAbsent(group.id(), group);
    connections.put(user.id(), new Connection(user.id(), group, true));
  }

  @Override
  public synchronized void disconnect(UserId user) {
    connections.computeIfPresent(user, (u, c) -> new Connection(u, c.group(), false));
  }

  @Override
  public synchronized boolean allowsMembers(ChatId group) {
    return allowing.contains(group);
  }

  @Override
  public synchronized void setAllowsMembers(SeenChat group, boolean allow) {
    groups.putIfAbsent(group.id(), group);
    if (allow) {
      allowing.add(group.id());
    } else {
      allowing.remove(group.id());
    }
  }

  @Override
  public synchronized Optional<SeenChat> group(ChatId group) {
    return Optional.ofNullable(groups.get(group));
  }

  @Override
  public synchronized Optional<SeenChat> groupNamed(String username) {
    String wanted = username.toLowerCase(Locale.ROOT);
    return groups.values().stream()
        .filter(g -> g.username() != null && g.username().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
  }
}
