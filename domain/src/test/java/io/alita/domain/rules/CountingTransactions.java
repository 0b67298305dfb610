package io.alita.domain.rules;

import io.alita.domain.dispatch.UpdateTransactions;
import io.alita.domain.update.UpdateId;
import java.util.HashSet;
import java.util.Set;

/** {@link UpdateTransactions} in memory: runs each update's work once and remembers the ids. */
public final class CountingTransactions implements UpdateTransactions {

  private final Set<UpdateId> applied = new HashSet<>();

  @Override
  public synchronized boolean applyOnce(UpdateId updateId, Runnable work) {
    if (applied.contains(updateId)) {
      return false;
    }
    work.run();
    applied.add(updateId);
    return true;
  }
}
