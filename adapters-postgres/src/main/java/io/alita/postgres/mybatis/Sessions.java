package io.alita.postgres.mybatis;

import io.alita.domain.audit.Actor;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * How every MyBatis store gets its session. Inside {@link #inTransaction} the thread has one session and every store
 * call joins its transaction (that is how an update's writes and its update id commit together); outside, each call
 * runs in a short auto-commit session of its own.
 *
 * <p>Who is acting ({@link #actingAs}) is bound to the thread too. Each transaction started or running while someone
 * is bound tells the database, with transaction-local settings ({@code alita.actor_id}, {@code alita.actor_name},
 * {@code alita.via}) that the audit trigger reads; they end with the transaction, so a pooled connection carries
 * nothing over. Writes with nobody bound are the bot's own ({@link Actor#SYSTEM}).
 */
public final class Sessions {

  private final SqlSessionFactory factory;
  private final ThreadLocal<SqlSession> current = new ThreadLocal<>();
  private final ThreadLocal<Actor> actor = new ThreadLocal<>();

  public Sessions(SqlSessionFactory factory) {
    this.factory = factory;
  }

  /** Runs {@code work} with the thread's transaction, or in an auto-commit session when there is none. */
  public <T> T call(Function<SqlSession, T> work) {
    SqlSession session = current.get();
    if (session != null) {
      return work.apply(session);
    }
    try (SqlSession own = factory.openSession(true)) {
      return work.apply(own);
    }
  }

  /** Like {@link #call} for work with no result. */
  public void run(java.util.function.Consumer<SqlSession> work) {
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
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. Nested calls join
   * the outer transaction.
   */
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    try (SqlSession session = factory.openSession(ExecutorType.SIMPLE, false)) {
      current.set(session);
      try {
        Actor bound = actor.get();
        if (bound != null) {
          attribute(session, bound);
        }
        T result = work.get();
        session.commit(true); // force: upserts written as <select> do not mark the session dirty
        return result;
      } catch (RuntimeException | Error e) {
        session.rollback(true);
        throw e;
      } finally {
        current.remove();
      }
    }
  }

  /**
   * Runs {@code work} in one transaction that is always rolled back, whether it returns or throws: what it reads is
   * the database as it is, what it writes is seen by itself alone and then discarded (the console's sandbox runs the
   * bot's rules this way). Calls to {@link #inTransaction} inside it join it, so their commits are discarded too.
   *
   * @throws IllegalStateException when called inside another transaction, which would commit the work with it
   */
  public <T> T rolledBack(Supplier<T> work) {
    if (current.get() != null) {
      throw new IllegalStateException("a rolled-back transaction cannot join an outer transaction that would commit it");
    }
    try (SqlSession session = factory.openSession(ExecutorType.SIMPLE, false)) {
      current.set(session);
      try {
        return work.get();
      } finally {
        try {
          session.rollback(true); // force: a session that only ran <select> upserts does not count as dirty
        } finally {
          current.remove();
        }
      }
    }
  }

  /** True inside {@link #inTransaction} (or {@link #rolledBack}) on this thread. */
  public boolean inTransaction() {
    return current.get() != null;
  }

  /**
   * Runs {@code work} with {@code who} bound to this thread: every transaction it runs (or the one already running)
   * is attributed to them. The earlier binding is back afterwards. Opens no transaction itself.
   */
  public <T> T actingAs(Actor who, Supplier<T> work) {
    Objects.requireNonNull(who, "who");
    Actor previous = actor.get();
    SqlSession open = current.get();
    actor.set(who);
    try {
      if (open != null) {
        attribute(open, who);
      }
      T result = work.get();
      if (open != null) {
        // the rest of the surrounding transaction belongs to whoever was acting before
        attribute(open, previous == null ? Actor.SYSTEM : previous);
      }
      return result;
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

  private static void attribute(SqlSession session, Actor who) {
    session.getMapper(ActorMapper.class).attribute(who.id().map(id -> Long.toString(id.value())).orElse(""),
        who.name(), who.via().word());
  }
}
