package io.alita.app.config;

import java.util.Objects;

/**
 * One configuration problem, printed as one line: the variable (or {@code .env} location), what is wrong, and what to
 * write instead, e.g. {@code DB_MAX_OPEN_CONNS: 'abc' is not a whole number; use 1 to 1000 (default 100)}.
 * A problem never quotes a secret's value.
 *
 * @param variable the environment variable, or a place such as {@code .env line 7}
 * @param problem  what is wrong and how to fix it
 */
public record ConfigError(String variable, String problem) {

  /** Both parts are required. */
  public ConfigError {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(problem, "problem");
  }

  /** {@code VARIABLE: problem}. */
  @Override
  public String toString() {
    return variable + ": " + problem;
  }
}
