package io.alita.postgres.migration;

import java.util.Locale;

/** How an applied migration's history row compares with the file as it is now. */
public enum ChecksumState {
  /** The file is unchanged since it was applied. */
  OK,
  /** The file changed after it was applied (migrations are immutable: a new file should have been added). */
  MODIFIED,
  /** The history records a failed attempt (only possible for statements that cannot run in a transaction). */
  FAILED,
  /** The file was applied but is no longer among the migration files; it does not block anything. */
  MISSING;

  /** Lower-case label for people and pages: ok, modified, failed, missing. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
