package io.alita.postgres.migration;

/**
 * How {@link MigrationRunner#migrate()} reacts to problems.
 *
 * @param silentFail {@code AUTO_MIGRATE_SILENT_FAIL}: when true, {@code migrate()} never throws; it logs the error at
 *     ERROR and returns a report saying it failed, and a file changed after it was applied is only a warning (pending
 *     files are still applied). When false, both throw {@link MigrationException}.
 */
public record MigrationOptions(boolean silentFail) {

  /** The seed's default: {@code AUTO_MIGRATE_SILENT_FAIL=false}. */
  public static MigrationOptions defaults() {
    return new MigrationOptions(false);
  }
}
