package io.alita.domain.testing;

import io.alita.domain.settings.Commit;
import java.util.function.Supplier;

/**
 * A front door's {@link Commit} as the console makes it, for use-case tests: runs the change at once and counts how
 * often it was asked to commit (a refused value must commit nothing).
 */
public final class CountingCommit implements Commit {

  private int commits;

  @Override
  public <T> T apply(Supplier<T> change) {
    T result = change.get();
    commits++;
    return result;
  }

  /** How many changes were committed. */
  public int commits() {
    return commits;
  }
}
