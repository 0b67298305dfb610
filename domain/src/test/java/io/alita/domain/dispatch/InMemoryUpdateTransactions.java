package io.alita.domain.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link UpdateTransactions} in memory, for the module tests and as the fake the transaction contract runs against:
 * the key is recorded at the first write (a second delivery of the key stops at its first write, waiting while
 * another delivery of it is still in progress, as PostgreSQL's primary key does), and committed when the handling
 * returns. In-memory stores that want their writes undone on a rollback {@link #enlist} an undo; the module tests'
 * stores mostly do not, since their tests do not fail handlers.
 */
public final class InMemoryUpdateTransactions implements UpdateTransactions {

  /** Undoes one in-memory write. */
  @FunctionalInterface
  public interface Undo {
    void run();
  }

  private enum State { IN_PROGRESS, APPLIED }

  private final Clock clock;
  private final Map<EventKey, State> keys = new HashMap<>(); // guarded by this
  private final Map<EventKey, Instant> appliedAt = new HashMap<>(); // guarded by this
  private final List<EventKey> applied = new ArrayList<>(); // guarded by this
  private final ThreadLocal<Unit> current = new ThreadLocal<>();
  private int opened; // guarded by this

  public InMemoryUpdateTransactions() {
    this(Clock.systemUTC());
  }

  /** @param clock when keys count as recorded, for {@link #forgetBefore} */
  public InMemoryUpdateTransactions(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public <T> T handle(EventKey key, Function<UnitOfWork, T> handling) {
    Unit unit = new Unit(key);
    Unit outer = current.get();
    current.set(unit);
    try {
      T result = handling.apply(unit);
      unit.commit();
      return result;
    } catch (RuntimeException | Error e) {
      unit.rollback();
      throw e;
    } finally {
      if (outer == null) {
        current.remove();
      } else {
        current.set(outer);
      }
    }
  }

  @Override
  public synchronized int forgetBefore(Instant before) {
    List<EventKey> old = appliedAt.entrySet().stream().filter(e -> e.getValue().isBefore(before))
        .map(Map.Entry::getKey).toList();
    old.forEach(k -> {
      appliedAt.remove(k);
      keys.remove(k);
    });
    return old.size();
  }

  /**
   * Registers how to undo an in-memory write made inside a write of the unit running on this thread; outside one, the
   * write is not transactional and nothing is kept.
   */
  public void enlist(Undo undo) {
    Unit unit = current.get();
    if (unit != null && unit.open) {
      unit.undos.add(undo);
    }
  }

  /** The keys applied so far, in commit order. */
  public synchronized List<EventKey> applied() {
    return List.copyOf(applied);
  }

  /** How many transactions were opened (an event that only read opens none). */
  public synchronized int opened() {
    return opened;
  }

  private synchronized void claim(EventKey key) {
    while (keys.get(key) == State.IN_PROGRESS) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while another delivery of " + key + " was in progress", e);
      }
    }
    if (keys.get(key) == State.APPLIED) {
      throw new AlreadyApplied(key);
    }
    keys.put(key, State.IN_PROGRESS);
    opened++;
  }

  private synchronized void resolve(EventKey key, boolean committed) {
    if (committed) {
      keys.put(key, State.APPLIED);
      appliedAt.put(key, clock.instant());
      applied.add(key);
    } else {
      keys.remove(key);
    }
    notifyAll();
  }

  private record Point(boolean wasOpen, int undos, int hooks) implements UnitOfWork.Mark {}

  private final class Unit implements UnitOfWork {
    private final EventKey key;
    private final List<Undo> undos = new ArrayList<>();
    private final List<Runnable> hooks = new ArrayList<>();
    private boolean open;

    Unit(EventKey key) {
      this.key = key;
    }

    @Override
    public <T> T write(Supplier<T> work) {
      if (!open) {
        claim(key);
        open = true;
      }
      return work.get();
    }

    @Override
    public void afterCommit(Runnable hook) {
      hooks.add(Objects.requireNonNull(hook, "hook"));
    }

    @Override
    public boolean opened() {
      return open;
    }

    @Override
    public UnitOfWork.Mark mark() {
      return new Point(open, undos.size(), hooks.size());
    }

    @Override
    public void rollbackTo(UnitOfWork.Mark mark) {
      Point m = (Point) mark;
      undo(m.undos());
      hooks.subList(m.hooks(), hooks.size()).clear();
      if (open && !m.wasOpen()) {
        open = false;
        resolve(key, false);
      }
    }

    void commit() {
      if (open) {
        open = false;
        resolve(key, true);
      }
      hooks.forEach(Runnable::run);
    }

    void rollback() {
      undo(0);
      if (open) {
        open = false;
        resolve(key, false);
      }
    }

    private void undo(int downTo) {
      for (int i = undos.size() - 1; i >= downTo; i--) {
        undos.remove(i).run();
      }
    }
  }
}
