package io.alita.postgres.migration;

import java.util.List;

/**
 * A migration file together with the text that will actually run: the file after {@link SupabaseSqlCleaner}. Flyway
 * computes the history checksum over {@code sql}, i.e. over what runs.
 */
record PreparedMigration(MigrationFile file, String sql) {

  String name() {
    return file.name();
  }

  /** Cleans every file, naming the file when one is refused (e.g. a top-level ROLLBACK). */
  static List<PreparedMigration> of(List<MigrationFile> files) {
    return files.stream().map(PreparedMigration::of).toList();
  }

  static PreparedMigration of(MigrationFile file) {
    try {
      return new PreparedMigration(file, SupabaseSqlCleaner.clean(file.sql()));
    } catch (IllegalArgumentException e) {
      throw new MigrationException("Migration " + file.name() + " cannot run: " + e.getMessage(), e);
    }
  }
}
