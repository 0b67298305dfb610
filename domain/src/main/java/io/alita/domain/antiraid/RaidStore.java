package io.alita.domain.antiraid;

import io.alita.domain.model.ChatId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Outbound port: each chat's anti-raid settings and the end of its current raid, kept durably so that a restart does
 * not end a raid. Called inside an event's write ({@link io.alita.domain.dispatch.UnitOfWork#write}), every write joins the
 * update's transaction. A write for a chat the store has not seen yet creates its row with the other settings at
 * their defaults.
 */
public interface RaidStore {

  /** The chat's settings, or {@link RaidSettings#DEFAULTS} when it never changed them. */
  RaidSettings settings(ChatId chat);

  /** @throws IllegalArgumentException outside 1 s to 366 days */
  void setRaidTime(ChatId chat, Duration raidTime);

  /** @throws IllegalArgumentException outside 1 s to 366 days */
  void setActionTime(ChatId chat, Duration actionTime);

  /** @throws IllegalArgumentException outside 0 (off) to {@link RaidSettings#MAX_THRESHOLD} */
  void setAutoThreshold(ChatId chat, int joins);

  /** Starts (or moves the end of) a raid: on until {@code until}; empty switches it off. */
  void setActiveUntil(ChatId chat, Optional<Instant> until);
}
