package io.alita.postgres.connect;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Why a connection attempt failed, as far as it matters for what to do next: wait and retry (the database may still
 * be starting, as in a fresh {@code docker compose up}), or stop at once because retrying cannot help.
 */
public enum FailureKind {
  /** Nothing listens on the port (yet). */
  CONNECTION_REFUSED(true),
  /** The host name does not resolve (yet: compose networks register names late). */
  HOST_NOT_FOUND(true),
  /** No route to the host. */
  HOST_UNREACHABLE(true),
  /** The TCP connect timed out. */
  TIMED_OUT(true),
  /** SQLState 53300: the role's or the server's connection limit is reached; connections may free up. */
  TOO_MANY_CONNECTIONS(true),
  /** SQLState 57P03: the server is starting up, shutting down or in recovery. */
  SERVER_NOT_READY(true),
  /** Any other SQLState of class 08 (connection exception) except 08004: an I/O failure worth another try. */
  CONNECTION_FAILED(true),
  /** SQLState 28P01: wrong user name or password. Retrying only fills the server log. */
  PASSWORD_AUTHENTICATION_FAILED(false),
  /** SQLState 3D000: the database does not exist. */
  DATABASE_DOES_NOT_EXIST(false),
  /** Everything else (unknown role, no pg_hba.conf entry, TLS refused...): a configuration problem. */
  OTHER(false);

  private final boolean retryable;

  FailureKind(boolean retryable) {
    this.retryable = retryable;
  }

  /** True when waiting and trying again may succeed. */
  public boolean retryable() {
    return retryable;
  }

  /**
   * Classifies a failure from pgjdbc, or from a pool wrapping it, by walking the cause chain: an SQLState the server
   * sent wins over the socket exception underneath, which wins over a generic connection-class SQLState.
   */
  public static FailureKind classify(Throwable failure) {
    FailureKind bySqlState = null;
    FailureKind byCause = null;
    boolean connectionClass = false;
    for (Throwable t : CauseChain.of(failure)) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (bySqlState == null) {
          bySqlState = bySqlState(state);
        }
        connectionClass |= state.startsWith("08") && !state.equals("08004");
      }
      if (byCause == null) {
        byCause = byCause(t);
      }
    }
    if (bySqlState != null) {
      return bySqlState;
    }
    if (byCause != null) {
      return byCause;
    }
    return connectionClass ? CONNECTION_FAILED : OTHER;
  }

  private static FailureKind bySqlState(String state) {
    return switch (state) {
      case "28P01" -> PASSWORD_AUTHENTICATION_FAILED;
      case "3D000" -> DATABASE_DOES_NOT_EXIST;
      case "53300" -> TOO_MANY_CONNECTIONS;
      case "57P03" -> SERVER_NOT_READY;
      default -> null;
    };
  }

  private static FailureKind byCause(Throwable t) {
    if (t instanceof UnknownHostException) {
      return HOST_NOT_FOUND;
    }
    if (t instanceof NoRouteToHostException) {
      return HOST_UNREACHABLE;
    }
    if (t instanceof SocketTimeoutException) {
      return TIMED_OUT;
    }
    if (t instanceof ConnectException) {
      // Without a socket timeout the kernel's own SYN timeout surfaces as ConnectException "Connection timed out".
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      return message.contains("timed out") ? TIMED_OUT : CONNECTION_REFUSED;
    }
    return null;
  }
}
