package io.alita.domain.audit;

import io.alita.domain.model.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who makes a change, as the audit log records it.
 *
 * @param id the Telegram user; empty for the bot itself and for an anonymous admin, whom Telegram does not name
 * @param name the name to show: the user's full name as Telegram showed it, or what stands in for one
 * @param via the front door the change came through
 */
public record Actor(Optional<UserId> id, String name, Via via) {

  /** The bot on its own (timers, automatic actions). */
  public static final Actor SYSTEM = new Actor(Optional.empty(), "system", Via.SYSTEM);

  /** What stands in for the name of an admin who wrote anonymously, as the group. */
  public static final String ANONYMOUS_ADMIN = "anonymous admin";

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(via, "via");
    if (via == Via.SYSTEM && id.isPresent()) {
      throw new IllegalArgumentException("the bot's own changes have no user");
    }
  }

  /** A member acting through a command or a button. */
  public static Actor command(UserId id, String name) {
    return new Actor(Optional.of(id), name, Via.COMMAND);
  }

  /** An admin who wrote a command anonymously, as the group: Telegram does not say who. */
  public static Actor anonymousAdmin() {
    return new Actor(Optional.empty(), ANONYMOUS_ADMIN, Via.COMMAND);
  }

  /** A user signed in to the console. */
  public static Actor console(UserId id, String name) {
    return new Actor(Optional.of(id), name, Via.CONSOLE);
  }
}
