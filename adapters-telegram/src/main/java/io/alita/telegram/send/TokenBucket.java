package io.alita.telegram.send;

/**
 * A token bucket kept as a single "theoretical arrival time" (the GCRA formulation): the bucket is full whenever
 * {@code tat <= now}, and a call may start at {@code t} if {@code t >= tat - tolerance}. Reserving a future start time
 * is just moving {@code tat} forward, which lets {@link OutboundRateLimiter} hand out slots without polling.
 *
 * <p>Not thread-safe; the limiter guards every bucket with its own lock.
 */
final class TokenBucket {

  private final long intervalNanos;
  private final long toleranceNanos;
  private long tat;

  TokenBucket(RateLimits.Rate rate, long nowNanos) {
    this.intervalNanos = rate.intervalNanos();
    this.toleranceNanos = (rate.burst() - 1) * intervalNanos;
    this.tat = nowNanos;
  }

  /** The earliest time at or after {@code fromNanos} at which this bucket has a token. */
  long earliestStart(long fromNanos) {
    long conforming = tat - toleranceNanos;
    return conforming - fromNanos > 0 ? conforming : fromNanos;
  }

  /** Takes the token for a call starting at {@code startNanos}, which must not precede {@link #earliestStart}. */
  void reserve(long startNanos) {
    tat = (startNanos - tat > 0 ? startNanos : tat) + intervalNanos;
  }

  /** True when the bucket has refilled completely, so forgetting it loses nothing. */
  boolean isFull(long nowNanos) {
    return tat - nowNanos <= 0;
  }
}
