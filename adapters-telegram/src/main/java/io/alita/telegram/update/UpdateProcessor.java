package io.alita.telegram.update;

import io.alita.domain.update.Incoming;

/**
 * What the {@link UpdateIntake} hands each update to: the application's pipeline (dispatcher, state changes in one
 * transaction, then the actions through the {@code ChatActionPort}). Called on an intake worker thread, one update of a
 * chat at a time; it may block. An exception is logged by the intake and does not stop the next update.
 */
@FunctionalInterface
public interface UpdateProcessor {

  /** Handles one update completely before returning: when it returns, the update may be acknowledged to Telegram. */
  void process(Incoming update);
}
