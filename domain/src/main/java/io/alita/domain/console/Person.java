package io.alita.domain.console;

import io.alita.domain.model.UserId;
import java.util.Objects;

/** A Telegram user as a login link names them, before the console decides what they may do. */
public record Person(UserId id, String name) {

  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
