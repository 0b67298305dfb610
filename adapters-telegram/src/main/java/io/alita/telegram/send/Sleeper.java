package io.alita.telegram.send;

import java.time.Duration;

/** Blocks the calling thread; injectable so that tests can advance a fake clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  /** Blocks for {@code duration} (a positive value). */
  void sleep(Duration duration) throws InterruptedException;

  /** Real sleeping with {@link Thread#sleep}. */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
  }
}
