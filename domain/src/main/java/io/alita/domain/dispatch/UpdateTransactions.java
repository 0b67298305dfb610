package io.alita.domain.dispatch;

import io.alita.domain.update.UpdateId;

/**
 * Outbound port: makes an update's state changes happen exactly once. The work runs in one database transaction that
 * also records the update id; when the id was recorded before (Telegram delivered the update again, or the process
 * restarted before acknowledging it), nothing runs. Only updates that write pay for this; reads stay free.
 *
 * <p>Stores called inside {@code work} take part in the same transaction.
 */
public interface UpdateTransactions {

  /** @return false when {@code updateId} was applied before, in which case {@code work} did not run */
  boolean applyOnce(UpdateId updateId, Runnable work);
}
