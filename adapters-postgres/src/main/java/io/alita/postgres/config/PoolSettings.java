package io.alita.postgres.config;

import java.time.Duration;

/**
 * Connection-pool limits, in the vocabulary of the original bot (Go's database/sql), as the operator configured them.
 *
 * <p>An idle limit above the open limit is not an error: like database/sql, the pool clamps it to the open limit.
 * {@link #effectiveMaxIdleConns()} gives the value in force and {@link #idleClamped()} tells the caller to log it.
 *
 * @param maxIdleConns           {@code DB_MAX_IDLE_CONNS}: connections kept open while idle, 1 to 1000 (default 10)
 * @param maxOpenConns           {@code DB_MAX_OPEN_CONNS}: upper bound on connections, 1 to 1000 (default 100)
 * @param connMaxLifetimeMinutes {@code DB_CONN_MAX_LIFETIME_MIN}: a connection is replaced after this long, 1 to 1440 (default 60)
 * @param connMaxIdleTimeMinutes {@code DB_CONN_MAX_IDLE_TIME_MIN}: an idle connection above the idle limit is closed after
 *                               this long, 1 to 1440 (default 10)
 */
public record PoolSettings(
    int maxIdleConns, int maxOpenConns, int connMaxLifetimeMinutes, int connMaxIdleTimeMinutes) {

  /** Smallest connection count accepted for either limit. */
  public static final int MIN_CONNS = 1;
  /** Largest connection count accepted for either limit (the seed recommends up to 400 open). */
  public static final int MAX_CONNS = 1000;
  /** Smallest duration accepted, in minutes. */
  public static final int MIN_MINUTES = 1;
  /** Largest duration accepted, in minutes: one day. */
  public static final int MAX_MINUTES = 1440;

  /** Default of {@code DB_MAX_IDLE_CONNS}. */
  public static final int DEFAULT_MAX_IDLE_CONNS = 10;
  /** Default of {@code DB_MAX_OPEN_CONNS}. */
  public static final int DEFAULT_MAX_OPEN_CONNS = 100;
  /** Default of {@code DB_CONN_MAX_LIFETIME_MIN}. */
  public static final int DEFAULT_CONN_MAX_LIFETIME_MINUTES = 60;
  /** Default of {@code DB_CONN_MAX_IDLE_TIME_MIN}. */
  public static final int DEFAULT_CONN_MAX_IDLE_TIME_MINUTES = 10;

  /** Checks every range; the caller turns a failure into a message naming the variable. */
  public PoolSettings {
    requireRange("maxIdleConns", maxIdleConns, MIN_CONNS, MAX_CONNS);
    requireRange("maxOpenConns", maxOpenConns, MIN_CONNS, MAX_CONNS);
    requireRange("connMaxLifetimeMinutes", connMaxLifetimeMinutes, MIN_MINUTES, MAX_MINUTES);
    requireRange("connMaxIdleTimeMinutes", connMaxIdleTimeMinutes, MIN_MINUTES, MAX_MINUTES);
  }

  /** The documented defaults: 10 idle, 100 open, 60 min lifetime, 10 min idle time. */
  public static PoolSettings defaults() {
    return new PoolSettings(DEFAULT_MAX_IDLE_CONNS, DEFAULT_MAX_OPEN_CONNS,
        DEFAULT_CONN_MAX_LIFETIME_MINUTES, DEFAULT_CONN_MAX_IDLE_TIME_MINUTES);
  }

  /** The idle limit in force: never more than {@link #maxOpenConns()}. */
  public int effectiveMaxIdleConns() {
    return Math.min(maxIdleConns, maxOpenConns);
  }

  /** True when the configured idle limit was above the open limit and has been lowered to it. */
  public boolean idleClamped() {
    return maxIdleConns > maxOpenConns;
  }

  /** {@link #connMaxLifetimeMinutes()} as a duration. */
  public Duration connMaxLifetime() {
    return Duration.ofMinutes(connMaxLifetimeMinutes);
  }

  /** {@link #connMaxIdleTimeMinutes()} as a duration. */
  public Duration connMaxIdleTime() {
    return Duration.ofMinutes(connMaxIdleTimeMinutes);
  }

  private static void requireRange(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " " + value + " is out of range; use " + min + " to " + max);
    }
  }
}
