package io.alita.telegram.update;

import io.alita.domain.dispatch.StoreUnavailable;
import io.alita.domain.dispatch.UpdateInbox;
import io.alita.domain.update.UpdateId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An {@link UpdateInbox} in memory, for tests: keeps rows in the order they were first kept, records what was asked of
 * it, and can play a database that is down ({@link #goDown()}): then every method throws {@link StoreUnavailable}, as
 * the Postgres inbox does when no connection can be had. Tests wait on it with deadlines ({@link #awaitState}), never
 * with sleeps. Thread-safe.
 */
public final class InMemoryUpdateInbox implements UpdateInbox {

  private final Map<UpdateId, Kept> rows = new LinkedHashMap<>(); // guarded by this
  private final List<UpdateId> forgotten = new ArrayList<>(); // guarded by this
  private int keepCalls; // guarded by this
  private int failedKeeps; // guarded by this
  private boolean down; // guarded by this

  /** From now on every call throws {@link StoreUnavailable}. */
  public synchronized void goDown() {
    down = true;
    notifyAll();
  }

  /** The database is reachable again. */
  public synchronized void comeBack() {
    down = false;
    notifyAll();
  }

  @Override
  public synchronized void keep(List<Kept> updates) {
    keepCalls++;
    try {
      failIfDown("keep");
    } catch (StoreUnavailable e) {
      failedKeeps++;
      notifyAll();
      throw e;
    }
    // One transaction: all rows or none; a row kept before stays as it was.
    updates.forEach(k -> rows.putIfAbsent(k.id(), k));
    notifyAll();
  }

  @Override
  public synchronized void handled(UpdateId id) {
    failIfDown("handled");
    rows.remove(id);
    forgotten.add(id);
    notifyAll();
  }

  @Override
  public synchronized List<Kept> pending() {
    failIfDown("pending");
    return List.copyOf(rows.values());
  }

  /** Puts a row in directly, as a previous run would have left it. */
  public synchronized void leftByTheLastRun(Kept row) {
    rows.putIfAbsent(row.id(), row);
  }

  /** The ids kept now, oldest first (whether the inbox is up or not). */
  public synchronized List<Long> keptIds() {
    return rows.keySet().stream().map(UpdateId::value).toList();
  }

  /** How many times {@link #handled} was called for {@code id}. */
  public synchronized int timesForgotten(long id) {
    return (int) forgotten.stream().filter(f -> f.value() == id).count();
  }

  /** How many times {@link #keep} was called, successful or not. */
  public synchronized int keepCalls() {
    return keepCalls;
  }

  /** How many {@link #keep} calls failed because the inbox was down. */
  public synchronized int failedKeeps() {
    return failedKeeps;
  }

  /** Waits until {@code condition} holds for this inbox; fails the test with {@code what} after {@code timeout}. */
  public synchronized void awaitState(Predicate<InMemoryUpdateInbox> condition, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.test(this)) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw new AssertionError("inbox: expected " + what + " within " + timeout + "; kept " + keptIds()
            + ", keep calls " + keepCalls + " (" + failedKeeps + " failed), forgotten " + forgotten);
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, remaining);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
    }
  }

  private void failIfDown(String what) {
    if (down) {
      throw new StoreUnavailable("inbox " + what + ": the database is down (test)", null);
    }
  }
}
