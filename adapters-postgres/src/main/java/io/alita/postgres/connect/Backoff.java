package io.alita.postgres.connect;

import java.time.Duration;
import java.util.Objects;

/**
 * How often to try and how long to wait in between: the delay doubles after every failed attempt.
 *
 * @param maxAttempts  attempts in total, at least 1
 * @param initialDelay wait after the first failure; not negative
 */
public record Backoff(int maxAttempts, Duration initialDelay) {

  /** The original bot's schedule: 5 attempts, waiting 1, 2, 4 and 8 seconds in between. */
  public static final Backoff STANDARD = new Backoff(5, Duration.ofSeconds(1));

  /** Checks the bounds. */
  public Backoff {
    Objects.requireNonNull(initialDelay, "initialDelay");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (initialDelay.isNegative()) {
      throw new IllegalArgumentException("initialDelay must not be negative");
    }
  }

  /**
   * The wait after failed attempt {@code attempt} (1-based): {@code initialDelay * 2^(attempt-1)}.
   */
  public Duration delayAfter(int attempt) {
    if (attempt < 1 || attempt >= maxAttempts) {
      throw new IllegalArgumentException("no delay after attempt " + attempt + " of " + maxAttempts);
    }
    return initialDelay.multipliedBy(1L << Math.min(attempt - 1, 30));
  }
}
