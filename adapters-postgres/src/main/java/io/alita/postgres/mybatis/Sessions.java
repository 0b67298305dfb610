package io.alita.postgres.mybatis;

import io.alita.domain.audit.Actor;
import io.alita.domain.dispatch.StoreUnavailable;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * How every MyBatis store gets its session. While a transaction is bound to the thread ({@link #inTransaction},
 * {@link #rolledBack}, or one {@link #begin begun} by an event's unit of work) every store call joins it (that is how
 * an event's writes and its key commit together); otherwise each call runs in a short auto-commit session of its own.
 *
 * <p>Who is acting ({@link #actingAs}) is bound to the thread too. Each transaction started or running while someone
 * is bound tells the database, with transaction-local settings ({@code alita.actor_id}, {@code alita.actor_name},
 * {@code alita.via}) that the audit trigger reads; they end with the transaction, so a pooled connection carries
 * nothing over. Writes with nobody bound are the bot's own ({@link Actor#SYSTEM}).
 *
 * <p>A database that cannot be reached (see {@link Unreachable}) comes out of every method here as the domain's
 * {@link StoreUnavailable}; every other failure passes through unchanged.
 */
public final class Sessions {

  private final SqlSessionFactory factory;
  private final ThreadLocal<Bound> current = new ThreadLocal<>();
  private final ThreadLocal<Actor> actor = new ThreadLocal<>();

  public Sessions(SqlSessionFactory factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /** Runs {@code work} with the thread's transaction, or in an auto-commit session when there is none. */
  public <T> T call(Function<SqlSession, T> work) {
    Bound bound = current.get();
    try {
      if (bound != null) {
        return work.apply(bound.session);
      }
      try (SqlSession own = factory.openSession(true)) {
        return work.apply(own);
      }
    } catch (RuntimeException e) {
      throw Unreachable.translate(e);
    }
  }

  /** Like {@link #call} for work with no result. */
  public void run(Consumer<SqlSession> work) {
    call(s -> {
      work.accept(s);
      return null;
    });
  }

  /** The mapper of {@code type}, bound to the thread's transaction or to an auto-commit session. */
  public <M, T> T with(Class<M> type, Function<M, T> work) {
    return call(s -> work.apply(s.getMapper(type)));
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. Nested calls (and
   * calls inside a {@link #begin begun} transaction) join the outer transaction.
   */
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return translated(work);
    }
    Transaction tx = begin();
    T result;
    try {
      result = work.get();
    } catch (RuntimeException | Error e) {
      throw tx.abandon(e);
    }
    tx.commit();
    return result;
  }

  /**
   * Runs {@code work} in one transaction that is always rolled back, whether it returns or throws: what it reads is
   * the database as it is, what it writes is seen by itself alone and then discarded (the console's sandbox runs the
   * bot's rules this way). Calls to {@link #inTransaction} inside it join it, and so does an event's unit of work, so
   * their commits are discarded too.
   *
   * @throws IllegalStateException when called inside another transaction, which would commit the work with it
   */
  public <T> T rolledBack(Supplier<T> work) {
    if (current.get() != null) {
      throw new IllegalStateException("a rolled-back transaction cannot join an outer transaction that would commit it");
    }
    Bound bound = bind(); // not attributed: nothing it writes is kept, the audit log included
    Transaction tx = new Transaction(bound);
    T result;
    try {
      result = work.get();
    } catch (RuntimeException | Error e) {
      throw tx.abandon(e);
    }
    tx.rollback();
    return result;
  }

  /**
   * Opens a transaction and binds it to this thread until the returned handle commits or rolls it back: every store
   * call on this thread joins it meanwhile, as inside {@link #inTransaction}. Opening costs nothing when nobody is
   * bound by {@link #actingAs}: the connection is taken from the pool at the first statement. When someone is, the
   * transaction starts by attributing its writes to them, as {@link #inTransaction} does.
   *
   * <p>For an event's unit of work, which opens its transaction at the first write and ends it when the event is
   * decided; everything else wants {@link #inTransaction}.
   *
   * @throws IllegalStateException when a transaction is already bound to this thread (join it instead)
   */
  public Transaction begin() {
    if (current.get() != null) {
      throw new IllegalStateException("a transaction is already bound to this thread");
    }
    Bound bound = bind();
    Transaction tx = new Transaction(bound);
    Actor who = actor.get();
    if (who != null) {
      try {
        attribute(bound, who);
      } catch (RuntimeException | Error e) {
        throw tx.abandon(e);
      }
    }
    return tx;
  }

  /** True while a transaction ({@link #inTransaction}, {@link #rolledBack} or {@link #begin}) is bound to this thread. */
  public boolean inTransaction() {
    return current.get() != null;
  }

  /**
   * Runs {@code work} with {@code who} bound to this thread: every transaction it runs (or the one already running)
   * is attributed to them. The earlier binding is back afterwards, and a transaction still bound to the thread when
   * {@code work} returns (one running before, or one {@code work} began) belongs to whoever was acting before again.
   * Opens no transaction itself.
   */
  public <T> T actingAs(Actor who, Supplier<T> work) {
    Objects.requireNonNull(who, "who");
    Actor previous = actor.get();
    actor.set(who);
    try {
      Bound open = current.get();
      if (open != null) {
        attribute(open, who);
      }
      T result = work.get();
      Bound after = current.get();
      if (after != null) {
        // the rest of the surrounding transaction belongs to whoever was acting before
        attribute(after, previous == null ? Actor.SYSTEM : previous);
      }
      return result;
    } catch (RuntimeException e) {
      throw Unreachable.translate(e);
    } finally {
      if (previous == null) {
        actor.remove();
      } else {
        actor.set(previous);
      }
    }
  }

  /** Who is bound to this thread, if anyone. */
  public Optional<Actor> actor() {
    return Optional.ofNullable(actor.get());
  }

  private Bound bind() {
    Bound bound = new Bound(factory.openSession(ExecutorType.SIMPLE, false));
    current.set(bound);
    return bound;
  }

  private static <T> T translated(Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      throw Unreachable.translate(e);
    }
  }

  private static void attribute(Bound bound, Actor who) {
    bound.session.getMapper(ActorMapper.class).attribute(who.id().map(id -> Long.toString(id.value())).orElse(""),
        who.name(), who.via().word());
    bound.attributed = who;
  }

  /** The session bound to a thread, and whom the database attributes its writes to right now. */
  private static final class Bound {
    final SqlSession session;
    /** As last told to the database in this transaction; {@link Actor#SYSTEM} before anything was told. */
    Actor attributed = Actor.SYSTEM;

    Bound(SqlSession session) {
      this.session = session;
    }
  }

  /**
   * A point in the thread's transaction to roll back to ({@link #savepoint}); valid while that transaction is.
   */
  public static final class Savepoint {
    private final Bound transaction;
    private final java.sql.Savepoint jdbc;
    /** Whom the database attributed writes to when the savepoint was set. */
    private final Actor attributed;

    private Savepoint(Bound transaction, java.sql.Savepoint jdbc, Actor attributed) {
      this.transaction = transaction;
      this.jdbc = jdbc;
      this.attributed = attributed;
    }
  }

  /**
   * Sets a JDBC savepoint in the transaction bound to this thread (one round trip, and the pooled connection taken if
   * it was not yet).
   *
   * @throws IllegalStateException when no transaction is bound to this thread
   */
  public Savepoint savepoint() {
    Bound bound = requireBound();
    try {
      return new Savepoint(bound, bound.session.getConnection().setSavepoint(), bound.attributed);
    } catch (SQLException e) {
      throw Unreachable.translate(new PersistenceException("could not set a savepoint", e));
    } catch (RuntimeException e) {
      throw Unreachable.translate(e);
    }
  }

  /**
   * Undoes everything the thread's transaction did since {@code point} and leaves it usable again, even after a failed
   * statement (PostgreSQL refuses every statement of a transaction after an error until then). MyBatis' local cache is
   * cleared, and the writes that follow are attributed to whoever is acting on this thread now (the transaction-local
   * settings made after the savepoint are undone with it).
   *
   * @throws IllegalStateException when {@code point} is not of the transaction bound to this thread
   */
  public void rollbackTo(Savepoint point) {
    Objects.requireNonNull(point, "point");
    Bound bound = requireBound();
    if (point.transaction != bound) {
      throw new IllegalStateException("the savepoint is not of the transaction bound to this thread");
    }
    try {
      bound.session.getConnection().rollback(point.jdbc);
      bound.session.clearCache();
      bound.attributed = point.attributed;
      Actor now = actor.get() == null ? Actor.SYSTEM : actor.get();
      if (!now.equals(bound.attributed)) {
        attribute(bound, now);
      }
    } catch (SQLException e) {
      throw Unreachable.translate(new PersistenceException("could not roll back to a savepoint", e));
    } catch (RuntimeException e) {
      throw Unreachable.translate(e);
    }
  }

  private Bound requireBound() {
    Bound bound = current.get();
    if (bound == null) {
      throw new IllegalStateException("no transaction is bound to this thread");
    }
    return bound;
  }

  /**
   * A transaction bound to the thread by {@link #begin}: ended exactly once by {@link #commit}, {@link #rollback} or
   * {@link #abandon} (each unbinds it and gives its connection back to the pool, whatever happens). Use it on the
   * thread that began it; {@link Sessions#savepoint} divides it meanwhile.
   */
  public final class Transaction {

    private final Bound bound;
    private boolean ended;

    private Transaction(Bound bound) {
      this.bound = bound;
    }

    /** False once ended. */
    public boolean isOpen() {
      return !ended;
    }

    /** Commits (forced: upserts written as {@code <select>} do not mark the session dirty) and unbinds. */
    public void commit() {
      requireOpen();
      try {
        bound.session.commit(true);
      } catch (RuntimeException e) {
        RuntimeException failure = Unreachable.translate(e);
        rollbackQuietly(failure);
        end();
        throw failure;
      }
      end();
    }

    /** Rolls back (forced) and unbinds. */
    public void rollback() {
      requireOpen();
      try {
        bound.session.rollback(true); // force: a session that only ran <select> upserts does not count as dirty
      } catch (RuntimeException e) {
        throw Unreachable.translate(e);
      } finally {
        end();
      }
    }

    /**
     * Rolls back (unless ended already) because {@code failure} was thrown, and returns it to be rethrown, translated
     * by {@link Unreachable}; a failure of the rollback itself is added to it as suppressed. An {@link Error} is
     * thrown from here as it is.
     */
    public RuntimeException abandon(Throwable failure) {
      if (!ended) {
        rollbackQuietly(failure);
        end();
      }
      if (failure instanceof Error error) {
        throw error;
      }
      return failure instanceof RuntimeException r ? Unreachable.translate(r) : new IllegalStateException(failure);
    }

    private void rollbackQuietly(Throwable failure) {
      try {
        bound.session.rollback(true);
      } catch (RuntimeException rollbackFailure) {
        failure.addSuppressed(rollbackFailure);
      }
    }

    private void end() {
      ended = true;
      try {
        bound.session.close();
      } finally {
        if (current.get() == bound) {
          current.remove();
        }
      }
    }

    private void requireOpen() {
      if (ended) {
        throw new IllegalStateException("the transaction was ended");
      }
    }
  }
}
