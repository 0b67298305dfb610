package io.alita.domain.antiflood;

import io.alita.domain.command.AsciiInteger;
import java.util.Optional;

/**
 * How many messages within {@link FloodRule#WINDOW} a member may send: one more is a flood. From {@value #MIN} to
 * {@value #MAX}; a chat without a limit has antiflood off.
 */
public record FloodLimit(int value) {

  public static final int MIN = 3;
  public static final int MAX = 100;

  public FloodLimit {
    if (value < MIN || value > MAX) {
      throw new IllegalArgumentException("a flood limit is " + MIN + " to " + MAX + ", not " + value);
    }
  }

  /** The limit typed as a whole number in range; empty for anything else (0 and "off" are handled by the caller). */
  public static Optional<FloodLimit> parse(String word) {
    if (!AsciiInteger.isDigits(word) || word.length() > 3) {
      return Optional.empty();
    }
    int n = Integer.parseInt(word);
    return n >= MIN && n <= MAX ? Optional.of(new FloodLimit(n)) : Optional.empty();
  }
}
