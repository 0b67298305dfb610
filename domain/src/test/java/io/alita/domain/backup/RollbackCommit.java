package io.alita.domain.backup;

import io.alita.domain.settings.Commit;
import java.util.Map;
import java.util.function.Supplier;

/** A {@link Commit} over the {@link InMemoryBackupStore} that, like a transaction, undoes everything when the change throws. */
final class RollbackCommit implements Commit {

  private final InMemoryBackupStore store;
  int commits;
  int rollbacks;

  RollbackCommit(InMemoryBackupStore store) {
    this.store = store;
  }

  @Override
  public <T> T apply(Supplier<T> change) {
    Map<Long, Map<BackupModule, Json.Obj>> before = store.snapshot();
    try {
      T result = change.get();
      commits++;
      return result;
    } catch (RuntimeException e) {
      store.restore(before);
      rollbacks++;
      throw e;
    }
  }
}
