package io.alita.domain.captcha;

import java.util.Locale;
import java.util.Optional;

/** What a new member has to do: press a button, pick the result of a sum, or pick the code shown. */
public enum CaptchaMode {
  BUTTON("button"),
  MATH("math"),
  TEXT("text");

  private final String word;

  CaptchaMode(String word) {
    this.word = word;
  }

  /** The word used in commands and in the database. */
  public String word() {
    return word;
  }

  /** Whether the challenge may be replaced by a new one (the sum and the code; the button needs none). */
  public boolean refreshable() {
    return this != BUTTON;
  }

  /** The mode called {@code word}, ignoring case. */
  public static Optional<CaptchaMode> of(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    for (CaptchaMode m : values()) {
      if (m.word.equals(w)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
