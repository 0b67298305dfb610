package io.alita.domain.warns;

import io.alita.domain.penalty.PenaltyMode;

import io.alita.domain.time.ModerationDuration;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat's warn settings.
 *
 * @param limit warns that trigger the action
 * @param mode the action
 * @param modeDuration how long a tban or tmute lasts (within {@link ModerationDuration#TEMPORARY_ACTION}'s limits);
 *     always empty for the other modes
 */
public record WarnSettings(WarnLimit limit, PenaltyMode mode, Optional<Duration> modeDuration) {

  /** A chat that never changed anything: 3 warns, then a mute with no end. */
  public static final WarnSettings DEFAULTS = new WarnSettings(WarnLimit.DEFAULT, PenaltyMode.MUTE, Optional.empty());

  public WarnSettings {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(modeDuration, "modeDuration");
    modeDuration = mode.checkedDuration(modeDuration, "warn mode");
  }

  public WarnSettings withLimit(WarnLimit newLimit) {
    return new WarnSettings(newLimit, mode, modeDuration);
  }

  /**
   * These settings with another mode.
   *
   * @throws IllegalArgumentException when a timed mode comes without a duration in range
   */
  public WarnSettings withMode(PenaltyMode newMode, Optional<Duration> duration) {
    return new WarnSettings(limit, newMode, duration);
  }
}
