package io.alita.domain.console;

import io.alita.domain.model.UserId;
import java.util.Objects;

/**
 * A person signed in to the console.
 *
 * @param id   their Telegram user id (for a break-glass login: {@code OWNER_ID}, or 0 for the operator)
 * @param name how the console greets them and how the audit log names them
 */
public record ConsoleUser(UserId id, String name, ConsoleRole role) {

  public ConsoleUser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
