package io.alita.postgres.transaction;

import io.alita.domain.dispatch.AlreadyApplied;
import io.alita.domain.dispatch.EventKey;
import io.alita.domain.dispatch.StoreUnavailable;
import io.alita.domain.dispatch.UnitOfWork;
import io.alita.domain.dispatch.UpdateTransactions;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.mybatis.Unreachable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link UpdateTransactions} on PostgreSQL, one transaction per event, opened at its first write.
 *
 * <ul>
 *   <li><b>Lazy.</b> Nothing touches the database until the first {@link UnitOfWork#write}: an event that only reads
 *       costs no round trip here. The first write {@link Sessions#begin begins} the thread's transaction (one pooled
 *       connection for the rest of the event; every store call on the thread joins it) and claims the event's key in
 *       {@code processed_events} ({@code INSERT ... ON CONFLICT DO NOTHING}).
 *   <li><b>Once.</b> No row claimed means the key was committed before: the transaction is rolled back and the write
 *       throws {@link AlreadyApplied}. A concurrent delivery of the same key waits on the primary key until the other
 *       commits (then it claims nothing) or rolls back (then it claims the key), so exactly one applies.
 *   <li><b>Commit.</b> When the handling returns the transaction commits, then the after-commit hooks run; when it
 *       throws, it is rolled back and the failure rethrown ({@link StoreUnavailable} when the database could not be
 *       reached, see {@link Unreachable}). A commit whose connection was lost is reported as {@link StoreUnavailable}
 *       although it may have committed: the retry then stops at {@link AlreadyApplied}.
 *   <li><b>Marks.</b> {@link UnitOfWork#mark} costs nothing. Rolling back to a mark taken before the transaction
 *       opened rolls all of it back (the key is free again); to one taken while it was open, rolls back to a JDBC
 *       savepoint, set at the first write after the mark (a stage that writes nothing costs no round trip), which also
 *       recovers a transaction that PostgreSQL aborted after a failed statement.
 *   <li><b>Inside an outer transaction</b> (the console's sandbox runs the bot inside {@link Sessions#rolledBack}) the
 *       writes join it: no key is claimed and nothing is committed; marks still use savepoints, a failed handling
 *       undoes its own writes, and the hooks run when the handling returns.
 * </ul>
 *
 * <p>Who is acting ({@link Sessions#actingAs}) when the transaction opens is told to the database as
 * {@link Sessions#inTransaction} does, so the audit trigger attributes the event's writes.
 */
public final class MyBatisUpdateTransactions implements UpdateTransactions {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link ProcessedEventMapper} registered (see {@code Mappers}) */
  public MyBatisUpdateTransactions(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public <T> T handle(EventKey key, Function<UnitOfWork, T> handling) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(handling, "handling");
    Unit unit = new Unit(key, sessions.inTransaction());
    T result;
    try {
      result = handling.apply(unit);
      unit.commit();
    } catch (RuntimeException | Error e) {
      throw unit.abandon(e);
    }
    unit.hooks.forEach(Runnable::run);
    return result;
  }

  @Override
  public int forgetBefore(Instant before) {
    Objects.requireNonNull(before, "before");
    return sessions.with(ProcessedEventMapper.class, m -> m.forgetBefore(before));
  }

  /** A point of a {@link Unit}; its savepoint is set at the first write after it, if any. */
  private static final class Point implements UnitOfWork.Mark {
    /** The transaction it was taken in (0: none was open). */
    final int generation;
    final int hooks;
    final boolean wasOpen;
    Sessions.Savepoint savepoint;

    Point(int generation, int hooks, boolean wasOpen) {
      this.generation = generation;
      this.hooks = hooks;
      this.wasOpen = wasOpen;
    }
  }

  /** The unit of work of one event, used on the thread that handles it. */
  private final class Unit implements UnitOfWork {
    private final EventKey key;
    /** Writes join a transaction that was bound to the thread before the event. */
    private final boolean joined;
    private final List<Runnable> hooks = new ArrayList<>();
    /** Marks taken while a transaction was open and not yet followed by a write (so without a savepoint yet). */
    private final List<Point> pending = new ArrayList<>();
    /** Where a failed handling goes back to when joined. */
    private final Point start;
    private Sessions.Transaction tx;
    private boolean open;
    private int generation;

    Unit(EventKey key, boolean joined) {
      this.key = key;
      this.joined = joined;
      this.start = joined ? (Point) mark() : null;
    }

    @Override
    public <T> T write(Supplier<T> work) {
      Objects.requireNonNull(work, "work");
      if (!open) {
        open();
      }
      if (!pending.isEmpty()) {
        Sessions.Savepoint here = sessions.savepoint();
        pending.forEach(p -> p.savepoint = here);
        pending.clear();
      }
      try {
        return work.get();
      } catch (RuntimeException e) {
        throw Unreachable.translate(e);
      }
    }

    private void open() {
      if (joined) {
        open = true;
        return;
      }
      Sessions.Transaction begun = sessions.begin();
      try {
        int claimed = sessions.with(ProcessedEventMapper.class, m -> m.claim(key.value()));
        if (claimed == 0) {
          begun.rollback();
          throw new AlreadyApplied(key);
        }
      } catch (RuntimeException | Error e) {
        if (begun.isOpen()) {
          throw begun.abandon(e);
        }
        throw e;
      }
      tx = begun;
      open = true;
      generation++;
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
      Point p = new Point(open ? generation : 0, hooks.size(), open);
      if (joined || open) {
        pending.add(p);
      }
      return p;
    }

    @Override
    public void rollbackTo(UnitOfWork.Mark mark) {
      if (!(mark instanceof Point p)) {
        throw new IllegalArgumentException("not a mark of this unit of work: " + mark);
      }
      if (p.hooks < hooks.size()) {
        hooks.subList(p.hooks, hooks.size()).clear();
      }
      if (!joined && (!p.wasOpen || p.generation != generation)) {
        // taken before this transaction opened: all of it goes, and the key is free again
        pending.clear();
        if (tx != null) {
          Sessions.Transaction whole = tx;
          tx = null;
          open = false;
          whole.rollback();
        }
        return;
      }
      int at = pending.indexOf(p);
      if (at >= 0) {
        pending.subList(at + 1, pending.size()).clear(); // nothing was written since p: no round trip
      } else {
        pending.clear();
        if (p.savepoint != null) {
          sessions.rollbackTo(p.savepoint);
        }
      }
      if (!p.wasOpen) {
        open = false;
      }
    }

    void commit() {
      if (tx != null) {
        Sessions.Transaction ending = tx;
        tx = null;
        ending.commit();
      }
    }

    /** Undoes the event's writes after {@code failure}, and returns it to be rethrown. */
    RuntimeException abandon(Throwable failure) {
      if (tx != null) {
        Sessions.Transaction ending = tx;
        tx = null;
        return ending.abandon(failure);
      }
      if (joined && open) {
        try {
          rollbackTo(start);
        } catch (RuntimeException undo) {
          failure.addSuppressed(undo);
        }
      }
      if (failure instanceof Error error) {
        throw error;
      }
      return Unreachable.translate((RuntimeException) failure);
    }
  }
}
