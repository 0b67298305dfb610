package io.alita.domain.captcha;

import java.time.Duration;
import java.util.Optional;

/** How many minutes a new member has to answer: {@value #MIN} to {@value #MAX}. */
public record CaptchaTimeout(int minutes) {

  public static final int MIN = 1;
  public static final int MAX = 10;
  public static final CaptchaTimeout DEFAULT = new CaptchaTimeout(2);

  public CaptchaTimeout {
    if (minutes < MIN || minutes > MAX) {
      throw new IllegalArgumentException("a captcha timeout is " + MIN + " to " + MAX + " minutes, not " + minutes);
    }
  }

  public Duration duration() {
    return Duration.ofMinutes(minutes);
  }

  /** The timeout typed as a whole number of minutes, or empty when it is not one in range. */
  public static Optional<CaptchaTimeout> parse(String typed) {
    return Bounded.parse(typed, MIN, MAX).map(CaptchaTimeout::new);
  }
}
