package io.alita.telegram.send;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic time for limiter tests: sleeping advances the clock instantly. A hook can run once at the start of the
 * next sleep, to act as another caller while the sleeping one waits (everything stays on the test thread). The clock
 * may be read from other threads (the asynchronous path's executor); only the test moves it.
 */
final class FakeTime implements MonotonicClock, Sleeper {

  private static final long ORIGIN = 1_000_000_000L; // arbitrary non-zero origin, as System.nanoTime() has
  private volatile long now = ORIGIN;
  private final long origin = ORIGIN;
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

  /** Moves the clock forward to {@code nanos} (never back); for {@link ManualScheduler}. */
  synchronized void advanceTo(long nanos) {
    now = Math.max(now, nanos);
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
