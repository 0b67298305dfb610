package io.alita.telegram.update;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of recently accepted updates, each with its delivery: a second delivery of an update that is handled
 * already, or still in flight, is recognised here and joins the first instead of running again.
 *
 * <p>Bounded, least recently used first out. Telegram redelivers an update only when the previous delivery was not
 * acknowledged, i.e. within a few batches (polling) or retries (webhook), so a few thousand ids cover every realistic
 * repeat; an older repeat (after a restart) is the job of the database's record of processed events. Thread-safe.
 *
 * @param <D> what is remembered of a delivery
 */
final class RecentUpdates<D> {

  private final Map<Long, D> recent;

  RecentUpdates(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.recent = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, D> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * Claims {@code updateId} for handling.
   *
   * @return null when the caller now owns the update; otherwise the delivery that claimed it first
   */
  synchronized D claim(long updateId, D mine) {
    // putIfAbsent counts as an access in an access-ordered map, so a repeat also keeps its id from being evicted.
    return recent.putIfAbsent(updateId, mine);
  }
}
