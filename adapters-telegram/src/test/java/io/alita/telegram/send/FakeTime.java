package io.alita.telegram.send;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic time for limiter tests: sleeping advances the clock instantly. A hook can run once at the start of the
 * next sleep, to act as another caller while the sleeping one waits (everything stays on the test thread).
 */
final class FakeTime implements MonotonicClock, Sleeper {

  private long now = 1_000_000_000L; // arbitrary non-zero origin, as System.nanoTime() has
  private final long origin = now;
  private final List<Duration> sleeps = new ArrayList<>();
  private Runnable duringNextSleep;

  @Override
  public long nanoTime() {
    return now;
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    long target = now + duration.toNanos();
    Runnable hook = duringNextSleep;
    duringNextSleep = null;
    if (hook != null) {
      hook.run();
    }
    // The hook may itself have slept past our target; time never goes back.
    now = Math.max(now, target);
  }

  /** Runs {@code hook} at the start of the next sleep, while that caller is waiting. */
  void duringNextSleep(Runnable hook) {
    this.duringNextSleep = hook;
  }

  /** Time since the test began. */
  Duration elapsed() {
    return Duration.ofNanos(now - origin);
  }

  List<Duration> sleeps() {
    return sleeps;
  }
}
