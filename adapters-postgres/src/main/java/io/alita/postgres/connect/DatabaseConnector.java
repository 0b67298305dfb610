package io.alita.postgres.connect;

import io.alita.postgres.config.ConnectionSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits at startup until the database accepts a connection, as the original bot did: up to 5 attempts with 1, 2, 4
 * and 8 seconds in between (see {@link Backoff#STANDARD}).
 *
 * <p>Transient failures (connection refused, unknown or unreachable host, timeout, too many connections, server
 * starting) are retried; a wrong password or a missing database fails at once, since waiting cannot fix them. Each
 * retry is logged at WARN with the settings in redacted form; the final failure is a
 * {@link DatabaseUnavailableException} whose message is the troubleshooting text for that case.
 */
public final class DatabaseConnector {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseConnector.class);

  private final ConnectionOpener opener;
  private final Backoff backoff;
  private final Sleeper sleeper;

  /** A connector with its collaborators made explicit (tests pass a sleeper that does not sleep). */
  public DatabaseConnector(ConnectionOpener opener, Backoff backoff, Sleeper sleeper) {
    this.opener = Objects.requireNonNull(opener, "opener");
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /** pgjdbc, the standard schedule, and real sleeping. */
  public static DatabaseConnector standard() {
    return new DatabaseConnector(ConnectionOpener.pgjdbc(), Backoff.STANDARD, Sleeper.SYSTEM);
  }

  /**
   * Returns once one connection to the database could be opened (and closed again).
   *
   * @throws DatabaseUnavailableException when a failure cannot be retried, the attempts are used up, or the thread is
   *                                      interrupted while waiting (its interrupt flag is then set again)
   */
  public void awaitDatabase(ConnectionSettings settings) throws DatabaseUnavailableException {
    Objects.requireNonNull(settings, "settings");
    for (int attempt = 1; ; attempt++) {
      ConnectionFailure failure;
      try (Connection connection = opener.open(settings)) {
        LOG.info("Connected to {} {} at {}", connection.getMetaData().getDatabaseProductName(),
            connection.getMetaData().getDatabaseProductVersion(), settings.redacted());
        return;
      } catch (SQLException | RuntimeException e) {
        failure = ConnectionFailure.of(e, settings);
        LOG.debug("Connection attempt {} to {} failed: {}", attempt, settings.redacted(), failure.kind());
      }
      if (!failure.kind().retryable() || attempt >= backoff.maxAttempts()) {
        throw new DatabaseUnavailableException(failure, attempt);
      }
      Duration delay = backoff.delayAfter(attempt);
      LOG.warn("Database at {} not ready ({}), attempt {} of {}; retrying in {}", settings.redacted(),
          failure.summary(), attempt, backoff.maxAttempts(), humane(delay));
      try {
        sleeper.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DatabaseUnavailableException(failure, attempt);
      }
    }
  }

  private static String humane(Duration delay) {
    long millis = delay.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
