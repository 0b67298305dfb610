package io.alita.telegram.send;

/**
 * A monotonic nanosecond time source, injectable so that rate-limit tests run instantly and deterministically.
 * Only differences between two readings are meaningful, as with {@link System#nanoTime()}.
 */
@FunctionalInterface
public interface MonotonicClock {

  /** The current reading in nanoseconds. */
  long nanoTime();

  /** The JVM's monotonic clock. */
  static MonotonicClock system() {
    return System::nanoTime;
  }
}
