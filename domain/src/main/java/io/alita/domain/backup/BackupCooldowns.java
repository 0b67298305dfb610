package io.alita.domain.backup;

import io.alita.domain.model.ChatId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Outbound port: per chat, until when each backup command is resting (kept in the database, so a restart lifts none).
 * Writes join the event's transaction when called inside one.
 */
public interface BackupCooldowns {

  /** The three commands with cooldowns, and how long each rests after an attempt (the original's). */
  enum Kind {
    EXPORT(Duration.ofMinutes(5)), IMPORT(Duration.ofMinutes(10)), RESET(Duration.ofHours(1));

    private final Duration length;

    Kind(Duration length) {
      this.length = length;
    }

    public Duration length() {
      return length;
    }
  }

  /** Until when {@code kind} rests in {@code chat}, if it was ever used there (the time may have passed). */
  Optional<Instant> until(ChatId chat, Kind kind);

  /** Records that {@code kind} rests in {@code chat} until {@code until} (replacing any earlier time). */
  void restUntil(ChatId chat, Kind kind, Instant until);
}
