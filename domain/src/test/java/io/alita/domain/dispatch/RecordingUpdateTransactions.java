package io.alita.domain.dispatch;

import io.alita.domain.update.UpdateId;
import java.util.ArrayList;
import java.util.List;

/** Applies each update id once, in memory, and remembers which ones it applied. Shared by the module tests. */
public final class RecordingUpdateTransactions implements UpdateTransactions {

  private final List<UpdateId> applied = new ArrayList<>();

  @Override
  public synchronized boolean applyOnce(UpdateId updateId, Runnable work) {
    if (applied.contains(updateId)) {
      return false;
    }
    work.run();
    applied.add(updateId);
    return true;
  }

  public synchronized List<UpdateId> applied() {
    return List.copyOf(applied);
  }
}
