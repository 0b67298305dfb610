package io.alita.domain.settings;

import io.alita.domain.audit.Actor;
import io.alita.domain.audit.Changes;
import io.alita.domain.dispatch.UnitOfWork;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How a front door commits a settings change the use cases have checked: a bot command in its event's unit of work (a
 * redelivered update changes nothing, and the dispatcher stops it before anything is said), the console in one
 * transaction as the signed-in user. The use case decides what to write; the front door decides how it is committed.
 */
@FunctionalInterface
public interface Commit {

  /** Runs {@code change} in the front door's transaction and returns what it returned. */
  <T> T apply(Supplier<T> change);

  /** {@link #apply(Supplier)} for a change with no result. */
  default void run(Runnable change) {
    apply(() -> {
      change.run();
      return null;
    });
  }

  /** A command's commit: the write joins the event's one transaction. */
  static Commit in(UnitOfWork work) {
    Objects.requireNonNull(work, "work");
    return work::write;
  }

  /** The console's commit: one transaction as {@code actor}. */
  static Commit as(Changes changes, Actor actor) {
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(actor, "actor");
    return new Commit() {
      @Override
      public <T> T apply(Supplier<T> change) {
        return changes.as(actor, change);
      }
    };
  }
}
