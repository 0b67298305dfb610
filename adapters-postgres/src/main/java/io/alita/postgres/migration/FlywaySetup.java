package io.alita.postgres.migration;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The one Flyway configuration every operation starts from, so migrate, status and markApplied agree. */
final class FlywaySetup {

  /** Flyway's history table carries the seed's name: one source of truth, no second tracking table. */
  static final String HISTORY_TABLE = "schema_migrations";

  private FlywaySetup() {}

  static FluentConfiguration configure(DataSource dataSource, String location, List<PreparedMigration> migrations) {
    return Flyway.configure(FlywaySetup.class.getClassLoader())
        .dataSource(dataSource)
        .table(HISTORY_TABLE)
        .resourceProvider(new CleanedResources(location, migrations))
        // Nothing but our files: no Java migrations scanned from the classpath.
        .javaMigrationClassProvider(List::of)
        // Date-named files: version = digits before the first '_' (the default V1__x.sql naming would skip them).
        .sqlMigrationPrefix("")
        .sqlMigrationSeparator("_")
        .sqlMigrationSuffixes(".sql")
        .validateMigrationNaming(true)
        // A file with an older version than applied ones is still applied, once, as the Go runner did.
        .outOfOrder(true)
        // A non-empty database without our history is refused before Flyway runs; never adopt it silently.
        .baselineOnMigrate(false)
        // Checksums are checked by MigrationRunner itself, so silent-fail mode can warn and still go on.
        .validateOnMigrate(false)
        // A file deleted after it was applied must not block startup; neither must rows from a newer release.
        .ignoreMigrationPatterns("*:missing", "*:future")
        // Migration text such as a note template may contain ${...}; it is SQL, not a Flyway template.
        .placeholderReplacement(false)
        .cleanDisabled(true);
  }
}
