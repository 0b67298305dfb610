package io.alita.domain.devs;

import io.alita.domain.dispatch.Requirement.TeamLevel;
import io.alita.domain.dispatch.TeamRoster;
import io.alita.domain.model.UserId;
import java.util.Objects;

/**
 * The {@link TeamRoster} the dispatcher checks team commands against: the owner from configuration ({@code OWNER_ID}),
 * everyone else from the {@link TeamStore}. The store is read on each check; team commands are rare, and a team change
 * then counts at once.
 */
public final class BotTeam implements TeamRoster {

  private final UserId owner;
  private final TeamStore store;

  public BotTeam(UserId owner, TeamStore store) {
    this.owner = Objects.requireNonNull(owner, "owner");
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The bot's owner, who holds every team level and whom no command can add or remove. */
  public UserId owner() {
    return owner;
  }

  @Override
  public boolean has(UserId user, TeamLevel level) {
    if (user.equals(owner)) {
      return true;
    }
    if (level == TeamLevel.OWNER || user.value() <= 0) {
      return false;
    }
    return store.role(user).map(r -> r.reaches(level)).orElse(false);
  }
}
