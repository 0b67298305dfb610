package io.alita.app;

import com.zaxxer.hikari.HikariDataSource;
import io.alita.postgres.config.ConnectionSettings;
import io.alita.postgres.config.DataSourceFactory;
import io.alita.postgres.config.PoolSettings;
import io.alita.postgres.config.SslMode;
import io.alita.postgres.connect.DatabaseConnector;
import io.alita.postgres.connect.DatabaseUnavailableException;
import io.alita.postgres.embedded.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's database: the configured server, or an embedded one when none is configured; reachable (after the
 * startup retries) and pooled. Closing it closes the pool, then stops the embedded server.
 */
final class DatabaseRuntime implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseRuntime.class);
  static final String EMBEDDED_DATABASE = "alita";

  private final ConnectionSettings settings;
  private final HikariDataSource dataSource;
  private final EmbeddedPostgresServer embedded;

  private DatabaseRuntime(ConnectionSettings settings, HikariDataSource dataSource, EmbeddedPostgresServer embedded) {
    this.settings = settings;
    this.dataSource = dataSource;
    this.embedded = embedded;
  }

  /**
   * Connects to {@code configured}, or starts the embedded server in {@code dataDirectory} when it is empty.
   *
   * @throws DatabaseUnavailableException after the retries, with the seed's message and hints
   */
  static DatabaseRuntime open(Optional<ConnectionSettings> configured, int embeddedPort, Path dataDirectory,
      PoolSettings pool, DatabaseConnector connector) throws DatabaseUnavailableException {
    EmbeddedPostgresServer embedded = null;
    ConnectionSettings settings;
    if (configured.isPresent()) {
      settings = configured.get();
    } else {
      LOG.info("DATABASE_URL is not set: starting the embedded PostgreSQL (data in {})", dataDirectory.toAbsolutePath());
      embedded = EmbeddedPostgresServer.start(dataDirectory, embeddedPort, EMBEDDED_DATABASE);
      settings = ConnectionSettings.of(embedded.host(), embedded.port(), embedded.database(), EmbeddedPostgresServer.USER,
          "", SslMode.DISABLE);
      LOG.info("Embedded PostgreSQL is running at {} (psql -h {} -p {} -U {} {})", settings.redacted(), embedded.host(),
          embedded.port(), EmbeddedPostgresServer.USER, embedded.database());
    }
    try {
      connector.awaitDatabase(settings);
    } catch (DatabaseUnavailableException e) {
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
    if (pool.idleClamped()) {
      LOG.warn("DB_MAX_IDLE_CONNS ({}) is above DB_MAX_OPEN_CONNS ({}); keeping {} idle connections",
          pool.maxIdleConns(), pool.maxOpenConns(), pool.effectiveMaxIdleConns());
    }
    HikariDataSource ds = DataSourceFactory.create(settings, pool, "alita");
    LOG.info("Connected to {}", settings.redacted());
    return new DatabaseRuntime(settings, ds, embedded);
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** The pool itself, for its metrics. */
  HikariDataSource pool() {
    return dataSource;
  }

  ConnectionSettings settings() {
    return settings;
  }

  boolean isEmbedded() {
    return embedded != null;
  }

  @Override
  public void close() {
    dataSource.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
