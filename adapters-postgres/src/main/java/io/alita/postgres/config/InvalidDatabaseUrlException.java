package io.alita.postgres.config;

/**
 * A {@code DATABASE_URL} that cannot be used. The message says what is wrong and what is accepted, in one line, and
 * never contains the password: it is meant to be shown to the operator as is (prefixed with the variable's name).
 */
public final class InvalidDatabaseUrlException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** @param message one line, free of secrets */
  public InvalidDatabaseUrlException(String message) {
    super(message);
  }
}
