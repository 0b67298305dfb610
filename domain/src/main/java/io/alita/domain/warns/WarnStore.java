package io.alita.domain.warns;

import io.alita.domain.penalty.PenaltyMode;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.time.Duration;
import java.util.Optional;

/**
 * Outbound port: each chat's warn settings and each member's warns. Called inside
 * an event's write ({@link io.alita.domain.dispatch.UnitOfWork#write}) every write joins the update's transaction.
 * Writes for a chat or user the store has not seen yet create what they need first.
 */
public interface WarnStore {

  /** The chat's settings, or {@link WarnSettings#DEFAULTS} when it never changed them. */
  WarnSettings settings(ChatId chat);

  /** Sets the limit, keeping the mode. */
  void setLimit(ChatId chat, WarnLimit limit);

  /**
   * Sets the mode, keeping the limit.
   *
   * @param duration how long a tban or tmute lasts; ignored for the other modes
   * @throws IllegalArgumentException when a timed mode comes without a duration of 30 s to 366 days
   */
  void setMode(ChatId chat, PenaltyMode mode, Optional<Duration> duration);

  /**
   * Adds one warn and returns the member's warns including it. Atomic: warns added at the same time by several
   * admins are all counted.
   */
  WarnCount addWarn(ChatId chat, UserId user, WarnReason reason);

  /** Takes back the latest warn; empty when the member had none. */
  Optional<WarnCount> removeLatest(ChatId chat, UserId user);

  /** Forgets the member's warns; false when they had none. */
  boolean reset(ChatId chat, UserId user);

  /** Forgets every warn in the chat; returns how many members had any. */
  int resetAll(ChatId chat);

  /** The member's warns, {@link WarnCount#NONE} when they have none. */
  WarnCount warnsOf(ChatId chat, UserId user);
}
