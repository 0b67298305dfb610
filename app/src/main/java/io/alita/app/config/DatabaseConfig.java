package io.alita.app.config;

import io.alita.postgres.config.ConnectionSettings;
import io.alita.postgres.config.DatabaseUrl;
import io.alita.postgres.config.InvalidDatabaseUrlException;
import io.alita.postgres.config.PoolSettings;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the data lives and how the pool behaves.
 *
 * @param connection from {@code DATABASE_URL}; empty when it is unset or blank, which means "start the embedded
 *                   PostgreSQL"
 * @param pool       {@code DB_MAX_IDLE_CONNS}, {@code DB_MAX_OPEN_CONNS}, {@code DB_CONN_MAX_LIFETIME_MIN},
 *                   {@code DB_CONN_MAX_IDLE_TIME_MIN}
 * @param migrations {@code AUTO_MIGRATE}, {@code AUTO_MIGRATE_SILENT_FAIL}, {@code MIGRATIONS_PATH}
 */
public record DatabaseConfig(
    Optional<ConnectionSettings> connection, PoolSettings pool, MigrationSettings migrations) {

  /** All components are required (an empty optional for the embedded database). */
  public DatabaseConfig {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(migrations, "migrations");
  }

  /** True when no {@code DATABASE_URL} is given and the embedded PostgreSQL is to be used. */
  public boolean embedded() {
    return connection.isEmpty();
  }

  static DatabaseConfig read(EnvReader env) {
    Optional<ConnectionSettings> connection = env.string("DATABASE_URL").flatMap(url -> {
      try {
        return Optional.of(DatabaseUrl.parse(url));
      } catch (InvalidDatabaseUrlException e) {
        env.error("DATABASE_URL", e.getMessage());
        return Optional.empty();
      }
    });
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
    return new DatabaseConfig(connection, pool, MigrationSettings.read(env));
  }
}
