package io.alita.postgres.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

class FailureKindTest {

  static PSQLException serverError(String sqlState, String message) {
    return new PSQLException(new ServerErrorMessage("SFATAL\0VFATAL\0C" + sqlState + "\0M" + message + "\0"));
  }

  static PSQLException driverError(PSQLState state, Throwable cause) {
    return new PSQLException("The connection attempt failed.", state, cause);
  }

  @Test
  void socketFailuresUnderTheDriversConnectionErrorAreTransient() {
    assertEquals(FailureKind.CONNECTION_REFUSED, FailureKind.classify(
        driverError(PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"))));
    assertEquals(FailureKind.HOST_NOT_FOUND, FailureKind.classify(
        driverError(PSQLState.CONNECTION_UNABLE_TO_CONNECT, new UnknownHostException("postgres"))));
    assertEquals(FailureKind.HOST_UNREACHABLE, FailureKind.classify(
        driverError(PSQLState.CONNECTION_UNABLE_TO_CONNECT, new NoRouteToHostException("No route to host"))));
    assertEquals(FailureKind.TIMED_OUT, FailureKind.classify(
        driverError(PSQLState.CONNECTION_UNABLE_TO_CONNECT, new SocketTimeoutException("Connect timed out"))));
    assertEquals(FailureKind.TIMED_OUT, FailureKind.classify(
        driverError(PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection timed out"))));
    assertEquals(FailureKind.CONNECTION_FAILED, FailureKind.classify(
        driverError(PSQLState.CONNECTION_FAILURE, new EOFException())));
  }

  @Test
  void serverSqlStatesDecideBetweenRetryAndFailingAtOnce() {
    assertEquals(FailureKind.PASSWORD_AUTHENTICATION_FAILED,
        FailureKind.classify(serverError("28P01", "password authentication failed for user \"alita\"")));
    assertEquals(FailureKind.DATABASE_DOES_NOT_EXIST,
        FailureKind.classify(serverError("3D000", "database \"alita\" does not exist")));
    assertEquals(FailureKind.TOO_MANY_CONNECTIONS,
        FailureKind.classify(serverError("53300", "too many connections for role \"alita\"")));
    assertEquals(FailureKind.SERVER_NOT_READY,
        FailureKind.classify(serverError("57P03", "the database system is starting up")));
    assertEquals(FailureKind.OTHER, FailureKind.classify(serverError("28000", "role \"x\" does not exist")));
    assertEquals(FailureKind.OTHER, FailureKind.classify(
        new PSQLException("The server does not support SSL.", PSQLState.CONNECTION_REJECTED)));
    assertEquals(FailureKind.OTHER, FailureKind.classify(new IllegalStateException("boom")));
  }

  @Test
  void aPoolWrappingTheDriverErrorIsSeenThrough() {
    SQLTransientConnectionException pool = new SQLTransientConnectionException(
        "alita-db - Connection is not available, request timed out after 5000ms", "28P01",
        serverError("28P01", "password authentication failed for user \"alita\""));
    assertEquals(FailureKind.PASSWORD_AUTHENTICATION_FAILED, FailureKind.classify(pool));
  }

  @Test
  void onlyTransientKindsAreRetryable() {
    assertTrue(FailureKind.CONNECTION_REFUSED.retryable());
    assertTrue(FailureKind.TOO_MANY_CONNECTIONS.retryable());
    assertFalse(FailureKind.PASSWORD_AUTHENTICATION_FAILED.retryable());
    assertFalse(FailureKind.DATABASE_DOES_NOT_EXIST.retryable());
    assertFalse(FailureKind.OTHER.retryable());
  }

  @Test
  void aCauseCycleIsWalkedOnce() {
    class Looping extends java.sql.SQLException {
      Throwable next;

      @Override
      public synchronized Throwable getCause() {
        return next;
      }
    }
    Looping a = new Looping();
    Looping b = new Looping();
    a.next = b;
    b.next = a;
    assertEquals(FailureKind.OTHER, FailureKind.classify(a));
  }
}
