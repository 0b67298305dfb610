package io.alita.postgres.testing;

import io.alita.postgres.migration.MigrationOptions;
import io.alita.postgres.migration.MigrationReport;
import io.alita.postgres.migration.MigrationRunner;
import io.alita.postgres.migration.MigrationSource;
import java.nio.file.Path;

/** Puts the real schema into a test database: every file of the migrations folder, applied by the real engine. */
public final class Schema {

  /** Relative to a module directory, surefire's working directory. */
  private static final Path MIGRATIONS = Path.of("../migrations");

  private Schema() {}

  /** Applies every migration to the (empty) database {@code db}. */
  public static void apply(TestDatabase.Coordinates db) {
    MigrationReport report = new MigrationRunner(db.dataSource(), MigrationSource.directory(MIGRATIONS),
        MigrationOptions.defaults()).migrate();
    if (!report.succeeded()) {
      throw new IllegalStateException("migrations failed on " + db.database() + ": " + report.failure().orElse(""));
    }
  }
}
