package io.alita.domain.antiflood;

import io.alita.domain.penalty.PenaltyMode;

import io.alita.domain.model.ChatId;
import java.time.Duration;
import java.util.Optional;

/**
 * Outbound port: each chat's antiflood settings. Called inside
 * an event's write ({@link io.alita.domain.dispatch.UnitOfWork#write}), every write joins the update's transaction. A write
 * for a chat the store has not seen yet creates its row with the other settings at their defaults (antiflood off),
 * so changing the mode never switches antiflood on by itself.
 */
public interface FloodSettingsStore {

  /** The chat's settings, or {@link FloodSettings#DEFAULTS} when it never changed them. */
  FloodSettings settings(ChatId chat);

  /** Sets the limit (empty: antiflood off), keeping the rest. */
  void setLimit(ChatId chat, Optional<FloodLimit> limit);

  /**
   * Sets the mode, keeping the rest.
   *
   * @param duration how long a tban or tmute lasts; ignored for the other modes
   * @throws IllegalArgumentException when a timed mode comes without a duration of 30 s to 366 days
   */
  void setMode(ChatId chat, PenaltyMode mode, Optional<Duration> duration);

  /** Whether the whole flood is deleted, keeping the rest. */
  void setDeleteFlood(ChatId chat, boolean delete);
}
