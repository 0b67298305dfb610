package io.alita.domain.penalty;

import io.alita.domain.time.ModerationDuration;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One punishment as admins choose it: a {@link PenaltyMode} and, for tban and tmute, how long it lasts (30 s to 366
 * days, whole seconds; checked here). What a warn limit, a flood or a blacklisted word leads to.
 */
public record Penalty(PenaltyMode mode, Optional<Duration> duration) {

  public Penalty {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(duration, "duration");
    duration = mode.checkedDuration(duration, "penalty");
  }

  /** A mode that takes no duration (ban, kick, mute). */
  public static Penalty of(PenaltyMode mode) {
    return new Penalty(mode, Optional.empty());
  }

  /** A tban or tmute lasting {@code duration}. */
  public static Penalty timed(PenaltyMode mode, Duration duration) {
    return new Penalty(mode, Optional.of(duration));
  }

  /** How it reads in a command: {@code ban}, {@code tmute 6h}. */
  @Override
  public String toString() {
    return duration.map(d -> mode.word() + " " + ModerationDuration.format(d)).orElse(mode.word());
  }
}
