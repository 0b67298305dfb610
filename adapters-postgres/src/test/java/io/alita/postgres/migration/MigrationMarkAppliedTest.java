package io.alita.postgres.migration;

import static io.alita.postgres.migration.Fixtures.execute;
import static io.alita.postgres.migration.Fixtures.history;
import static io.alita.postgres.migration.Fixtures.runner;
import static io.alita.postgres.migration.Fixtures.strings;
import static io.alita.postgres.migration.Fixtures.tableExists;
import static io.alita.postgres.migration.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's recovery ("mark the migration as applied") as one command instead of a hand-written INSERT. */
class MigrationMarkAppliedTest {

  private static final String INITIAL = "20240101000000_initial_schema.sql";
  private static final String NOTES = "20240201000000_add_notes.sql";
  private static final String PINS = "20240301000000_add_pins.sql";

  @TempDir Path dir;
  private DataSource db;

  @BeforeEach
  void freshDatabase() {
    db = Fixtures.freshDatabase();
  }

  @Test
  void aFileFixedByHandIsRecordedThenSkippedAndStillValidates() {
    write(dir, INITIAL, "CREATE TABLE users (id bigint PRIMARY KEY);\n");
    runner(db, dir).migrate();
    write(dir, NOTES, "GRANT ALL ON TABLE users TO anon;\nCREATE TABLE notes (id bigint PRIMARY KEY);\n");
    execute(db, "CREATE TABLE notes (id bigint PRIMARY KEY)"); // the schema was already fixed by hand
    assertThrows(MigrationException.class, () -> runner(db, dir).migrate(), "relation \"notes\" already exists");

    try (LogCapture log = LogCapture.start()) {
      runner(db, dir).markApplied(NOTES);
      assertEquals(List.of("[Migrations] Recorded " + NOTES + " as applied without running it"), log.lines());
    }
    MigrationReport report = runner(db, dir).migrate();

    assertEquals(List.of(), report.applied());
    assertEquals(2, report.skipped());
    assertEquals(List.of(INITIAL, NOTES), history(db));
    String row = "SELECT concat_ws('|', version, description, type, script, checksum, success) FROM schema_migrations"
        + " WHERE script = '" + NOTES + "'";
    DataSource appliedNormally = Fixtures.freshDatabase();
    runner(appliedNormally, dir).migrate();
    assertEquals(strings(appliedNormally, row), strings(db, row), "the same row a real run writes");
    assertTrue(strings(db, row).get(0).startsWith("20240201000000|add notes|SQL|" + NOTES + "|"));
    assertEquals(List.of(ChecksumState.OK, ChecksumState.OK),
        runner(db, dir).status().applied().stream().map(AppliedMigration::state).toList());
  }

  @Test
  void onlyTheNamedFileIsRecordedOtherPendingFilesStillRun() {
    write(dir, INITIAL, "CREATE TABLE users (id bigint PRIMARY KEY);\n");
    write(dir, NOTES, "CREATE TABLE notes (id bigint PRIMARY KEY);\n");
    write(dir, PINS, "CREATE TABLE pins (id bigint PRIMARY KEY);\n");
    runner(db, dir).markApplied(PINS);

    assertEquals(List.of(PINS), history(db));
    assertFalse(tableExists(db, "pins"), "marking does not run the file");
    MigrationReport report = runner(db, dir).migrate();

    assertEquals(List.of(INITIAL, NOTES), report.applied());
    assertEquals(1, report.skipped());
    assertTrue(tableExists(db, "users") && tableExists(db, "notes"));
  }

  @Test
  void anUnknownFileIsRefused() {
    write(dir, INITIAL, "CREATE TABLE users (id bigint PRIMARY KEY);\n");

    MigrationException e =
        assertThrows(MigrationException.class, () -> runner(db, dir).markApplied("20240101_initial.sql"));

    assertEquals("Migration 20240101_initial.sql is not among the migration files in " + dir
        + ": give the exact file name, e.g. " + INITIAL, e.getMessage());
  }

  @Test
  void anAlreadyAppliedFileIsRefused() {
    write(dir, INITIAL, "CREATE TABLE users (id bigint PRIMARY KEY);\n");
    runner(db, dir).migrate();

    MigrationException e = assertThrows(MigrationException.class, () -> runner(db, dir).markApplied(INITIAL));

    assertEquals("Migration " + INITIAL + " is already recorded as applied: nothing to mark", e.getMessage());
    assertEquals(List.of(INITIAL), history(db));
  }
}
