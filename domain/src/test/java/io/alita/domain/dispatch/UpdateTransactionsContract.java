package io.alita.domain.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UpdateTransactions} must do, written once and run against the in-memory fake and against
 * PostgreSQL. The data an event writes is a counter the implementing test provides ({@link #increment},
 * {@link #committed}).
 */
public abstract class UpdateTransactionsContract {

  private static final AtomicInteger KEYS = new AtomicInteger();

  /** The port under test; the same instance for the whole test. */
  protected abstract UpdateTransactions transactions();

  /** A write of the counter inside {@code work}'s transaction (a store call within {@link UnitOfWork#write}). */
  protected abstract void increment(UnitOfWork work);

  /** The counter as committed, read outside any event. */
  protected abstract int committed();

  /** Sets the counter back to zero before each test. */
  protected abstract void resetCounter();

  private EventKey key;

  @BeforeEach
  void freshKeyAndCounter() {
    resetCounter();
    key = new EventKey("contract-" + System.nanoTime() + "-" + KEYS.incrementAndGet());
  }

  @Test
  void anEventThatOnlyReadsOpensNothingAndRecordsNothing() {
    boolean[] opened = {true};
    String result = transactions().handle(key, work -> {
      opened[0] = work.opened();
      return "read";
    });
    assertEquals("read", result);
    assertFalse(opened[0]);
    // nothing was recorded: the same key still applies its first write
    transactions().handle(key, work -> {
      increment(work);
      return null;
    });
    assertEquals(1, committed());
  }

  @Test
  void aRepeatedKeyStopsAtItsFirstWriteAndChangesNothing() {
    transactions().handle(key, work -> {
      increment(work);
      return null;
    });
    assertThrows(AlreadyApplied.class, () -> transactions().handle(key, work -> {
      increment(work);
      return null;
    }));
    assertEquals(1, committed());
  }

  @Test
  void theWritesOfEveryStageCommitTogether() {
    transactions().handle(key, work -> {
      increment(work);
      assertTrue(work.opened());
      increment(work);
      increment(work);
      return null;
    });
    assertEquals(3, committed());
  }

  @Test
  void aFailedHandlingRollsBackEveryWriteAndLeavesTheKeyFree() {
    assertThrows(IllegalStateException.class, () -> transactions().handle(key, work -> {
      increment(work);
      increment(work);
      throw new IllegalStateException("a handler failed after writing");
    }));
    assertEquals(0, committed());
    transactions().handle(key, work -> {
      increment(work);
      return null;
    });
    assertEquals(1, committed());
  }

  @Test
  void rollingBackToAMarkUndoesOnlyTheWritesAfterIt() {
    transactions().handle(key, work -> {
      increment(work);
      UnitOfWork.Mark stage = work.mark();
      increment(work);
      increment(work);
      work.rollbackTo(stage);
      assertTrue(work.opened());
      increment(work);
      return null;
    });
    assertEquals(2, committed());
    assertThrows(AlreadyApplied.class, () -> transactions().handle(key, work -> {
      increment(work);
      return null;
    }));
  }

  @Test
  void rollingBackToAMarkTakenBeforeTheFirstWriteLeavesNothingOpen() {
    transactions().handle(key, work -> {
      UnitOfWork.Mark stage = work.mark();
      increment(work);
      work.rollbackTo(stage);
      assertFalse(work.opened());
      return null;
    });
    assertEquals(0, committed());
    // the key was not recorded: the event may still write later
    transactions().handle(key, work -> {
      increment(work);
      return null;
    });
    assertEquals(1, committed());
  }

  @Test
  void afterCommitHooksRunOnlyForWhatWasCommitted() {
    List<String> ran = new ArrayList<>();
    transactions().handle(key, work -> {
      increment(work);
      work.afterCommit(() -> ran.add("kept"));
      UnitOfWork.Mark stage = work.mark();
      work.afterCommit(() -> ran.add("undone with its stage"));
      work.rollbackTo(stage);
      assertTrue(ran.isEmpty(), "hooks wait for the commit");
      return null;
    });
    assertEquals(List.of("kept"), ran);
    EventKey other = new EventKey(key.value() + "-failed");
    assertThrows(IllegalStateException.class, () -> transactions().handle(other, work -> {
      increment(work);
      work.afterCommit(() -> ran.add("rolled back"));
      throw new IllegalStateException("failed");
    }));
    assertEquals(List.of("kept"), ran);
    transactions().handle(new EventKey(key.value() + "-read"), work -> {
      work.afterCommit(() -> ran.add("read only"));
      return null;
    });
    assertEquals(List.of("kept", "read only"), ran);
  }

  @Test
  void concurrentDeliveriesOfOneUpdateApplyExactlyOnce() throws Exception {
    int deliveries = 4;
    ExecutorService pool = Executors.newFixedThreadPool(deliveries);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int i = 0; i < deliveries; i++) {
        tasks.add(() -> {
          try {
            transactions().handle(key, work -> {
              increment(work);
              return null;
            });
            return true;
          } catch (AlreadyApplied repeat) {
            return false;
          }
        });
      }
      int applied = 0;
      for (Future<Boolean> f : pool.invokeAll(tasks, 30, TimeUnit.SECONDS)) {
        applied += f.get() ? 1 : 0;
      }
      assertEquals(1, applied);
      assertEquals(1, committed());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void forgottenKeysApplyAgain() {
    transactions().handle(key, work -> {
      increment(work);
      return null;
    });
    assertTrue(transactions().forgetBefore(Instant.now().plusSeconds(60)) >= 1);
    transactions().handle(key, work -> {
      increment(work);
      return null;
    });
    assertEquals(2, committed());
  }
}
