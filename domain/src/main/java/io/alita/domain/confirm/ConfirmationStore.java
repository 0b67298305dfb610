package io.alita.domain.confirm;

import java.time.Instant;
import java.util.Optional;

/**
 * Outbound port: the questions waiting for Yes or No. Kept in the database, so a restart does not lose a question a
 * chat's owner is about to answer. Writes join the event's transaction when called inside one.
 */
public interface ConfirmationStore {

  void save(Confirmation confirmation);

  Optional<Confirmation> find(String token);

  /**
   * Uses the question up: true for exactly one caller, even when two presses race; false when it was used (or
   * forgotten) before.
   */
  boolean take(String token);

  /** Forgets questions that expired before {@code now}; returns how many. */
  int forgetExpired(Instant now);
}
