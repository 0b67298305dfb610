package io.alita.app.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether and from where to apply schema migrations at startup.
 *
 * @param autoMigrate  {@code AUTO_MIGRATE}: apply pending migrations at startup (default false)
 * @param silentFail   {@code AUTO_MIGRATE_SILENT_FAIL}: log a failed migration and start anyway (default false)
 * @param path         {@code MIGRATIONS_PATH}, relative to the working directory (default {@code migrations})
 * @param pathExplicit whether {@code MIGRATIONS_PATH} was set; when not, the migrations bundled in the jar may be used
 */
public record MigrationSettings(boolean autoMigrate, boolean silentFail, Path path, boolean pathExplicit) {

  /** Where migrations are looked for when {@code MIGRATIONS_PATH} is not set. */
  public static final Path DEFAULT_PATH = Path.of("migrations");

  /** The path is required. */
  public MigrationSettings {
    Objects.requireNonNull(path, "path");
  }

  static MigrationSettings read(EnvReader env) {
    boolean autoMigrate = env.bool("AUTO_MIGRATE", false);
    boolean silentFail = env.bool("AUTO_MIGRATE_SILENT_FAIL", false);
    Optional<Path> explicit = env.parsed("MIGRATIONS_PATH", MigrationSettings::path);
    return new MigrationSettings(autoMigrate, silentFail, explicit.orElse(DEFAULT_PATH), explicit.isPresent());
  }

  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("'" + value + "' is not a valid path; use a directory such as migrations");
    }
  }
}
