package io.alita.telegram.fakeapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server side of {@code getUpdates}, with Telegram's semantics: updates stay pending until the bot calls
 * {@code getUpdates} with an {@code offset} above their id (so an update delivered but not confirmed is delivered
 * again), {@code limit} caps a batch, {@code timeout} holds an empty poll open until an update arrives, and
 * {@code allowed_updates} is remembered across calls until sent again.
 */
final class UpdateQueue {

  private static final Logger log = LoggerFactory.getLogger(UpdateQueue.class);

  /** Bot API: an empty allowed_updates list means every type except these, which must be asked for explicitly. */
  static final Set<String> OPT_IN_TYPES = Set.of("chat_member", "message_reaction", "message_reaction_count");

  private static final int FIRST_UPDATE_ID = 700_000_001;

  private final Object lock = new Object();
  // Everything below is guarded by lock.
  private final TreeMap<Integer, ObjectNode> pending = new TreeMap<>();
  private final Map<Integer, Integer> deliveries = new HashMap<>();
  private final List<ObjectNode> dropped = new ArrayList<>();
  private int nextUpdateId = FIRST_UPDATE_ID;
  private int confirmedOffset;
  private Set<String> allowedTypes = Set.of(); // empty: the default set
  private boolean closed;

  /** Adds an update, assigning the next {@code update_id} unless it carries one, and wakes a waiting poll. */
  ObjectNode enqueue(ObjectNode update) {
    synchronized (lock) {
      if (!update.hasNonNull("update_id")) {
        update.put("update_id", nextUpdateId);
      }
      int id = update.get("update_id").asInt();
      if (id < confirmedOffset || pending.containsKey(id)) {
        throw new IllegalArgumentException("update_id " + id + " was already used or confirmed");
      }
      nextUpdateId = Math.max(nextUpdateId, id + 1);
      pending.put(id, update);
      lock.notifyAll();
      return update;
    }
  }

  /**
   * One {@code getUpdates}: confirms everything below {@code offset}, then answers at once if updates are pending, or
   * waits up to {@code hold} for one.
   *
   * @param offset the request's offset, or null
   * @param allowedUpdates the request's allowed_updates, or null when not sent (keep the previous setting)
   */
  List<ObjectNode> poll(Integer offset, int limit, Duration hold, List<String> allowedUpdates)
      throws InterruptedException {
    synchronized (lock) {
      if (allowedUpdates != null) {
        allowedTypes = Set.copyOf(allowedUpdates);
      }
      if (offset != null) {
        applyOffset(offset);
      }
      long deadline = System.nanoTime() + hold.toNanos();
      while (true) {
        List<ObjectNode> batch = deliverable(limit);
        long remaining = deadline - System.nanoTime();
        if (!batch.isEmpty() || closed || remaining <= 0) {
          for (ObjectNode update : batch) {
            deliveries.merge(update.get("update_id").asInt(), 1, Integer::sum);
          }
          return batch;
        }
        TimeUnit.NANOSECONDS.timedWait(lock, remaining);
      }
    }
  }

  private void applyOffset(int offset) {
    if (offset < 0) {
      // Bot API: a negative offset keeps the last -offset updates and forgets all earlier ones.
      while (pending.size() > -offset) {
        pending.pollFirstEntry();
      }
      if (!pending.isEmpty()) {
        confirmedOffset = Math.max(confirmedOffset, pending.firstKey());
      }
    } else if (offset > confirmedOffset) {
      confirmedOffset = offset;
      pending.headMap(offset).clear();
    }
    lock.notifyAll();
  }

  private List<ObjectNode> deliverable(int limit) {
    List<ObjectNode> batch = new ArrayList<>();
    for (Iterator<ObjectNode> it = pending.values().iterator(); it.hasNext() && batch.size() < limit; ) {
      ObjectNode update = it.next();
      String type = typeOf(update);
      if (allowed(type)) {
        batch.add(update);
      } else {
        // Telegram never stores updates of a type the bot did not ask for; dropping mirrors that.
        it.remove();
        dropped.add(update);
        log.warn("Fake Bot API dropped update {} of type {}: not in allowed_updates {} (Telegram would never send it)",
            update.get("update_id"), type, allowedTypes.isEmpty() ? "(default)" : allowedTypes);
      }
    }
    return batch;
  }

  private boolean allowed(String type) {
    return allowedTypes.isEmpty() ? !OPT_IN_TYPES.contains(type) : allowedTypes.contains(type);
  }

  static String typeOf(ObjectNode update) {
    for (Iterator<String> names = update.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("update_id")) {
        return name;
      }
    }
    return "unknown";
  }

  /** Forgets every pending update (drop_pending_updates). */
  void dropPending() {
    synchronized (lock) {
      pending.clear();
    }
  }

  int confirmedOffset() {
    synchronized (lock) {
      return confirmedOffset;
    }
  }

  int pendingCount() {
    synchronized (lock) {
      return pending.size();
    }
  }

  int deliveryCount(int updateId) {
    synchronized (lock) {
      return deliveries.getOrDefault(updateId, 0);
    }
  }

  List<String> allowedUpdates() {
    synchronized (lock) {
      return List.copyOf(allowedTypes);
    }
  }

  List<ObjectNode> dropped() {
    synchronized (lock) {
      return List.copyOf(dropped);
    }
  }

  /** Blocks until {@code updateId} is confirmed; false on timeout. */
  boolean awaitConfirmed(int updateId, Duration timeout) throws InterruptedException {
    synchronized (lock) {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (confirmedOffset <= updateId) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(lock, remaining);
      }
      return true;
    }
  }

  /** Answers every waiting poll (with what is pending, usually nothing) so the server can stop at once. */
  void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
  }
}
