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
 * <p>Striped by id: every webhook request claims its update here, and one lock for all of them was the most contended
 * monitor of the worker under the pipeline benchmark (decision 0042). Update ids are consecutive, so they spread
 * evenly over the stripes and each stripe's least recently used id is about the oldest overall; the same id always
 * lands in the same stripe, so a repeat is always recognised while its stripe remembers it.
 *
 * @param <D> what is remembered of a delivery
 */
final class RecentUpdates<D> {

  private static final int STRIPES = 16;

  private final Stripe<D>[] stripes;

  @SuppressWarnings("unchecked")
  RecentUpdates(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    int n = Math.min(STRIPES, capacity);
    this.stripes = new Stripe[n];
    for (int i = 0; i < n; i++) {
      // the stripes' capacities add up to capacity exactly
      stripes[i] = new Stripe<>(capacity / n + (i < capacity % n ? 1 : 0));
    }
  }

  /**
   * Claims {@code updateId} for handling.
   *
   * @return null when the caller now owns the update; otherwise the delivery that claimed it first
   */
  D claim(long updateId, D mine) {
    return stripes[(int) Math.floorMod(updateId, (long) stripes.length)].claim(updateId, mine);
  }

  private static final class Stripe<D> {
    private final Map<Long, D> recent;

    Stripe(int capacity) {
      this.recent = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, D> eldest) {
          return size() > capacity;
        }
      };
    }

    synchronized D claim(long updateId, D mine) {
      // putIfAbsent counts as an access in an access-ordered map, so a repeat also keeps its id from being evicted.
      return recent.putIfAbsent(updateId, mine);
    }
  }
}
