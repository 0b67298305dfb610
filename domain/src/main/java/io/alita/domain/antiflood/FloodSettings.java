package io.alita.domain.antiflood;

import io.alita.domain.penalty.PenaltyMode;

import io.alita.domain.time.ModerationDuration;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat's antiflood settings.
 *
 * @param limit messages allowed within {@link FloodRule#WINDOW}; empty when antiflood is off
 * @param mode what happens to a flooder
 * @param modeDuration how long a tban or tmute lasts (within {@link ModerationDuration#TEMPORARY_ACTION}'s limits);
 *     always empty for the other modes
 * @param deleteFlood whether every message of the flood is deleted, not only the one that crossed the limit
 */
public record FloodSettings(Optional<FloodLimit> limit, PenaltyMode mode, Optional<Duration> modeDuration,
    boolean deleteFlood) {

  /** A chat that never changed anything: off; once switched on, a mute with no end; only the last message deleted. */
  public static final FloodSettings DEFAULTS = new FloodSettings(Optional.empty(), PenaltyMode.MUTE, Optional.empty(), false);

  public FloodSettings {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(modeDuration, "modeDuration");
    modeDuration = mode.checkedDuration(modeDuration, "flood mode");
  }

  public boolean enabled() {
    return limit.isPresent();
  }

  public FloodSettings withLimit(Optional<FloodLimit> newLimit) {
    return new FloodSettings(newLimit, mode, modeDuration, deleteFlood);
  }

  /** @throws IllegalArgumentException when a timed mode comes without a duration in range */
  public FloodSettings withMode(PenaltyMode newMode, Optional<Duration> duration) {
    return new FloodSettings(limit, newMode, duration, deleteFlood);
  }

  public FloodSettings withDeleteFlood(boolean delete) {
    return new FloodSettings(limit, mode, modeDuration, delete);
  }
}
