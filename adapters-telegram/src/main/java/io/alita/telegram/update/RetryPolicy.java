package io.alita.telegram.update;

import java.time.Duration;
import java.util.Objects;

/**
 * How the intake tries an event again.
 *
 * <ul>
 *   <li>The database was unreachable ({@code Outcome.Unavailable}): not the event's fault, so it is tried again for as
 *       long as the worker runs, waiting {@code first}, then twice as long each time up to {@code longest}.
 *   <li>The event failed as a whole ({@code Outcome.Failed}, e.g. its transaction could not commit): tried again on the
 *       same schedule, at most {@code failedAttempts} times in all; an event that fails every time (a poison update) is
 *       then given up with one log line, so its chat moves on.
 * </ul>
 */
public record RetryPolicy(Duration first, Duration longest, int failedAttempts) {

  public RetryPolicy {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(longest, "longest");
    if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
      throw new IllegalArgumentException("need 0 < first <= longest, got " + first + " and " + longest);
    }
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("failedAttempts must be at least 1, got " + failedAttempts);
    }
  }

  /** 0.2 s, doubling up to 5 s; 5 attempts for an event that fails by itself. */
  public static RetryPolicy standard() {
    return new RetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(5), 5);
  }

  /** The wait before attempt {@code attempt + 1}, after {@code attempt} attempts (1 or more). */
  public Duration delayAfter(int attempt) {
    Duration d = first;
    for (int i = 1; i < attempt && d.compareTo(longest) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(longest) > 0 ? longest : d;
  }
}
