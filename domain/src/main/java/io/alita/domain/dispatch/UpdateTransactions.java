package io.alita.domain.dispatch;

import java.time.Instant;
import java.util.function.Function;

/**
 * Outbound port: runs the handling of one event with its {@link UnitOfWork}, so that the event's state changes happen
 * exactly once. The first write opens one database transaction and records the event's key in it; when
 * {@code handling} returns, that transaction (if any) commits; when it throws, it is rolled back. Only the dispatcher
 * calls this: modules write through their context.
 *
 * <p>Stores called inside a write, and everything read after the first write, take part in the same transaction.
 */
public interface UpdateTransactions {

  /**
   * @return what {@code handling} returned, after the commit
   * @throws AlreadyApplied when the key was recorded by an earlier handling: nothing of this one was committed
   * @throws StoreUnavailable when the database could not be reached: nothing was committed, try again later
   */
  <T> T handle(EventKey key, Function<UnitOfWork, T> handling);

  /**
   * Forgets the keys recorded before {@code before} (Telegram redelivers nothing older than a day).
   *
   * @return how many were forgotten
   */
  int forgetBefore(Instant before);
}
