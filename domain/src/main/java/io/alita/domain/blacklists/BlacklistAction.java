package io.alita.domain.blacklists;

import io.alita.domain.penalty.Penalty;
import io.alita.domain.penalty.PenaltyMode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What happens to the sender of a blacklisted word, after their message is deleted: nothing more ({@code none}), a
 * warn through the Warns module ({@code warn}: its limit and mode apply), or a {@link Penalty} in the words every
 * punishing command uses ({@code mute}, {@code kick}, {@code ban}, {@code tban 1d}, {@code tmute 6h}).
 */
public sealed interface BlacklistAction {

  /** Only the message is deleted. */
  record DeleteOnly() implements BlacklistAction {
    @Override
    public String word() {
      return "none";
    }

    @Override
    public Optional<Duration> duration() {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return word();
    }
  }

  /** A warn through the Warns module: its limit and mode apply. */
  record Warn() implements BlacklistAction {
    @Override
    public String word() {
      return "warn";
    }

    @Override
    public Optional<Duration> duration() {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return word();
    }
  }

  /** A punishment. */
  record Punish(Penalty penalty) implements BlacklistAction {
    public Punish {
      Objects.requireNonNull(penalty, "penalty");
    }

    @Override
    public String word() {
      return penalty.mode().word();
    }

    @Override
    public Optional<Duration> duration() {
      return penalty.duration();
    }

    @Override
    public String toString() {
      return penalty.toString();
    }
  }

  BlacklistAction NONE = new DeleteOnly();
  BlacklistAction WARN = new Warn();
  /** The action of a chat that never chose one: a warn. */
  BlacklistAction DEFAULT = WARN;
  /** The words besides the penalty modes. */
  Set<String> OWN_WORDS = Set.of("none", "warn");

  /** The word admins type and the database stores ({@code none}, {@code warn}, {@code tmute}). */
  String word();

  /** How long a tban or tmute lasts; empty for the others. */
  Optional<Duration> duration();

  /** A punishment that takes no duration. */
  static BlacklistAction punish(PenaltyMode mode) {
    return new Punish(Penalty.of(mode));
  }

  /** A tban or tmute lasting {@code duration}. */
  static BlacklistAction punish(PenaltyMode mode, Duration duration) {
    return new Punish(Penalty.timed(mode, duration));
  }

  /**
   * The action stored as {@code word} with {@code duration}; empty for a word no action has.
   *
   * @throws IllegalArgumentException a tban or tmute without a valid duration
   */
  static Optional<BlacklistAction> of(String word, Optional<Duration> duration) {
    if (NONE.word().equals(word)) {
      return Optional.of(NONE);
    }
    if (WARN.word().equals(word)) {
      return Optional.of(WARN);
    }
    return PenaltyMode.of(word).map(mode -> new Punish(new Penalty(mode, duration)));
  }
}
