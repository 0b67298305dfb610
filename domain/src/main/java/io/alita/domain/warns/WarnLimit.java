package io.alita.domain.warns;

import io.alita.domain.command.AsciiInteger;
import java.util.Optional;

/**
 * How many warns a member may collect before the chat's warn mode is applied: 1 to 100.
 *
 * @param value the number of warns that triggers the action
 */
public record WarnLimit(int value) {

  public static final int MIN = 1;
  public static final int MAX = 100;
  /** The limit of a chat that never set one. */
  public static final WarnLimit DEFAULT = new WarnLimit(3);

  public WarnLimit {
    if (value < MIN || value > MAX) {
      throw new IllegalArgumentException("a warn limit is " + MIN + " to " + MAX + ", not " + value);
    }
  }

  /** The limit an admin typed ({@code "5"}); empty for anything that is not a whole number from 1 to 100. */
  public static Optional<WarnLimit> parse(String text) {
    // three digits at most after leading zeros: "0005" is 5, while a 30-digit number must not overflow
    String significant = text.replaceFirst("^0+(?=.)", "");
    if (!AsciiInteger.isDigits(significant) || significant.length() > 3) {
      return Optional.empty();
    }
    int n = Integer.parseInt(significant);
    return n >= MIN && n <= MAX ? Optional.of(new WarnLimit(n)) : Optional.empty();
  }

  /** True when {@code count} warns reach this limit. */
  public boolean reachedBy(int count) {
    return count >= value;
  }
}
