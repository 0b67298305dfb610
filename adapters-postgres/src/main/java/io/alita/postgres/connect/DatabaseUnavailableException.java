package io.alita.postgres.connect;

import java.util.Objects;

/**
 * The database could not be reached at startup. The message is what the operator needs and nothing more: the
 * summary line and the hints of {@link ConnectionFailure#message()}. There is deliberately no cause and no stack trace
 * (a configuration mistake is not a bug), so even {@code log.error("...", e)} prints only the explanation.
 */
public final class DatabaseUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient ConnectionFailure failure;
  private final int attempts;

  /**
   * @param failure  the last attempt's failure
   * @param attempts how many attempts were made
   */
  public DatabaseUnavailableException(ConnectionFailure failure, int attempts) {
    super(Objects.requireNonNull(failure, "failure").message(), null, false, false);
    this.failure = failure;
    this.attempts = attempts;
  }

  /** The last attempt's failure. */
  public ConnectionFailure failure() {
    return failure;
  }

  /** How many attempts were made before giving up. */
  public int attempts() {
    return attempts;
  }
}
