package io.alita.postgres.migration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the migration files to the database, reports its status, and records a file as applied by hand.
 *
 * <p>Flyway is the engine; this class gives it the seed's behaviour:
 * <ul>
 *   <li>Flyway's history table is named {@code schema_migrations}; the file name is stored as the script, the digits
 *       before the first {@code _} as the version.
 *   <li>Files are served already cleaned of Supabase-specific SQL ({@link SupabaseSqlCleaner}); the history checksum
 *       is computed over that cleaned text, i.e. over what actually ran.
 *   <li>Each file runs in its own transaction: a failing file leaves no table, no row, no history entry behind, and
 *       the run stops there.
 *   <li>A file with an older version than those applied is still applied, once (out of order, like the Go runner).
 *   <li>A file changed after it was applied is refused, or only warned about under silent-fail.
 *   <li>A file that was applied but is gone does not block anything.
 *   <li>A database migrated by the original Go bot, or one that has tables but no history, is refused untouched.
 * </ul>
 *
 * <p>Log lines (logger {@code io.alita.migrations}) are the seed's: {@code [Migrations] Starting automatic database
 * migration...}, {@code [Migrations] Found N migration files}, {@code [Migrations] Applying X...},
 * {@code [Migrations] Successfully applied X}, {@code [Migrations] Migration complete - Applied: A, Skipped: S}.
 * Flyway's own INFO chatter is under {@code org.flywaydb}; the application's logging setup should keep that at WARN.
 */
public final class MigrationRunner {

  /** The logger the seed's {@code [Migrations]} lines go to. */
  public static final String LOGGER_NAME = "io.alita.migrations";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

  private final DataSource dataSource;
  private final MigrationSource source;
  private final MigrationOptions options;
  private final HistoryTable history;

