package io.alita.domain.tracking;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bounded memory of what was last written for each key, and when: a least-recently-used map, split into stripes so that
 * threads working on different chats rarely wait for each other.
 *
 * <p>With many stripes the eviction order is least-recently-used within a stripe rather than overall; the total never exceeds
 * the capacity. Small capacities (below {@value #STRIPED_FROM}) use a single stripe, which makes the order exact.
 */
final class RecentWrites {

  static final int STRIPED_FROM = 1024;
  private static final int STRIPE_BITS = 4;

  private final Stripe[] stripes;

  RecentWrites(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
    }
    int count = capacity >= STRIPED_FROM ? 1 << STRIPE_BITS : 1;
    stripes = new Stripe[count];
    for (int i = 0; i < count; i++) {
      stripes[i] = new Stripe(capacity / count);
    }
  }

  /**
   * Remembers {@code fingerprint} as written for {@code key} at {@code nowMillis}, and runs {@code whenDue}, unless the same
   * fingerprint was written less than {@code refreshMillis} ago. {@code whenDue} runs under the stripe's lock, so the pending
   * writes of one key are queued in the order they were decided.
   *
   * @return whether it was due
   */
  boolean markIfDue(Object key, Object fingerprint, long nowMillis, long refreshMillis, Runnable whenDue) {
    Stripe stripe = stripeOf(key);
    synchronized (stripe) {
      Written last = stripe.get(key);
      // A clock that stepped back makes the age negative: that counts as fresh, not as due.
      if (last != null && last.fingerprint().equals(fingerprint) && nowMillis - last.atMillis() < refreshMillis) {
        return false;
      }
      stripe.put(key, new Written(fingerprint, nowMillis));
      whenDue.run();
      return true;
    }
  }

  /** Forgets {@code key}, so that its next sighting is written whatever it shows. */
  void forget(Object key) {
    Stripe stripe = stripeOf(key);
    synchronized (stripe) {
      stripe.remove(key);
    }
  }

  /** The number of keys remembered (at most the capacity). */
  int size() {
    int size = 0;
    for (Stripe stripe : stripes) {
      synchronized (stripe) {
        size += stripe.size();
      }
    }
    return size;
  }

  private Stripe stripeOf(Object key) {
    if (stripes.length == 1) {
      return stripes[0];
    }
    // Fibonacci hashing, top bits: record hash codes of consecutive ids fall unevenly on their low bits (measured: half the
    // stripes got twice as many keys as the others, evicting early), the golden-ratio product spreads them evenly.
    return stripes[(key.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - STRIPE_BITS)];
  }

  private record Written(Object fingerprint, long atMillis) {}

  private static final class Stripe extends LinkedHashMap<Object, Written> {
    private static final long serialVersionUID = 1L;
    private final int capacity;

    Stripe(int capacity) {
      super(16, 0.75f, true); // access order: a key seen again moves to the young end
      this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<Object, Written> eldest) {
      return size() > capacity;
    }
  }
}
