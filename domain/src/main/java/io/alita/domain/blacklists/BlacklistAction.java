package io.alita.domain.blacklists;

import io.alita.domain.time.ModerationDuration;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What happens to the sender of a blacklisted word, after their message is deleted.
 *
 * @param kind the action
 * @param duration how long a tban or tmute lasts (within {@link ModerationDuration#TEMPORARY_ACTION}'s limits, whole
 *     seconds); always empty for the other kinds
 */
public record BlacklistAction(Kind kind, Optional<Duration> duration) {

  /** The actions, by the word admins type and the database stores. */
  public enum Kind {
    /** Only the message is deleted. */
    NONE("none", false),
    /** A warn through the Warns module: its limit and mode apply. */
    WARN("warn", false),
    MUTE("mute", false),
    KICK("kick", false),
    BAN("ban", false),
    TBAN("tban", true),
    TMUTE("tmute", true);

    private final String word;
    private final boolean timed;

    Kind(String word, boolean timed) {
      this.word = word;
      this.timed = timed;
    }

    /** The word admins type and the database stores ({@code tmute}). */
    public String word() {
      return word;
    }

    /** True for tban and tmute, which need a duration. */
    public boolean timed() {
      return timed;
    }

    /** The kind named by {@code word}, in any case; empty for anything else. */
    public static Optional<Kind> of(String word) {
      String lower = word.toLowerCase(Locale.ROOT);
      for (Kind k : values()) {
        if (k.word.equals(lower)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  /** The action of a chat that never chose one: a warn. */
  public static final BlacklistAction DEFAULT = new BlacklistAction(Kind.WARN, Optional.empty());

  public BlacklistAction {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(duration, "duration");
    if (kind.timed()) {
      Duration d = duration.orElseThrow(
          () -> new IllegalArgumentException("blacklist action " + kind.word() + " needs a duration"));
      ModerationDuration rule = ModerationDuration.TEMPORARY_ACTION;
      if (d.compareTo(rule.min()) < 0 || d.compareTo(rule.max()) > 0 || d.getNano() != 0) {
        throw new IllegalArgumentException("a " + kind.word() + " lasts " + ModerationDuration.format(rule.min())
            + " to " + ModerationDuration.format(rule.max()) + " in whole seconds, not " + d);
      }
    } else {
      duration = Optional.empty();
    }
  }

  /** An action without a duration (anything but tban and tmute). */
  public static BlacklistAction of(Kind kind) {
    return new BlacklistAction(kind, Optional.empty());
  }

  /** A tban or tmute lasting {@code duration}. */
  public static BlacklistAction timed(Kind kind, Duration duration) {
    return new BlacklistAction(kind, Optional.of(duration));
  }

  /** How it reads in a command: {@code warn}, {@code tmute 6h}. */
  @Override
  public String toString() {
    return duration.map(d -> kind.word() + " " + ModerationDuration.format(d)).orElse(kind.word());
  }
}
