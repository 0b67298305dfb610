package io.alita.telegram.update;

/** How {@link UpdateIntake#handle} left a batch of updates. */
public enum BatchOutcome {
  /** Every update of the batch was handled (or skipped as a repeat, or as of no interest). */
  HANDLED,
  /** The wait bound passed first; the rest of the batch goes on being handled in the background. */
  STILL_RUNNING,
  /** The intake is closing and took none of it: Telegram must deliver the batch again (to this process after a restart). */
  NOT_ACCEPTED,
  /** The calling thread was interrupted while waiting; the batch goes on being handled in the background. */
  INTERRUPTED
}
