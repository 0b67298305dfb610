package io.alita.postgres.connect;

import io.alita.postgres.config.ConnectionSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/** Opens one connection; the seam between the connector's retry logic and the driver. */
@FunctionalInterface
public interface ConnectionOpener {

  /** Opens a connection or throws what the driver threw. */
  Connection open(ConnectionSettings settings) throws SQLException;

  /**
   * Opens connections with pgjdbc directly, bypassing any pool, so a failure arrives as the driver's own
   * {@code PSQLException} with its SQLState and cause, undisguised by pool timeouts.
   */
  static ConnectionOpener pgjdbc() {
    org.postgresql.Driver driver = new org.postgresql.Driver();
    return settings -> {
      Properties properties = new Properties();
      properties.setProperty("user", settings.user());
      // An empty password is left out so that a server demanding one says "no password was provided"
      // instead of a misleading authentication failure.
      if (!settings.password().isEmpty()) {
        properties.setProperty("password", settings.password());
      }
      Connection connection = driver.connect(settings.jdbcUrl(), properties);
      if (connection == null) {
        throw new SQLException("pgjdbc does not accept the URL " + settings.jdbcUrl());
      }
      return connection;
    };
  }
}
