package io.alita.domain.tracking;

import java.time.Instant;
import java.util.Objects;

/** Something seen, with the moment it was seen (which becomes {@code last_activity}, {@code last_seen} or {@code updated_at}). */
public record Stamped<T>(T value, Instant at) {

  public Stamped {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(at, "at");
  }
}
