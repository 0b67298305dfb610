package io.alita.app.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The value sent to Telegram as {@code secret_token} and expected back in {@code X-Telegram-Bot-Api-Secret-Token}.
 * Telegram allows 1 to 256 characters of {@code A-Z a-z 0-9 _ -}. {@link #toString()} never shows it.
 *
 * @param value the secret
 */
public record WebhookSecret(String value) {

  /** Telegram's upper limit for {@code secret_token}. */
  public static final int MAX_LENGTH = 256;

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]+");
  /** Telegram's rule, phrased as advice for error messages. */
  static final String RULE = "use 1 to " + MAX_LENGTH + " characters of A-Z, a-z, 0-9, _ and -";

  /** Checks Telegram's rule; the message never repeats the secret. */
  public WebhookSecret {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("is empty; " + RULE);
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("is " + value.length() + " characters long; " + RULE);
    }
    if (!ALLOWED.matcher(value).matches()) {
      throw new IllegalArgumentException("contains characters Telegram does not accept; " + RULE);
    }
  }

  /** {@code ***}. */
  @Override
  public String toString() {
    return "***";
  }
}
