package io.alita.postgres.migration;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One applied migration as the status shows it.
 *
 * @param version the file name, e.g. {@code 20240315_add_captcha.sql} (the seed's {@code version} column)
 * @param executedAt when it was applied ({@code installed_on}), to the microsecond, in the database session's zone
 * @param state whether the file still matches what was applied
 */
public record AppliedMigration(String version, LocalDateTime executedAt, ChecksumState state) {

  public AppliedMigration {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(state, "state");
  }
}