  /**
   * @param dataSource the bot's database; each operation borrows connections from it and returns them
   * @param source where the migration files are read from (re-read by every operation)
   * @param options silent-fail and the like
   */
  public MigrationRunner(DataSource dataSource, MigrationSource source, MigrationOptions options) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.source = Objects.requireNonNull(source, "source");
    this.options = Objects.requireNonNull(options, "options");
    this.history = new HistoryTable(dataSource);
  }

  /**
   * Applies every pending file, in order, each in its own transaction, stopping at the first failure.
   *
   * @return what was found, applied and skipped; under silent-fail also the failure, if any
   * @throws MigrationException on any failure, unless silent-fail is on (then it is logged and reported instead)
   */
  public MigrationReport migrate() {
    LOG.info("[Migrations] Starting automatic database migration...");
    Progress progress = new Progress();
    try {
      run(progress);
    } catch (RuntimeException e) {
      if (!options.silentFail()) {
        throw e;
      }
      String message;
      if (e instanceof MigrationException) {
        message = e.getMessage();
        message.lines().forEach(line -> LOG.error("[Migrations] {}", line));
      } else {
        // Not a problem we recognise (a bug, or a driver failure we do not wrap): keep its stack trace.
        message = "Migration failed: " + e;
        LOG.error("[Migrations] {}", message, e);
      }
      LOG.warn("[Migrations] AUTO_MIGRATE_SILENT_FAIL is set: continuing without the remaining migrations");
      return progress.report(Optional.of(message));
    }
    LOG.info("[Migrations] Migration complete - Applied: {}, Skipped: {}", progress.applied.size(), progress.skipped);
    return progress.report(Optional.empty());
  }

  /**
   * Applied migrations (newest first, each with its checksum state) and pending files. Changes nothing, not even on a
   * database that has no history yet.
   *
   * @throws MigrationException if the files cannot be read or the database was migrated by the original Go bot
   */
  public MigrationStatus status() {
    List<PreparedMigration> prepared = PreparedMigration.of(source.files());
    history.requireNoForeignHistory();
    try {
      MigrationInfo[] all = flyway(prepared).load().info().all();
      Map<Integer, MigrationInfo> byRank = Arrays.stream(all)
          .filter(i -> i.getInstalledRank() != null)
          .collect(Collectors.toMap(MigrationInfo::getInstalledRank, Function.identity(), (a, b) -> a));
      List<AppliedMigration> applied = history.rows().stream()
          .map(row -> new AppliedMigration(row.script(), row.installedOn(), state(row, byRank.get(row.installedRank()))))
          .toList();
      List<String> pending = Arrays.stream(all)
          .filter(i -> !i.getState().isApplied() && i.getState().isResolved())
          .map(MigrationInfo::getScript)
          .toList();
      return new MigrationStatus(applied, pending);
    } catch (FlywayException e) {
      throw new MigrationException("Cannot read the migration status: " + HistoryTable.firstLine(e.getMessage()), e);
    }
  }

  /**
   * Records a pending file as applied without running it: the recovery for a migration whose changes are already in
   * the database (the seed's hand-written {@code INSERT INTO schema_migrations}). Flyway itself writes the history row
   * (version, description, type SQL, script, checksum of the cleaned text, success) in one transaction, using its
   * {@code skipExecutingMigrations} mode restricted to this one file, so the next {@code migrate()} skips it and its
   * checksum validates.
   *
   * @param fileName the file name, e.g. {@code 20240301000000_add_notes.sql}
   * @throws MigrationException if there is no such file, it is already applied, or the database is not ours
   */
  public void markApplied(String fileName) {
    List<PreparedMigration> prepared = PreparedMigration.of(source.files());
    PreparedMigration target = prepared.stream()
        .filter(m -> m.name().equals(fileName))
        .findFirst()
        .orElseThrow(() -> new MigrationException("Migration " + fileName + " is not among the migration files in "
            + source.location() + ": give the exact file name, e.g. " + (prepared.isEmpty()
                ? "20240101120000_initial_schema.sql" : prepared.get(prepared.size() - 1).name())));
    history.requireNoForeignHistory();
    history.requireHistoryOrEmptySchema();
    try {
      MigrationInfo[] all = flyway(prepared).load().info().all();
      Set<String> appliedVersions = Arrays.stream(all)
          .filter(i -> i.getState().isApplied() && i.getVersion() != null)
          .map(i -> i.getVersion().getVersion())
          .collect(Collectors.toSet());
      Optional<MigrationInfo> existing = Arrays.stream(all)
          .filter(i -> i.getState().isApplied() && i.getVersion() != null)
          .filter(i -> i.getVersion().getVersion().equals(flywayVersion(target)))
          .findFirst();
      if (existing.isPresent()) {
        MigrationInfo e = existing.get();
        throw new MigrationException("Migration " + fileName + " is already recorded as applied"
            + (fileName.equals(e.getScript()) ? "" : " (its version " + target.file().version() + " as "
                + e.getScript() + ")")
            + (e.getState().isFailed() ? ", as a failed attempt" : "") + ": nothing to mark");
      }
      // Only this file and the ones already applied: skipExecutingMigrations would otherwise record every pending file.
      List<PreparedMigration> restricted = prepared.stream()
          .filter(m -> m == target || appliedVersions.contains(flywayVersion(m)))
          .toList();
      MigrateResult result = flyway(restricted).skipExecutingMigrations(true).load().migrate();
      if (result.migrationsExecuted != 1) {
        throw new MigrationException("Migration " + fileName + " could not be recorded as applied (Flyway recorded "
            + result.migrationsExecuted + " migrations)");
      }
    } catch (FlywayException e) {
      throw new MigrationException("Migration " + fileName + " could not be recorded as applied: "
          + HistoryTable.firstLine(e.getMessage()), e);
    }
    LOG.info("[Migrations] Recorded {} as applied without running it", fileName);
  }

  private void run(Progress progress) {
    List<MigrationFile> files = source.files();
    List<PreparedMigration> prepared = PreparedMigration.of(files);
    progress.found = files.size();
    LOG.info("[Migrations] Found {} migration files", files.size());
    history.requireNoForeignHistory();
    history.requireHistoryOrEmptySchema();

    Map<String, PreparedMigration> byName = new LinkedHashMap<>();
    prepared.forEach(m -> byName.put(m.name(), m));
    ProgressLog progressLog = new ProgressLog(LOG);
    Flyway flyway;
    List<String> pending;
    try {
      flyway = flyway(prepared).callbacks(progressLog).load();
      MigrationInfo[] all = flyway.info().all();
      progress.skipped = (int) Arrays.stream(all)
          .filter(i -> i.getState().isApplied() && i.getState().isResolved() && byName.containsKey(i.getScript()))
          .count();
      pending = Arrays.stream(all)
          .filter(i -> !i.getState().isApplied() && i.getState().isResolved())
          .map(MigrationInfo::getScript)
          .toList();
      checkUnchanged(all, progress);
    } catch (FlywayException e) {
      throw new MigrationException("Migration failed: " + HistoryTable.firstLine(e.getMessage()), e);
    }

    try {
      flyway.migrate();
      progressLog.finished();
    } catch (FlywayException e) {
      progressLog.failed(this::recordedAsApplied);
      progress.applied.addAll(progressLog.applied());
      String next = pending.stream().filter(p -> !progressLog.applied().contains(p)).findFirst().orElse(null);
      throw new MigrationException(FailureMessage.of(e, byName, next), e);
    }
    progress.applied.addAll(progressLog.applied());
  }

  /** Refuses (or, under silent-fail, warns about) files changed after they were applied. */
  private void checkUnchanged(MigrationInfo[] all, Progress progress) {
    List<String> problems = new ArrayList<>();
    for (MigrationInfo info : all) {
      if (info.getState().isApplied() && info.getState().isResolved() && !matches(info)) {
        problems.add("Migration " + info.getScript() + " was modified after it was applied: migrations are immutable;"
            + " add a new migration file instead");
      }
    }
    if (problems.isEmpty()) {
      return;
    }
    if (!options.silentFail()) {
      throw new MigrationException(String.join("\n", problems));
    }
    problems.forEach(p -> LOG.warn("[Migrations] {}", p));
    progress.warnings.addAll(problems);
  }

  private static boolean matches(MigrationInfo info) {
    return Objects.equals(info.getAppliedChecksum(), info.getResolvedChecksum()) && info.isDescriptionMatching();
  }

  private static ChecksumState state(HistoryTable.Row row, MigrationInfo info) {
    if (!row.success()) {
      return ChecksumState.FAILED;
    }
    if (info == null || !info.getState().isResolved()) {
      return ChecksumState.MISSING;
    }
    return matches(info) ? ChecksumState.OK : ChecksumState.MODIFIED;
  }

  private boolean recordedAsApplied(String script) {
    try {
      return history.rows().stream().anyMatch(r -> r.success() && script.equals(r.script()));
    } catch (MigrationException unreadable) {
      return false; // the migration's own error is what matters; do not claim a success we cannot see
    }
  }

  /** The version as Flyway normalises it (leading zeros dropped), to compare with history rows. */
  private static String flywayVersion(PreparedMigration m) {
    return MigrationVersion.fromVersion(m.file().version()).getVersion();
  }

  private FluentConfiguration flyway(List<PreparedMigration> migrations) {
    return FlywaySetup.configure(dataSource, source.location(), migrations);
  }

  /** What a run has done so far, so that a failure can still report it. */
  private static final class Progress {
    int found;
    int skipped;
    final List<String> applied = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    MigrationReport report(Optional<String> failure) {
      return new MigrationReport(found, applied, skipped, warnings, failure);
    }
  }
}
