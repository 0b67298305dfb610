package io.alita.domain.captcha;

import java.util.Optional;

/** How many wrong answers fail the captcha: {@value #MIN} to {@value #MAX}. */
public record MaxAttempts(int value) {

  public static final int MIN = 1;
  public static final int MAX = 10;
  public static final MaxAttempts DEFAULT = new MaxAttempts(3);

  public MaxAttempts {
    if (value < MIN || value > MAX) {
      throw new IllegalArgumentException("captcha attempts are " + MIN + " to " + MAX + ", not " + value);
    }
  }

  /** The number typed, or empty when it is not a whole number in range. */
  public static Optional<MaxAttempts> parse(String typed) {
    return Bounded.parse(typed, MIN, MAX).map(MaxAttempts::new);
  }
}
