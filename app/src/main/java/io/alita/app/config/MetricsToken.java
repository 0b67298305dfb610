package io.alita.app.config;

import java.util.Objects;

/**
 * {@code METRICS_TOKEN}: the bearer token a Prometheus scrape of {@code /metrics} must send. 16 to 256 visible ASCII
 * characters (an HTTP header carries it, and a short one could be guessed). {@link #toString()} never shows it.
 *
 * @param value the token
 */
public record MetricsToken(String value) {

  public static final int MIN_LENGTH = 16;
  public static final int MAX_LENGTH = 256;
  static final String RULE = "use " + MIN_LENGTH + " to " + MAX_LENGTH
      + " visible ASCII characters without spaces, e.g. the output of `openssl rand -hex 32`";

  /** Checks the rule; the message never repeats the token. */
  public MetricsToken {
    Objects.requireNonNull(value, "value");
    if (value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("contains whitespace; " + RULE);
    }
    if (value.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
      throw new IllegalArgumentException("contains characters other than visible ASCII; " + RULE);
    }
    if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("is " + value.length() + " characters long; " + RULE);
    }
  }

  /** {@code ***}. */
  @Override
  public String toString() {
    return "***";
  }
}
