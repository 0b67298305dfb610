package io.alita.domain.penalty;

import io.alita.domain.time.ModerationDuration;

import java.time.Duration;

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

  /**
   * The duration this mode keeps: for a timed mode the given one, checked against the limits of a temporary action
   * (30 s to 366 days, whole seconds); for any other mode none.
   *
   * @param what names the setting in the error, e.g. "warn mode"
   * @throws IllegalArgumentException when a timed mode has no duration or one outside the limits
   */
  public Optional<Duration> checkedDuration(Optional<Duration> duration, String what) {
    if (!timed) {
      return Optional.empty();
    }
    Duration d = duration.orElseThrow(() -> new IllegalArgumentException(what + " " + word + " needs a duration"));
    ModerationDuration rule = ModerationDuration.TEMPORARY_ACTION;
    if (d.compareTo(rule.min()) < 0 || d.compareTo(rule.max()) > 0 || d.getNano() != 0) {
      throw new IllegalArgumentException("a " + word + " lasts " + ModerationDuration.format(rule.min()) + " to "
          + ModerationDuration.format(rule.max()) + " in whole seconds, not " + d);
    }
    return duration;
  }
}
