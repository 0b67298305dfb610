package io.alita.postgres.connect;

import io.alita.postgres.config.ConnectionSettings;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A failed connection attempt explained for the operator: a one-line summary in the wording of the original bot's
 * troubleshooting guide (e.g. {@code Failed to connect to database: connection refused}) and the guide's hints for
 * that case. Neither ever contains the password.
 *
 * @param kind    what went wrong, deciding whether to retry
 * @param summary one line, e.g. {@code password authentication failed for user "alita"}
 * @param hints   what to check, in the guide's words where it has any
 */
public record ConnectionFailure(FailureKind kind, String summary, List<String> hints) {

  /** Copies the hints. */
  public ConnectionFailure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
    hints = List.copyOf(hints);
  }

  /** Explains a failure to connect with the given settings. */
  public static ConnectionFailure of(Throwable failure, ConnectionSettings settings) {
    FailureKind kind = FailureKind.classify(failure);
    String user = settings.user();
    String port = Integer.toString(settings.port());
    return switch (kind) {
      case CONNECTION_REFUSED -> new ConnectionFailure(kind, "Failed to connect to database: connection refused",
          List.of("Verify PostgreSQL is running", "Check host and port in DATABASE_URL",
              "Ensure firewall allows connections on port " + port));
      case HOST_NOT_FOUND -> new ConnectionFailure(kind,
          "Failed to connect to database: unknown host \"" + settings.host() + "\"",
          List.of("Check host in DATABASE_URL",
              "With Docker Compose, use the database service's name and put both services on one network"));
      case HOST_UNREACHABLE -> new ConnectionFailure(kind, "Failed to connect to database: no route to host",
          List.of("Check host in DATABASE_URL",
              "Ensure firewall allows connections on port " + port));
      case TIMED_OUT -> new ConnectionFailure(kind, "Failed to connect to database: connection timed out",
          List.of("Verify PostgreSQL is running", "Check host and port in DATABASE_URL",
              "Ensure firewall allows connections on port " + port));
      case TOO_MANY_CONNECTIONS -> new ConnectionFailure(kind, tooManySummary(failure, user),
          List.of("Reduce DB_MAX_OPEN_CONNS", "Increase PostgreSQL max_connections in postgresql.conf",
              "Consider using connection pooling (PgBouncer)"));
      case SERVER_NOT_READY -> new ConnectionFailure(kind,
          "Failed to connect to database: " + detail(failure, settings),
          List.of("PostgreSQL is starting up or shutting down; wait for it or check its log"));
      case PASSWORD_AUTHENTICATION_FAILED -> new ConnectionFailure(kind,
          "password authentication failed for user \"" + user + "\"",
          List.of("Verify username and password in connection string", "Check pg_hba.conf authentication settings"));
      case DATABASE_DOES_NOT_EXIST -> new ConnectionFailure(kind,
          "database \"" + settings.database() + "\" does not exist",
          List.of("Check the database name in DATABASE_URL",
              "Create it: CREATE DATABASE \"" + settings.database() + "\";"));
      case CONNECTION_FAILED, OTHER -> new ConnectionFailure(kind,
          "Failed to connect to database: " + detail(failure, settings),
          List.of("Check user, host, port, database and sslmode in DATABASE_URL"));
    };
  }

  /**
   * The summary followed by one {@code "  - hint"} line per hint: what the operator sees. No stack trace, no password.
   */
  public String message() {
    StringBuilder out = new StringBuilder(summary);
    for (String hint : hints) {
      out.append('\n').append("  - ").append(hint);
    }
    return out.toString();
  }

  private static String tooManySummary(Throwable failure, String user) {
    String server = serverMessage(failure);
    // 53300 also covers the server-wide limit ("sorry, too many clients already"); say which one was hit.
    if (server == null || server.contains("for role")) {
      return "too many connections for role \"" + user + "\"";
    }
    return server;
  }

  /** The server's own message if it sent one, otherwise the driver's; first line only, password scrubbed. */
  private static String detail(Throwable failure, ConnectionSettings settings) {
    String text = serverMessage(failure);
    if (text == null) {
      text = firstSqlMessage(failure);
    }
    if (text == null || text.isBlank()) {
      text = failure.getClass().getSimpleName();
    }
    text = text.lines().findFirst().orElse(text).strip();
    if (!settings.password().isEmpty()) {
      text = text.replace(settings.password(), "***");
    }
    return text;
  }

  private static String serverMessage(Throwable failure) {
    for (Throwable t : CauseChain.of(failure)) {
      if (t instanceof PSQLException psql) {
        ServerErrorMessage server = psql.getServerErrorMessage();
        if (server != null && server.getMessage() != null) {
          return server.getMessage();
        }
      }
    }
    return null;
  }

  private static String firstSqlMessage(Throwable failure) {
    for (Throwable t : CauseChain.of(failure)) {
      if (t instanceof SQLException && t.getMessage() != null) {
        return t.getMessage();
      }
    }
    return failure.getMessage();
  }
}
