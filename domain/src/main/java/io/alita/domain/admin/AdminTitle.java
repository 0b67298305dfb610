package io.alita.domain.admin;

import java.util.Objects;

/**
 * An administrator's custom title: at most {@value #MAX_LENGTH} characters, counted as Unicode code points (Telegram's
 * limit; an emoji is one). Blank titles do not exist: a title is either set or absent.
 */
public record AdminTitle(String value) {

  public static final int MAX_LENGTH = 16;

  public AdminTitle {
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || length(value) > MAX_LENGTH) {
      throw new IllegalArgumentException("an admin title has 1 to " + MAX_LENGTH + " characters: '" + value + "'");
    }
  }

  /** Whether {@code text} fits: not blank and at most {@value #MAX_LENGTH} characters. */
  public static boolean fits(String text) {
    return !text.isBlank() && length(text) <= MAX_LENGTH;
  }

  /** The first {@value #MAX_LENGTH} characters of {@code text} (not blank), never splitting a surrogate pair. */
  public static AdminTitle truncating(String text) {
    String cut = length(text) <= MAX_LENGTH ? text : text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
    return new AdminTitle(cut.strip());
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
