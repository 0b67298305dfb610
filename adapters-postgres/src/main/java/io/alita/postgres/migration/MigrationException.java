package io.alita.postgres.migration;

/**
 * A migration problem a person can act on: a badly named file, a failing statement, a file changed after it was
 * applied, a database this program must not touch. The message is complete on its own (file, line, PostgreSQL's
 * error, what to do); callers print it and need no stack trace.
 */
public final class MigrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param message the complete, user-facing explanation */
  public MigrationException(String message) {
    super(message);
  }

  /** Keeps the underlying error for debug logs; the message alone still says everything the user needs. */
  public MigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
