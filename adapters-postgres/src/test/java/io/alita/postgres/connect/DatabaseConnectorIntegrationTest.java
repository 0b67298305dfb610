package io.alita.postgres.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.postgres.config.ConnectionSettings;
import io.alita.postgres.config.DatabaseUrl;
import io.alita.postgres.config.SslMode;
import io.alita.postgres.testing.TestDatabase;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The connector against a real PostgreSQL: every failure here is produced by the server or the network stack. */
class DatabaseConnectorIntegrationTest {

  private static TestDatabase.Coordinates db;
  private static ConnectionSettings settings;
  private static String suffix;

  private final List<Duration> sleeps = new ArrayList<>();
  private final DatabaseConnector connector =
      new DatabaseConnector(ConnectionOpener.pgjdbc(), Backoff.STANDARD, sleeps::add);

  @BeforeAll
  static void database() {
    db = TestDatabase.create();
    settings = DatabaseUrl.parse(db.databaseUrl());
    suffix = db.database();
  }

  @Test
  void reachableDatabaseIsAcceptedOnTheFirstAttempt() throws Exception {
    connector.awaitDatabase(settings);
    assertEquals(List.of(), sleeps);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS) // fault suite: bounded in time
  void closedPortIsConnectionRefusedRetriedFiveTimes() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    ConnectionSettings nowhere = settings.withPort(closedPort);

    DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
        () -> connector.awaitDatabase(nowhere));

    assertEquals(FailureKind.CONNECTION_REFUSED, e.failure().kind());
    assertEquals(5, e.attempts());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8)),
        sleeps);
    assertEquals("Failed to connect to database: connection refused\n"
        + "  - Verify PostgreSQL is running\n"
        + "  - Check host and port in DATABASE_URL\n"
        + "  - Ensure firewall allows connections on port " + closedPort, e.getMessage());
  }

  @Test
  void missingDatabaseFailsAtOnce() {
    DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
        () -> connector.awaitDatabase(settings.withDatabase("no_such_db_" + suffix)));
    assertEquals(FailureKind.DATABASE_DOES_NOT_EXIST, e.failure().kind());
    assertEquals(1, e.attempts());
    assertTrue(e.getMessage().startsWith("database \"no_such_db_" + suffix + "\" does not exist\n"), e.getMessage());
  }

  @Test
  void roleAtItsConnectionLimitIsTooManyConnectionsRetried() throws Exception {
    String role = "busy_" + suffix;
    admin("CREATE ROLE " + role + " LOGIN PASSWORD 'busy-pass' CONNECTION LIMIT 0");

    DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
        () -> connector.awaitDatabase(settings.withCredentials(role, "busy-pass")));

    assertEquals(FailureKind.TOO_MANY_CONNECTIONS, e.failure().kind());
    assertEquals(5, e.attempts());
    assertTrue(e.getMessage().startsWith("too many connections for role \"" + role + "\"\n  - Reduce DB_MAX_OPEN_CONNS"),
        e.getMessage());
  }

  @Test
  void sslRequiredOfAServerWithoutTlsFailsAtOnceWithTheDriversReason() throws Exception {
    Assumptions.assumeTrue("off".equals(adminQuery("SHOW ssl")), "the test server has TLS enabled");
    DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
        () -> connector.awaitDatabase(settings.withSslMode(SslMode.REQUIRE)));
    assertEquals(FailureKind.OTHER, e.failure().kind());
    assertEquals(1, e.attempts());
    assertTrue(e.getMessage().startsWith("Failed to connect to database: The server does not support SSL."),
        e.getMessage());
  }

  /**
   * The embedded server runs with trust authentication, so a wrong password would be accepted. For the duration of
   * this test a pg_hba.conf rule demands SCRAM for one throw-away role (other roles are unaffected), and the original
   * file is put back afterwards.
   */
  @Test
  void wrongPasswordFailsAtOnceWithoutEchoingIt() throws Exception {
    String role = "pw_" + suffix;
    admin("CREATE ROLE " + role + " LOGIN PASSWORD 'correct-horse'");
    String hbaFile = adminQuery("SHOW hba_file");
    String original = adminQuery("SELECT pg_read_file('" + hbaFile.replace("'", "''") + "')");
    ConnectionSettings wrong = settings.withCredentials(role, "battery-staple");
    try {
      writeServerFile(hbaFile, "host all " + role + " 0.0.0.0/0 scram-sha-256\n"
          + "host all " + role + " ::/0 scram-sha-256\n" + original);
      adminQuery("SELECT pg_reload_conf()");
      Assumptions.assumeTrue(passwordsEnforced(wrong), "the server did not start enforcing passwords");

      DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
          () -> connector.awaitDatabase(wrong));

      assertEquals(FailureKind.PASSWORD_AUTHENTICATION_FAILED, e.failure().kind());
      assertEquals(1, e.attempts());
      assertEquals(List.of(), sleeps);
      assertEquals("password authentication failed for user \"" + role + "\"\n"
          + "  - Verify username and password in connection string\n"
          + "  - Check pg_hba.conf authentication settings", e.getMessage());
      assertFalse(e.getMessage().contains("battery-staple"));
      connector.awaitDatabase(settings.withCredentials(role, "correct-horse"));
    } finally {
      writeServerFile(hbaFile, original);
      adminQuery("SELECT pg_reload_conf()");
    }
  }

  /** The reload is asynchronous: wait until a wrong password is really refused. */
  private static boolean passwordsEnforced(ConnectionSettings wrong) throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      try (Connection ignored = ConnectionOpener.pgjdbc().open(wrong)) {
        Thread.sleep(100);
      } catch (SQLException e) {
        return "28P01".equals(e.getSQLState());
      }
    }
    return false;
  }

  /** Writes a file as the server process (superuser), byte for byte, through a large object. */
  private static void writeServerFile(String path, String content) throws SQLException {
    try (Connection c = db.connect()) {
      long oid;
      try (PreparedStatement create = c.prepareStatement("SELECT lo_from_bytea(0, convert_to(?, 'UTF8'))")) {
        create.setString(1, content);
        try (ResultSet rs = create.executeQuery()) {
          rs.next();
          oid = rs.getLong(1);
        }
      }
      try (PreparedStatement export = c.prepareStatement("SELECT lo_export(?, ?), lo_unlink(?)")) {
        export.setLong(1, oid);
        export.setString(2, path);
        export.setLong(3, oid);
        export.executeQuery().close();
      }
    }
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static String adminQuery(String sql) throws SQLException {
    try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
