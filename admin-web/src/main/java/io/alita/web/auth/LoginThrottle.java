package io.alita.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed logins from one address within {@link #WINDOW},
 * that address is refused until the oldest failure leaves the window. A global cap ({@link #MAX_GLOBAL_FAILURES})
 * holds against many addresses (a proxy in front of the console makes them all one address, which is also fine: the
 * cap only slows guessing, it never locks out the one-time links of the bot).
 */
public final class LoginThrottle {

  public static final int MAX_FAILURES = 5;
  public static final int MAX_GLOBAL_FAILURES = 50;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  private static final String GLOBAL = "*";

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long {@code address} must wait before trying again; zero when it may try now. */
  public Duration waitFor(String address) {
    Instant now = clock.instant();
    Duration own = wait(address, MAX_FAILURES, now);
    Duration global = wait(GLOBAL, MAX_GLOBAL_FAILURES, now);
    return own.compareTo(global) >= 0 ? own : global;
  }

  /** Records a failed login from {@code address}. */
  public void failed(String address) {
    Instant now = clock.instant();
    record(address, now);
    record(GLOBAL, now);
  }

  private void record(String key, Instant now) {
    failures.compute(key, (k, q) -> {
      Deque<Instant> d = q == null ? new ArrayDeque<>() : q;
      prune(d, now);
      d.addLast(now);
      return d;
    });
  }

  private Duration wait(String key, int max, Instant now) {
    Duration[] result = {Duration.ZERO};
    failures.computeIfPresent(key, (k, d) -> {
      prune(d, now);
      if (d.size() >= max) {
        result[0] = Duration.between(now, d.peekFirst().plus(WINDOW));
      }
      return d.isEmpty() ? null : d;
    });
    return result[0];
  }

  private static void prune(Deque<Instant> d, Instant now) {
    while (!d.isEmpty() && !d.peekFirst().plus(WINDOW).isAfter(now)) {
      d.removeFirst();
    }
  }
}
