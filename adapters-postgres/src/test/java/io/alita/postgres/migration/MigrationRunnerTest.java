package io.alita.postgres.migration;

import static io.alita.postgres.migration.Fixtures.execute;
import static io.alita.postgres.migration.Fixtures.history;
import static io.alita.postgres.migration.Fixtures.runner;
import static io.alita.postgres.migration.Fixtures.silentRunner;
import static io.alita.postgres.migration.Fixtures.strings;
import static io.alita.postgres.migration.Fixtures.tableExists;
import static io.alita.postgres.migration.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationRunnerTest {

  private static final String INITIAL = "20240101120000_initial_schema.sql";
  private static final String NOTES = "20240201000000_add_notes.sql";
  private static final String CAPTCHA = "20240315103000_add_captcha.sql";

  @TempDir Path dir;
  private DataSource db;

  @BeforeEach
  void freshDatabase() {
    db = Fixtures.freshDatabase();
  }

  private void writeThreeFiles() {
    write(dir, INITIAL, "CREATE TABLE users (\n  id bigserial PRIMARY KEY,\n  user_id bigint NOT NULL UNIQUE\n);\n");
    write(dir, NOTES, "CREATE TABLE notes (id bigserial PRIMARY KEY, note_name text NOT NULL);\n");
    write(dir, CAPTCHA, "CREATE TABLE captcha_settings (id serial PRIMARY KEY, enabled boolean DEFAULT false);\n");
  }

  @Test
  void freshDatabaseGetsEveryFileInOrderWithTheSeedsLogLines() {
    writeThreeFiles();

    MigrationReport report;
    try (LogCapture log = LogCapture.start()) {
      report = runner(db, dir).migrate();

      assertEquals(List.of(
          "[Migrations] Starting automatic database migration...",
          "[Migrations] Found 3 migration files",
          "[Migrations] Applying " + INITIAL + "...",
          "[Migrations] Successfully applied " + INITIAL,
          "[Migrations] Applying " + NOTES + "...",
          "[Migrations] Successfully applied " + NOTES,
          "[Migrations] Applying " + CAPTCHA + "...",
          "[Migrations] Successfully applied " + CAPTCHA,
          "[Migrations] Migration complete - Applied: 3, Skipped: 0"), log.lines());
    }
    assertEquals(new MigrationReport(3, List.of(INITIAL, NOTES, CAPTCHA), 0, List.of(), Optional.empty()), report);
    assertEquals(List.of(INITIAL, NOTES, CAPTCHA), history(db));
    assertTrue(tableExists(db, "users") && tableExists(db, "notes") && tableExists(db, "captcha_settings"));
  }

  @Test
  void runningAgainAppliesNothingAndSkipsEverything() {
    writeThreeFiles();
    runner(db, dir).migrate();

    try (LogCapture log = LogCapture.start()) {
      MigrationReport report = runner(db, dir).migrate();

      assertEquals(List.of(
          "[Migrations] Starting automatic database migration...",
          "[Migrations] Found 3 migration files",
          "[Migrations] Migration complete - Applied: 0, Skipped: 3"), log.lines());
      assertEquals(List.of(), report.applied());
      assertEquals(3, report.skipped());
    }
    assertEquals(3, history(db).size());
  }

  @Test
  void aFileAddedLaterIsAppliedAlone() {
    write(dir, INITIAL, "CREATE TABLE users (id bigint PRIMARY KEY);\n");
    runner(db, dir).migrate();
    write(dir, NOTES, "CREATE TABLE notes (id bigint PRIMARY KEY);\n");

    MigrationReport report = runner(db, dir).migrate();

    assertEquals(List.of(NOTES), report.applied());
    assertEquals(1, report.skipped());
    assertEquals(List.of(INITIAL, NOTES), history(db));
  }

  @Test
  void aFileWithAnOlderVersionAddedLaterIsAppliedExactlyOnce() {
    write(dir, INITIAL, "CREATE TABLE users (id bigint PRIMARY KEY);\n");
    write(dir, CAPTCHA, "CREATE TABLE captcha_settings (id int PRIMARY KEY);\n");
    runner(db, dir).migrate();
    write(dir, NOTES, "CREATE TABLE notes (id bigint PRIMARY KEY);\n");

    MigrationReport first = runner(db, dir).migrate();
    MigrationReport second = runner(db, dir).migrate();

    assertEquals(List.of(NOTES), first.applied());
    assertEquals(List.of(), second.applied());
    assertEquals(3, second.skipped());
    assertEquals(List.of(INITIAL, CAPTCHA, NOTES), history(db));
    assertTrue(tableExists(db, "notes"));
  }

  @Test
  void aFailingFileLeavesNoTraceAndStopsTheRun() {
    write(dir, INITIAL, "CREATE TABLE users (id bigint PRIMARY KEY);\n");
    write(dir, "20240301000000_bad.sql", """
        -- Adds the notes table, then something broken.
        CREATE TABLE notes (id bigint PRIMARY KEY);
        INSERT INTO users (id) VALUES (1);

        -- the broken part
        /* careful */
        CREATE TABLE broken (
          id bigint REFERENCES missing_table (id)
        );
        """);
    write(dir, "20240401000000_after.sql", "CREATE TABLE after_bad (id int);\n");

    try (LogCapture log = LogCapture.start()) {
      MigrationException e = assertThrows(MigrationException.class, () -> runner(db, dir).migrate());

      assertEquals("Migration 20240301000000_bad.sql failed at line 7 (statement 3): CREATE TABLE broken (...:"
          + " ERROR: relation \"missing_table\" does not exist", e.getMessage());
      assertEquals(List.of(
          "[Migrations] Starting automatic database migration...",
          "[Migrations] Found 3 migration files",
          "[Migrations] Applying " + INITIAL + "...",
          "[Migrations] Successfully applied " + INITIAL,
          "[Migrations] Applying 20240301000000_bad.sql..."), log.lines());
    }
    assertFalse(tableExists(db, "notes"), "the failing file's earlier statements were rolled back");
    assertEquals(List.of("0"), strings(db, "SELECT count(*) FROM users"));
    assertEquals(List.of(INITIAL), history(db), "no history row for the failed file, none for later ones");
    assertFalse(tableExists(db, "after_bad"), "the run stopped at the failure");
    assertTrue(tableExists(db, "users"), "earlier files' work is intact");
  }

  @Test
  void theFailingLineIsTheFilesOwnEvenWhereCleaningRemovedStatements() {
    write(dir, INITIAL, """
        BEGIN;
        CREATE TABLE users (id bigint PRIMARY KEY);
        GRANT ALL ON TABLE users TO anon;
        GRANT ALL ON TABLE users
          TO authenticated, service_role;
        INSERT INTO users (id) VALUES (1); INSERT INTO users (id) VALUES ('one');
        COMMIT;
        """);

    MigrationException e = assertThrows(MigrationException.class, () -> runner(db, dir).migrate());

    assertEquals("Migration " + INITIAL + " failed at line 6 (statement 6): INSERT INTO users (id) VALUES ('one'):"
        + " ERROR: invalid input syntax for type bigint: \"one\"", e.getMessage());
    assertFalse(tableExists(db, "users"));
  }

  @Test
  void anInnerCommitCannotBreakAFilesAtomicity() {
    write(dir, INITIAL, """
        BEGIN;
        CREATE TABLE first_half (id int);
        COMMIT;
        START TRANSACTION;
        CREATE TABLE second_half (id int);
        END;
        SELECT * FROM missing_table;
        """);

    assertThrows(MigrationException.class, () -> runner(db, dir).migrate());

    assertFalse(tableExists(db, "first_half"));
    assertFalse(tableExists(db, "second_half"));
  }

  @Test
  void aFileThatFailsOnlyAtCommitIsNeverLoggedAsApplied() {
    write(dir, INITIAL, "CREATE TABLE users (id bigint PRIMARY KEY);\n");
    write(dir, NOTES, """
        CREATE TABLE notes (
          id bigint PRIMARY KEY,
          user_id bigint REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED
        );
        INSERT INTO notes VALUES (1, 42);
        """);

    try (LogCapture log = LogCapture.start()) {
      MigrationException e = assertThrows(MigrationException.class, () -> runner(db, dir).migrate());

      assertTrue(e.getMessage().startsWith("Migration " + NOTES + " failed"), e.getMessage());
      assertTrue(e.getMessage().contains("violates foreign key constraint"), e.getMessage());
      assertTrue(log.lines().contains("[Migrations] Successfully applied " + INITIAL));
      assertFalse(log.lines().contains("[Migrations] Successfully applied " + NOTES), String.join("\n", log.lines()));
    }
    assertFalse(tableExists(db, "notes"));
    assertEquals(List.of(INITIAL), history(db));
  }

  @Test
  void aTopLevelRollbackIsRefusedBeforeAnythingRuns() {
    write(dir, INITIAL, "CREATE TABLE users (id int);\n");
    write(dir, NOTES, "BEGIN;\nCREATE TABLE notes (id int);\nROLLBACK;\n");

    MigrationException e = assertThrows(MigrationException.class, () -> runner(db, dir).migrate());

    assertEquals("Migration " + NOTES + " cannot run: top-level ROLLBACK at line 3: a migration runs in one"
        + " transaction and must not roll it back", e.getMessage());
    assertFalse(tableExists(db, "users"));
  }

  @Test
  void aStatementThatCannotRunInATransactionIsReportedWithItsFile() {
    write(dir, INITIAL, "CREATE TABLE users (id int);\n");
    write(dir, NOTES, "CREATE TABLE notes (id int);\nCREATE INDEX CONCURRENTLY idx_notes ON notes (id);\n");

    MigrationException e = assertThrows(MigrationException.class, () -> runner(db, dir).migrate());

    assertTrue(e.getMessage().startsWith("Migration " + NOTES + " failed: Detected both transactional and"
        + " non-transactional statements"), e.getMessage());
    assertEquals(List.of(INITIAL), history(db));
  }

  @Test
  void underSilentFailAFailureIsLoggedAndReportedInsteadOfThrown() {
    write(dir, INITIAL, "CREATE TABLE users (id bigint PRIMARY KEY);\n");
    write(dir, NOTES, "CREATE TABLE notes (id int);\nSELECT * FROM missing_table;\n");

    try (LogCapture log = LogCapture.start()) {
      MigrationReport report = silentRunner(db, dir).migrate();

      String message = "Migration " + NOTES + " failed at line 2 (statement 2): SELECT * FROM missing_table:"
          + " ERROR: relation \"missing_table\" does not exist";
      assertFalse(report.succeeded());
      assertEquals(Optional.of(message), report.failure());
      assertEquals(List.of(INITIAL), report.applied());
      assertEquals(List.of("[Migrations] " + message), log.lines(Level.ERROR));
      assertFalse(log.lines().stream().anyMatch(l -> l.startsWith("[Migrations] Migration complete")));
    }
    assertEquals(List.of(INITIAL), history(db));
    assertFalse(tableExists(db, "notes"));
  }

  @Test
  void aFileChangedAfterItWasAppliedIsRefused() {
    write(dir, INITIAL, "CREATE TABLE users (id bigint PRIMARY KEY);\n");
    runner(db, dir).migrate();
    write(dir, INITIAL, "CREATE TABLE users (id bigint PRIMARY KEY, name text);\n");
    write(dir, NOTES, "CREATE TABLE notes (id bigint PRIMARY KEY);\n");

    MigrationException e = assertThrows(MigrationException.class, () -> runner(db, dir).migrate());

    assertEquals("Migration " + INITIAL + " was modified after it was applied: migrations are immutable; add a new"
        + " migration file instead", e.getMessage());
    assertFalse(tableExists(db, "notes"), "nothing is applied while a file is modified");
  }

  @Test
  void underSilentFailAChangedFileIsOnlyAWarningAndPendingFilesStillApply() {
    write(dir, INITIAL, "CREATE TABLE users (id bigint PRIMARY KEY);\n");
    runner(db, dir).migrate();
    write(dir, INITIAL, "CREATE TABLE users (id bigint PRIMARY KEY, name text);\n");
    write(dir, NOTES, "CREATE TABLE notes (id bigint PRIMARY KEY);\n");

    try (LogCapture log = LogCapture.start()) {
      MigrationReport report = silentRunner(db, dir).migrate();

      String warning = "Migration " + INITIAL + " was modified after it was applied: migrations are immutable; add a"
          + " new migration file instead";
      assertEquals(List.of("[Migrations] " + warning), log.lines(Level.WARN));
      assertEquals(List.of(warning), report.warnings());
      assertTrue(report.succeeded());
      assertEquals(List.of(NOTES), report.applied());
      assertTrue(log.lines().contains("[Migrations] Migration complete - Applied: 1, Skipped: 1"));
    }
    assertTrue(tableExists(db, "notes"));
  }

  @Test
  void aFileRemovedAfterItWasAppliedDoesNotBlockStartup() throws IOException {
    write(dir, INITIAL, "CREATE TABLE users (id bigint PRIMARY KEY);\n");
    write(dir, NOTES, "CREATE TABLE notes (id bigint PRIMARY KEY);\n");
    runner(db, dir).migrate();
    Files.delete(dir.resolve(INITIAL));
    write(dir, CAPTCHA, "CREATE TABLE captcha_settings (id int PRIMARY KEY);\n");

    MigrationReport report = runner(db, dir).migrate();

    assertEquals(new MigrationReport(2, List.of(CAPTCHA), 1, List.of(), Optional.empty()), report);
  }

  @Test
  void rollbackFilesAreNeverApplied() {
    write(dir, INITIAL, "CREATE TABLE users (id bigint PRIMARY KEY);\n");
    write(dir, "20240101120000_initial_schema.rollback.sql", "DROP TABLE users;\n");

    MigrationReport report = runner(db, dir).migrate();

    assertEquals(1, report.found());
    assertEquals(List.of(INITIAL), history(db));
    assertTrue(tableExists(db, "users"));
  }

  @Test
  void aDatabaseMigratedByTheGoBotIsRefusedAndLeftUntouched() {
    execute(db, "CREATE TABLE schema_migrations (version varchar(255) PRIMARY KEY,"
        + " executed_at timestamp DEFAULT CURRENT_TIMESTAMP, checksum varchar(64))");
    execute(db, "INSERT INTO schema_migrations (version) VALUES ('20250805200527_initial_migration.sql')");
    execute(db, "CREATE TABLE users (id bigint PRIMARY KEY)");
    write(dir, INITIAL, "CREATE TABLE notes (id bigint PRIMARY KEY);\n");

    MigrationException e = assertThrows(MigrationException.class, () -> runner(db, dir).migrate());

    assertTrue(e.getMessage().startsWith("Database t"), e.getMessage());
    assertTrue(e.getMessage().contains(" was migrated by the original Go Alita Robot: its schema_migrations table"
        + " has the Go runner's columns (version, executed_at)."), e.getMessage());
    assertTrue(e.getMessage().contains("point DATABASE_URL at a fresh, empty database"), e.getMessage());
    assertTrue(e.getMessage().endsWith("copy this one into it with `java -jar alita.jar adopt --from <this database's"
        + " URL>` (or `make adopt FROM=<url>`)"), e.getMessage());
    assertEquals(List.of("20250805200527_initial_migration.sql"),
        strings(db, "SELECT version FROM schema_migrations"));
    assertEquals(List.of("checksum", "executed_at", "version"), strings(db, "SELECT column_name FROM"
        + " information_schema.columns WHERE table_name = 'schema_migrations' ORDER BY 1"));
    assertFalse(tableExists(db, "notes"));
  }

  @Test
  void aDatabaseWithTablesButNoHistoryIsRefused() {
    execute(db, "CREATE TABLE users (id bigint PRIMARY KEY)");
    write(dir, INITIAL, "CREATE TABLE notes (id bigint PRIMARY KEY);\n");

    MigrationException e = assertThrows(MigrationException.class, () -> runner(db, dir).migrate());

    assertTrue(e.getMessage().contains("already has tables (users) but no schema_migrations table"), e.getMessage());
    assertFalse(tableExists(db, "schema_migrations"));
  }

  @Test
  void underSilentFailARefusedDatabaseIsReportedNotThrown() {
    execute(db, "CREATE TABLE schema_migrations (version varchar(255) PRIMARY KEY, executed_at timestamp)");
    write(dir, INITIAL, "CREATE TABLE notes (id bigint PRIMARY KEY);\n");

    try (LogCapture log = LogCapture.start()) {
      MigrationReport report = silentRunner(db, dir).migrate();

      assertFalse(report.succeeded());
      assertEquals(1, log.lines(Level.ERROR).size());
      assertTrue(log.lines(Level.ERROR).get(0).contains("original Go Alita Robot"));
    }
  }

  @Test
  void thePackagedCopyOnTheClasspathMigratesLikeAFolder() {
    MigrationSource packaged = MigrationSource.classpath("migration-fixtures/classpath", getClass().getClassLoader());

    MigrationReport report = new MigrationRunner(db, packaged, MigrationOptions.defaults()).migrate();

    assertEquals(List.of("20240101000000_first.sql", "20240102000000_second.sql"), report.applied());
    assertTrue(tableExists(db, "packaged_first") && tableExists(db, "packaged_second"));
  }

  @Test
  void dollarBraceTextInSqlIsNotTreatedAsAPlaceholder() {
    write(dir, INITIAL, "CREATE TABLE greetings (welcome_text text);\n"
        + "INSERT INTO greetings VALUES ('Hello ${first_name}, welcome to ${chat_name}!');\n");

    runner(db, dir).migrate();

    assertEquals(List.of("Hello ${first_name}, welcome to ${chat_name}!"),
        strings(db, "SELECT welcome_text FROM greetings"));
  }

  @Test
  void aBadlyNamedFileStopsTheRunBeforeTheDatabaseIsTouched() {
    write(dir, INITIAL, "CREATE TABLE users (id int);\n");
    write(dir, "add_notes.sql", "CREATE TABLE notes (id int);\n");

    MigrationException e = assertThrows(MigrationException.class, () -> runner(db, dir).migrate());

    assertTrue(e.getMessage().startsWith("Migration file add_notes.sql in "), e.getMessage());
    assertFalse(tableExists(db, "schema_migrations"));
  }
}
