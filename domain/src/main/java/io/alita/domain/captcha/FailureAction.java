package io.alita.domain.captcha;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** What happens to a member who fails the captcha (too many wrong answers, or the time ran out). */
public enum FailureAction {
  KICK("kick"),
  BAN("ban"),
  /** Muted for {@link #MUTE_DURATION}, then the mute is lifted. */
  MUTE("mute");

  /** How long a failed member stays muted. */
  public static final Duration MUTE_DURATION = Duration.ofHours(24);

  private final String word;

  FailureAction(String word) {
    this.word = word;
  }

  /** The word used in commands and in the database. */
  public String word() {
    return word;
  }

  /** The action called {@code word}, ignoring case. */
  public static Optional<FailureAction> of(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    for (FailureAction a : values()) {
      if (a.word.equals(w)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
