package io.alita.domain.target;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Telegram username without its {@code @}: 5 to 32 ASCII letters, digits or underscores, starting with a letter.
 * Two usernames are equal regardless of case, as on Telegram ({@code @JohnDoe} and {@code @johndoe} are one account);
 * {@link #value()} keeps the spelling as typed for replies.
 */
public final class Username {

  private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{4,31}");

  private final String value;

  private Username(String value) {
    this.value = value;
  }

  /** The username in {@code text} (with or without one leading {@code @}), or empty if it is not a valid username. */
  public static Optional<Username> parse(String text) {
    Objects.requireNonNull(text, "text");
    String bare = text.startsWith("@") ? text.substring(1) : text;
    return VALID.matcher(bare).matches() ? Optional.of(new Username(bare)) : Optional.empty();
  }

  /** @throws IllegalArgumentException if {@code text} is not a valid username */
  public static Username of(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a Telegram username"));
  }

  /** As typed, without the {@code @}. */
  public String value() {
    return value;
  }

  /** Lowercase: the form to look it up by. */
  public String canonical() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Username && ((Username) other).canonical().equals(canonical());
  }

  @Override
  public int hashCode() {
    return canonical().hashCode();
  }

  /** With the {@code @}, as people write it. */
  @Override
  public String toString() {
    return "@" + value;
  }
}
