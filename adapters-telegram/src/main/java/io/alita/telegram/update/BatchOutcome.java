package io.alita.telegram.update;

/** How {@link UpdateIntake#accept} left a batch of updates: whether it may be confirmed to Telegram. */
public enum BatchOutcome {
  /** Every update of the batch was handled (or skipped as a repeat, or as of no interest): confirm it. */
  HANDLED,
  /** Some are still being handled, and were kept in the inbox first: confirm it; nothing is lost in a crash. */
  KEPT,
  /** The intake is closing and the batch is not all handled or kept: do not confirm, Telegram delivers it again. */
  NOT_ACCEPTED,
  /** The calling thread was interrupted while waiting: do not confirm. */
  INTERRUPTED;

  /** True when the batch may be confirmed to Telegram. */
  public boolean confirmable() {
    return this == HANDLED || this == KEPT;
  }
}
