package io.alita.postgres.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run by the program itself, for the no-configuration start ({@code make run} without
 * {@code DATABASE_URL}). Its data directory persists between runs, so a local bot keeps its state.
 *
 * <p>Only for local use: it listens on localhost and trusts local connections, as PostgreSQL's own initdb default does.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  public static final String USER = "postgres";

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;
  private final String database;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, String database) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
    this.database = database;
  }

  /**
   * Starts the server on {@code dataDirectory} (created on first use) and makes sure {@code database} exists.
   *
   * @param preferredPort the port to listen on; when it is taken, a free one is chosen and logged
   */
  public static EmbeddedPostgresServer start(Path dataDirectory, int preferredPort, String database) {
    try {
      Path absolute = dataDirectory.toAbsolutePath().normalize();
      Files.createDirectories(absolute.getParent());
      int port = isFree(preferredPort) ? preferredPort : freePort();
      EmbeddedPostgres pg = EmbeddedPostgres.builder()
          .setDataDirectory(absolute)
          .setCleanDataDirectory(false)
          .setPort(port)
          .setPGStartupWait(Duration.ofSeconds(60))
          // zonky is tuned for throwaway test databases (-F: fsync off, synchronous_commit off); this one keeps a
          // bot's state between runs, so durability is switched back on (later -c options win over -F).
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("full_page_writes", "on")
          .setServerConfig("listen_addresses", "localhost")
          .start();
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg, absolute, database);
      server.ensureDatabase();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
    }
  }

  private void ensureDatabase() {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, database);
      try (ResultSet rs = exists.executeQuery()) {
        if (!rs.next()) {
          try (Statement create = c.createStatement()) {
            // the name is ours (a constant or a validated identifier), never user input
            create.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
          }
          LOG.info("Created database {} in the embedded PostgreSQL", database);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + database + " in the embedded PostgreSQL", e);
    }
  }

  public String host() {
    return "localhost";
  }

  public int port() {
    return postgres.getPort();
  }

  public String database() {
    return database;
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  /** The value of a server setting, e.g. {@code fsync}. */
  public String setting(String name) {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT current_setting(?)")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read setting " + name, e);
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
    }
  }

  private static boolean isFree(int port) {
    if (port <= 0) {
      return false;
    }
    try (ServerSocket s = new ServerSocket(port)) {
      s.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
