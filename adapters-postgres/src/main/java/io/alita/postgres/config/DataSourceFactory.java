package io.alita.postgres.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Objects;

/**
 * Builds the HikariCP pool from {@link ConnectionSettings} and {@link PoolSettings}.
 *
 * <p>Mapping from the original bot's database/sql settings:
 * <ul>
 *   <li>{@code maximumPoolSize} = max open connections;</li>
 *   <li>{@code minimumIdle} = max idle connections, clamped to max open. Hikari keeps this many connections open
 *       even when idle, whereas database/sql would also close them after the idle time: a warm floor is what a
 *       bot that answers bursts of updates wants.</li>
 *   <li>{@code maxLifetime} = connection max lifetime;</li>
 *   <li>{@code idleTimeout} = connection max idle time, applied by Hikari to connections above {@code minimumIdle}.
 *       Hikari requires it to be shorter than {@code maxLifetime} and otherwise disables it with a warning; an idle
 *       time not shorter than the lifetime can never fire anyway (the lifetime retires the connection first), so it
 *       is set to 0 (off) here, quietly and with the same effect. It is also 0 for a fixed-size pool
 *       (idle = open), where Hikari would ignore it and warn.</li>
 *   <li>{@code keepaliveTime} stays at Hikari's 2 minutes unless the lifetime is that short, then half the lifetime
 *       (at least 30 s, Hikari's floor), because Hikari disables a keepalive that is not shorter than the lifetime.</li>
 *   <li>{@code connectionTimeout} = {@link #CONNECTION_TIMEOUT}: a handler waiting for a connection fails fast
 *       instead of piling up behind an exhausted pool.</li>
 *   <li>{@code initializationFailTimeout} = -1: creating the pool never blocks or fails; whether the database is
 *       reachable is established before, by the connector in {@code io.alita.postgres.connect}, which retries and
 *       explains failures.</li>
 *   <li>pgjdbc properties {@code sslmode}, {@code connectTimeout} and {@code ApplicationName} travel in
 *       {@link ConnectionSettings#jdbcUrl()}; user and password are set separately and never appear in the URL.</li>
 * </ul>
 */
public final class DataSourceFactory {

  /** How long a caller waits for a pooled connection before getting an exception. */
  public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

  private static final Duration HIKARI_KEEPALIVE = Duration.ofMinutes(2);

  private DataSourceFactory() {}

  /**
   * The pool configuration, not yet started; exposed so the mapping can be read back and checked.
   *
   * @param poolName shown in Hikari's log lines and thread names, e.g. {@code alita-db}
   */
  public static HikariConfig configure(ConnectionSettings connection, PoolSettings pool, String poolName) {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(pool, "pool");
    if (poolName == null || poolName.isBlank()) {
      throw new IllegalArgumentException("pool name must not be empty");
    }
    HikariConfig config = new HikariConfig();
    config.setPoolName(poolName);
    config.setJdbcUrl(connection.jdbcUrl());
    config.setUsername(connection.user());
    // As in ConnectionOpener.pgjdbc(): no password rather than an empty one, so a server that demands one says so.
    config.setPassword(connection.password().isEmpty() ? null : connection.password());

    int maxPoolSize = pool.maxOpenConns();
    int minIdle = pool.effectiveMaxIdleConns();
    long maxLifetime = pool.connMaxLifetime().toMillis();
    config.setMaximumPoolSize(maxPoolSize);
    config.setMinimumIdle(minIdle);
    config.setMaxLifetime(maxLifetime);
    config.setIdleTimeout(idleTimeoutMillis(pool));
    config.setKeepaliveTime(Math.min(HIKARI_KEEPALIVE.toMillis(), maxLifetime / 2));
    config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    config.setInitializationFailTimeout(-1);
    return config;
  }

  /** Starts a pool; connections are opened in the background, see {@link #configure}. */
  public static HikariDataSource create(ConnectionSettings connection, PoolSettings pool, String poolName) {
    return new HikariDataSource(configure(connection, pool, poolName));
  }

  private static long idleTimeoutMillis(PoolSettings pool) {
    boolean fixedSize = pool.effectiveMaxIdleConns() == pool.maxOpenConns();
    boolean outlivesLifetime = pool.connMaxIdleTimeMinutes() >= pool.connMaxLifetimeMinutes();
    return fixedSize || outlivesLifetime ? 0 : pool.connMaxIdleTime().toMillis();
  }
}
