package io.alita.postgres.connect;

import static io.alita.postgres.connect.FailureKindTest.driverError;
import static io.alita.postgres.connect.FailureKindTest.serverError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.postgres.config.ConnectionSettings;
import io.alita.postgres.config.SslMode;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLState;

class ConnectionFailureTest {

  private static final ConnectionSettings SETTINGS =
      ConnectionSettings.of("postgres", 6543, "alita", "alita", "pw-secret", SslMode.DISABLE);

  @Test
  void unknownHostNamesTheHostAndPointsAtComposeNetworks() {
    ConnectionFailure failure = ConnectionFailure.of(
        driverError(PSQLState.CONNECTION_UNABLE_TO_CONNECT, new UnknownHostException("postgres")), SETTINGS);
    assertEquals("""
        Failed to connect to database: unknown host "postgres"
          - Check host in DATABASE_URL
          - With Docker Compose, use the database service's name and put both services on one network""",
        failure.message());
  }

  @Test
  void timeoutGetsTheRefusedHintsWithTheActualPort() {
    ConnectionFailure failure = ConnectionFailure.of(
        driverError(PSQLState.CONNECTION_UNABLE_TO_CONNECT, new SocketTimeoutException("Connect timed out")), SETTINGS);
    assertEquals("""
        Failed to connect to database: connection timed out
          - Verify PostgreSQL is running
          - Check host and port in DATABASE_URL
          - Ensure firewall allows connections on port 6543""", failure.message());
  }

  @Test
  void serverStillStartingSaysSoInTheServersWords() {
    ConnectionFailure failure = ConnectionFailure.of(serverError("57P03", "the database system is starting up"), SETTINGS);
    assertEquals(FailureKind.SERVER_NOT_READY, failure.kind());
    assertEquals("Failed to connect to database: the database system is starting up", failure.summary());
  }

  @Test
  void multiLineDriverMessageIsCutToItsFirstLine() {
    ConnectionFailure failure = ConnectionFailure.of(
        new java.sql.SQLException("first line\n  Detail: second line", "XX000"), SETTINGS);
    assertEquals("Failed to connect to database: first line", failure.summary());
  }
}
