package io.alita.domain.dispatch;

import java.util.function.Supplier;

/**
 * The writes of one event, given to every handler through its context: nothing touches the database until the first
 * {@link #write}, which opens the event's one transaction and records its {@link EventKey} in it; every later write of
 * any stage joins that transaction, and the dispatcher commits it once the event is decided. So an ordinary message
 * that only reads cached settings costs no database round trip, and a redelivered event writes nothing.
 *
 * <p>When the key was recorded before (Telegram delivered the update again), the first write throws
 * {@link AlreadyApplied}; the dispatcher catches it, and nothing of the event is written or sent. Handlers do not catch
 * it: they write, and carry on as if the write happened.
 */
public interface UnitOfWork {

  /** Runs {@code work} (store calls) in the event's transaction and returns what it returned. */
  <T> T write(Supplier<T> work);

  /** {@link #write(Supplier)} for work with no result. */
  default void write(Runnable work) {
    write(() -> {
      work.run();
      return null;
    });
  }

  /**
   * Runs {@code hook} once the event's writes are committed (right after the handling when nothing was written), and
   * never when they are rolled back: for in-memory state that mirrors what was written, such as a settings cache.
   */
  void afterCommit(Runnable hook);

  /** True once the transaction is open. */
  boolean opened();

  /**
   * Where the dispatcher can come back to if the stage about to run fails: the stage's writes are undone, the
   * earlier stages' writes stay. Costs a round trip only while the transaction is open.
   */
  Mark mark();

  /**
   * Undoes every write made since {@code mark}, and forgets the after-commit hooks added since; when the transaction
   * opened after it, nothing stays open.
   */
  void rollbackTo(Mark mark);

  /** A point in the unit of work, from {@link #mark()}. */
  interface Mark {}

  /**
   * A unit of work whose writes run straight away, with no transaction and no record: for use cases driven outside an
   * event (tests, tools). Its marks undo nothing.
   */
  UnitOfWork DIRECT = new UnitOfWork() {
    private final Mark none = new Mark() { };

    @Override
    public <T> T write(Supplier<T> work) {
      return work.get();
    }

    @Override
    public void afterCommit(Runnable hook) {
      hook.run();
    }

    @Override
    public boolean opened() {
      return false;
    }

    @Override
    public Mark mark() {
      return none;
    }

    @Override
    public void rollbackTo(Mark mark) {
      // nothing to undo
    }
  };
}
