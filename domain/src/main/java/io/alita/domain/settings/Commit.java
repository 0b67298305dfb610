package io.alita.domain.settings;

import io.alita.domain.audit.Actor;
import io.alita.domain.audit.Changes;
import io.alita.domain.dispatch.UpdateTransactions;
import io.alita.domain.update.UpdateId;
import java.util.Objects;

/**
 * How a front door commits a settings change the use cases have checked: a bot command once per update (a redelivered
 * update changes nothing), the console in one transaction as the signed-in user. The use case decides what to write;
 * the front door decides how it is committed.
 */
@FunctionalInterface
public interface Commit {

  /**
   * Runs {@code change} in one transaction.
   *
   * @return false when it did not run because this front door applied it before (a redelivered update)
   */
  boolean apply(Runnable change);

  /** A command's commit: once for {@code update}, in the transaction that records the update's id. */
  static Commit once(UpdateTransactions transactions, UpdateId update) {
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(update, "update");
    return change -> transactions.applyOnce(update, change);
  }

  /** The console's commit: one transaction as {@code actor}, always applied (or thrown). */
  static Commit as(Changes changes, Actor actor) {
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(actor, "actor");
    return change -> changes.as(actor, () -> {
      change.run();
      return true;
    });
  }
}
