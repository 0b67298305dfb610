package io.alita.domain.captcha;

import java.util.Optional;

/** A small whole number typed by an admin, within bounds. */
final class Bounded {

  private Bounded() {}

  static Optional<Integer> parse(String typed, int min, int max) {
    String t = typed.strip();
    if (t.isEmpty() || t.length() > 3 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    int value = Integer.parseInt(t);
    return value >= min && value <= max ? Optional.of(value) : Optional.empty();
  }
}
