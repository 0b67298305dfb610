package io.alita.postgres.migration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one {@link MigrationRunner#migrate()} did.
 *
 * @param found migration files in the source
 * @param applied files applied (and committed) by this run, in order
 * @param skipped files found that were already applied before this run
 * @param warnings problems tolerated under silent-fail, e.g. a file modified after it was applied
 * @param failure the error that stopped the run (only ever present under silent-fail; otherwise it was thrown)
 */
public record MigrationReport(
    int found, List<String> applied, int skipped, List<String> warnings, Optional<String> failure) {

  public MigrationReport {
    applied = List.copyOf(applied);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(failure, "failure");
  }

  /** True unless the run stopped on an error. */
  public boolean succeeded() {
    return failure.isEmpty();
  }
}
