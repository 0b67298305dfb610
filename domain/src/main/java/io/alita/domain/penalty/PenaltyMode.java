package io.alita.domain.penalty;

import java.util.Locale;
import java.util.Optional;

/**
 * What happens to a member who reaches the warn limit or floods: one vocabulary for every module that punishes.
 * The timed modes need a duration (30 s to 366 days).
 */
public enum PenaltyMode {
  BAN("ban", false),
  KICK("kick", false),
  MUTE("mute", false),
  TBAN("tban", true),
  TMUTE("tmute", true);

  private final String word;
  private final boolean timed;

  PenaltyMode(String word, boolean timed) {
    this.word = word;
    this.timed = timed;
  }

  /** The word admins type and the database stores ({@code tmute}). */
  public String word() {
    return word;
  }

  /** True for tban and tmute, which last for a set time. */
  public boolean timed() {
    return timed;
  }

  /** The mode named by {@code word}, in any case; empty for anything else. */
  public static Optional<PenaltyMode> of(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (PenaltyMode m : values()) {
      if (m.word.equals(lower)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
