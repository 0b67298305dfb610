package io.alita.app.config;

import io.alita.postgres.config.ConnectionSettings;
import io.alita.postgres.config.DatabaseUrl;
import io.alita.postgres.config.PoolSettings;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the data lives and how the pool behaves.
 *
 * @param connection   from {@code DATABASE_URL}; empty when it is unset or blank, which means "start the embedded
 *                     PostgreSQL"
 * @param embeddedPort {@code EMBEDDED_PG_PORT}: the embedded PostgreSQL's preferred port, 1 to 65535 (default 54329);
 *                     only used when {@code connection} is empty
 * @param pool         {@code DB_MAX_IDLE_CONNS}, {@code DB_MAX_OPEN_CONNS}, {@code DB_CONN_MAX_LIFETIME_MIN},
 *                     {@code DB_CONN_MAX_IDLE_TIME_MIN}
 * @param migrations   {@code AUTO_MIGRATE}, {@code AUTO_MIGRATE_SILENT_FAIL}, {@code MIGRATIONS_PATH}
 */
public record DatabaseConfig(
    Optional<ConnectionSettings> connection, int embeddedPort, PoolSettings pool, MigrationSettings migrations) {

  /** The embedded PostgreSQL's port when {@code EMBEDDED_PG_PORT} is not set. */
  public static final int DEFAULT_EMBEDDED_PORT = 54329;

  /** All components are required (an empty optional for the embedded database); the port is 1 to 65535. */
  public DatabaseConfig {
    Objects.requireNonNull(connection, "connection");
    if (embeddedPort < 1 || embeddedPort > 65535) {
      throw new IllegalArgumentException("embeddedPort " + embeddedPort + " is not a number from 1 to 65535");
    }
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(migrations, "migrations");
  }

  /** True when no {@code DATABASE_URL} is given and the embedded PostgreSQL is to be used. */
  public boolean embedded() {
    return connection.isEmpty();
  }

  static DatabaseConfig read(EnvReader env) {
    // DatabaseUrl refuses with InvalidDatabaseUrlException, an IllegalArgumentException with a one-line message.
    Optional<ConnectionSettings> connection = env.parsed("DATABASE_URL", DatabaseUrl::parse);
    int embeddedPort = env.intInRange("EMBEDDED_PG_PORT", DEFAULT_EMBEDDED_PORT, 1, 65535);
    // Each reader falls back to the default on a bad value, so this constructor never sees an out-of-range number.
    PoolSettings pool = new PoolSettings(
        env.intInRange("DB_MAX_IDLE_CONNS", PoolSettings.DEFAULT_MAX_IDLE_CONNS,
            PoolSettings.MIN_CONNS, PoolSettings.MAX_CONNS),
        env.intInRange("DB_MAX_OPEN_CONNS", PoolSettings.DEFAULT_MAX_OPEN_CONNS,
            PoolSettings.MIN_CONNS, PoolSettings.MAX_CONNS),
        env.intInRange("DB_CONN_MAX_LIFETIME_MIN", PoolSettings.DEFAULT_CONN_MAX_LIFETIME_MINUTES,
            PoolSettings.MIN_MINUTES, PoolSettings.MAX_MINUTES),
        env.intInRange("DB_CONN_MAX_IDLE_TIME_MIN", PoolSettings.DEFAULT_CONN_MAX_IDLE_TIME_MINUTES,
            PoolSettings.MIN_MINUTES, PoolSettings.MAX_MINUTES));
    return new DatabaseConfig(connection, embeddedPort, pool, MigrationSettings.read(env));
  }
}
