package io.alita.domain.antiraid;

import io.alita.domain.time.ModerationDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat's anti-raid settings and state.
 *
 * @param raidTime how long a raid lasts when switched on without a duration (by /antiraid on or automatically)
 * @param actionTime how long a member who joins during a raid is banned
 * @param autoThreshold joins within {@link JoinCounter#WINDOW} that switch a raid on; 0 when automatic raids are off
 * @param activeUntil when the current (or last) raid ends; empty when none was ever on or it was switched off
 */
public record RaidSettings(Duration raidTime, Duration actionTime, int autoThreshold, Optional<Instant> activeUntil) {

  /** The most joins the automatic trigger may wait for. */
  public static final int MAX_THRESHOLD = 10_000;

  /** A chat that never changed anything: raids last 6h, joiners are banned for 1h, no automatic raids, no raid on. */
  public static final RaidSettings DEFAULTS =
      new RaidSettings(Duration.ofHours(6), Duration.ofHours(1), 0, Optional.empty());

  public RaidSettings {
    checkDuration("raid time", raidTime);
    checkDuration("raid action time", actionTime);
    if (autoThreshold < 0 || autoThreshold > MAX_THRESHOLD) {
      throw new IllegalArgumentException("the auto anti-raid threshold is 0 (off) to " + MAX_THRESHOLD + ", not "
          + autoThreshold);
    }
    Objects.requireNonNull(activeUntil, "activeUntil");
  }

  private static void checkDuration(String what, Duration d) {
    Objects.requireNonNull(d, what);
    ModerationDuration rule = ModerationDuration.ANTI_RAID;
    if (d.compareTo(rule.min()) < 0 || d.compareTo(rule.max()) > 0 || d.getNano() != 0) {
      throw new IllegalArgumentException("the " + what + " is " + ModerationDuration.format(rule.min()) + " to "
          + ModerationDuration.format(rule.max()) + " in whole seconds, not " + d);
    }
  }

  /** True while a raid is on: its end is still ahead of {@code now}. */
  public boolean activeAt(Instant now) {
    return activeUntil.map(now::isBefore).orElse(false);
  }

  public boolean autoEnabled() {
    return autoThreshold > 0;
  }

  public RaidSettings withRaidTime(Duration d) {
    return new RaidSettings(d, actionTime, autoThreshold, activeUntil);
  }

  public RaidSettings withActionTime(Duration d) {
    return new RaidSettings(raidTime, d, autoThreshold, activeUntil);
  }

  public RaidSettings withAutoThreshold(int n) {
    return new RaidSettings(raidTime, actionTime, n, activeUntil);
  }

  public RaidSettings withActiveUntil(Optional<Instant> until) {
    return new RaidSettings(raidTime, actionTime, autoThreshold, until);
  }
}
