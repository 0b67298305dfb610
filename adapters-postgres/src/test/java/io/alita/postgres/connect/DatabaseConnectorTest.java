package io.alita.postgres.connect;

import static io.alita.postgres.connect.FailureKindTest.driverError;
import static io.alita.postgres.connect.FailureKindTest.serverError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.alita.postgres.config.ConnectionSettings;
import io.alita.postgres.config.SslMode;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLState;
import org.slf4j.LoggerFactory;

class DatabaseConnectorTest {

  private static final String PASSWORD = "tr0ub4dor-and-3";
  private static final ConnectionSettings SETTINGS =
      ConnectionSettings.of("db", 5432, "alita", "alita", PASSWORD, SslMode.DISABLE);

  private final List<Duration> sleeps = new ArrayList<>();
  private final Sleeper recordingSleeper = sleeps::add;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger connectorLogger = (Logger) LoggerFactory.getLogger(DatabaseConnector.class);

  @BeforeEach
  void captureLogs() {
    logs.start();
    connectorLogger.addAppender(logs);
  }

  @AfterEach
  void releaseLogs() {
    connectorLogger.detachAppender(logs);
  }

  /** Fails with the given exceptions in turn, then hands out a working connection. */
  private static ConnectionOpener failing(SQLException... failures) {
    Deque<SQLException> queue = new ArrayDeque<>(List.of(failures));
    return settings -> {
      if (!queue.isEmpty()) {
        throw queue.poll();
      }
      Connection connection = mock(Connection.class);
      DatabaseMetaData meta = mock(DatabaseMetaData.class);
      when(connection.getMetaData()).thenReturn(meta);
      when(meta.getDatabaseProductName()).thenReturn("PostgreSQL");
      when(meta.getDatabaseProductVersion()).thenReturn("16.4");
      return connection;
    };
  }

  private static SQLException refused() {
    return driverError(PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));
  }

  private DatabaseConnector connector(ConnectionOpener opener) {
    return new DatabaseConnector(opener, Backoff.STANDARD, recordingSleeper);
  }

  @Test
  void refusedConnectionIsRetriedFiveTimesWithDoublingBackoffThenExplained() {
    DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
        () -> connector(failing(refused(), refused(), refused(), refused(), refused())).awaitDatabase(SETTINGS));

    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8)),
        sleeps);
    assertEquals(5, e.attempts());
    assertEquals("""
        Failed to connect to database: connection refused
          - Verify PostgreSQL is running
          - Check host and port in DATABASE_URL
          - Ensure firewall allows connections on port 5432""", e.getMessage());
  }

  @Test
  void databaseThatComesUpOnTheThirdAttemptIsAccepted() throws Exception {
    connector(failing(refused(), refused())).awaitDatabase(SETTINGS);
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeps);
  }

  @Test
  void eachRetryIsLoggedWithoutThePassword() {
    assertThrows(DatabaseUnavailableException.class,
        () -> connector(failing(refused(), refused(), refused(), refused(), refused())).awaitDatabase(SETTINGS));
    List<String> warnings = logs.list.stream().filter(ev -> ev.getLevel().toString().equals("WARN"))
        .map(ILoggingEvent::getFormattedMessage).toList();
    assertEquals(4, warnings.size());
    assertEquals("Database at postgres://alita:***@db:5432/alita?sslmode=disable not ready "
        + "(Failed to connect to database: connection refused), attempt 1 of 5; retrying in 1 s", warnings.get(0));
    assertTrue(warnings.get(3).endsWith("attempt 4 of 5; retrying in 8 s"), warnings.get(3));
    logs.list.forEach(ev -> assertFalse(ev.getFormattedMessage().contains(PASSWORD), ev.getFormattedMessage()));
  }

  @Test
  void wrongPasswordFailsAtOnceWithTheGuidesHints() {
    DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
        () -> connector(failing(serverError("28P01", "password authentication failed for user \"alita\"")))
            .awaitDatabase(SETTINGS));

    assertEquals(List.of(), sleeps);
    assertEquals(1, e.attempts());
    assertEquals(FailureKind.PASSWORD_AUTHENTICATION_FAILED, e.failure().kind());
    assertEquals("""
        password authentication failed for user "alita"
          - Verify username and password in connection string
          - Check pg_hba.conf authentication settings""", e.getMessage());
  }

  @Test
  void missingDatabaseFailsAtOnce() {
    DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
        () -> connector(failing(serverError("3D000", "database \"alita\" does not exist"))).awaitDatabase(SETTINGS));
    assertEquals(1, e.attempts());
    assertEquals("""
        database "alita" does not exist
          - Check the database name in DATABASE_URL
          - Create it: CREATE DATABASE "alita";""", e.getMessage());
  }

  @Test
  void tooManyConnectionsForTheRoleIsRetriedThenExplained() {
    SQLException tooMany = serverError("53300", "too many connections for role \"alita\"");
    DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
        () -> connector(failing(tooMany, tooMany, tooMany, tooMany, tooMany)).awaitDatabase(SETTINGS));
    assertEquals(5, e.attempts());
    assertEquals("""
        too many connections for role "alita"
          - Reduce DB_MAX_OPEN_CONNS
          - Increase PostgreSQL max_connections in postgresql.conf
          - Consider using connection pooling (PgBouncer)""", e.getMessage());
  }

  @Test
  void serverWideConnectionLimitKeepsTheServersWordingAndTheSameHints() {
    SQLException full = serverError("53300", "sorry, too many clients already");
    DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
        () -> new DatabaseConnector(failing(full), new Backoff(1, Duration.ZERO), recordingSleeper)
            .awaitDatabase(SETTINGS));
    assertTrue(e.getMessage().startsWith("sorry, too many clients already\n  - Reduce DB_MAX_OPEN_CONNS"),
        e.getMessage());
  }

  @Test
  void otherFailuresStopAtOnceWithTheServersMessageAndNeverThePassword() {
    SQLException odd = serverError("28000", "no pg_hba.conf entry for host \"10.0.0.9\", user \"alita\", note " + PASSWORD);
    DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
        () -> connector(failing(odd)).awaitDatabase(SETTINGS));
    assertEquals(1, e.attempts());
    assertEquals("Failed to connect to database: no pg_hba.conf entry for host \"10.0.0.9\", user \"alita\", note ***\n"
        + "  - Check user, host, port, database and sslmode in DATABASE_URL", e.getMessage());
  }

  @Test
  void finalFailureCarriesNoStackTraceAndNoCause() {
    DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
        () -> connector(failing(serverError("3D000", "database \"alita\" does not exist"))).awaitDatabase(SETTINGS));
    assertEquals(0, e.getStackTrace().length);
    assertNull(e.getCause());
  }

  @Test
  void interruptionWhileWaitingGivesUpAndKeepsTheInterruptFlag() {
    Sleeper interrupted = d -> {
      throw new InterruptedException();
    };
    DatabaseConnector connector = new DatabaseConnector(failing(refused(), refused()), Backoff.STANDARD, interrupted);
    try {
      DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
          () -> connector.awaitDatabase(SETTINGS));
      assertEquals(1, e.attempts());
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void backoffDoublesFromTheInitialDelay() {
    Backoff backoff = new Backoff(5, Duration.ofMillis(250));
    assertEquals(Duration.ofMillis(250), backoff.delayAfter(1));
    assertEquals(Duration.ofMillis(2000), backoff.delayAfter(4));
    assertThrows(IllegalArgumentException.class, () -> backoff.delayAfter(5));
    assertThrows(IllegalArgumentException.class, () -> new Backoff(0, Duration.ZERO));
  }
}
