package io.alita.domain.operations;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What an operator needs to know about the database schema: every applied migration, newest first, and the files not
 * applied yet.
 */
public record MigrationOverview(List<Applied> applied, List<String> pending) {

  /** The state of an applied migration compared with its file. */
  public enum State {
    /** Applied, and the file is unchanged. */
    OK,
    /** Applied, but the file was changed afterwards (migrations are immutable). */
    MODIFIED,
    /** Recorded as failed. */
    FAILED,
    /** Applied, but its file is no longer present. */
    MISSING_FILE
  }

  /**
   * One applied migration.
   *
   * @param executedAt as the database recorded it (its own clock and time zone), which is how {@code status} prints it
   */
  public record Applied(String file, LocalDateTime executedAt, State state) {}

  public MigrationOverview {
    applied = List.copyOf(applied);
    pending = List.copyOf(pending);
  }

  /** True when every file is applied and none was changed or failed. */
  public boolean isCurrent() {
    return pending.isEmpty() && applied.stream().allMatch(a -> a.state() == State.OK || a.state() == State.MISSING_FILE);
  }
}
