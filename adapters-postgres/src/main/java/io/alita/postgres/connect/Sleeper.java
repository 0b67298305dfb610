package io.alita.postgres.connect;

import java.time.Duration;

/** Waits between connection attempts; a seam so that tests run the whole retry schedule without waiting. */
@FunctionalInterface
public interface Sleeper {

  /** Really sleeps, with {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /** Waits for the given time. */
  void sleep(Duration duration) throws InterruptedException;
}
