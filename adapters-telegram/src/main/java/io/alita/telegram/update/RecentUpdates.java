package io.alita.telegram.update;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The ids of recently accepted updates, each with the future of its handling: a second delivery of an update that is
 * handled already, or still in flight, is recognised here and waits for the first instead of running again.
 *
 * <p>Bounded, least recently used first out. Telegram redelivers an update only when the previous delivery was not
 * acknowledged, i.e. within a few batches (polling) or retries (webhook), so a few thousand ids cover every realistic
 * repeat; an older repeat (after a restart) is the job of the database's processed-updates journal. Thread-safe.
 */
final class RecentUpdates {

  private final Map<Long, CompletableFuture<Void>> recent;

  RecentUpdates(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.recent = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, CompletableFuture<Void>> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * Claims {@code updateId} for handling.
   *
   * @return null when the caller now owns the update and must complete {@code mine}; otherwise the future of the
   *     delivery that claimed it first
   */
  synchronized CompletableFuture<Void> claim(long updateId, CompletableFuture<Void> mine) {
    // putIfAbsent counts as an access in an access-ordered map, so a repeat also keeps its id from being evicted.
    return recent.putIfAbsent(updateId, mine);
  }
}
