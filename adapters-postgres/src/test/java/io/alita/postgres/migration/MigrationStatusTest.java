package io.alita.postgres.migration;

import static io.alita.postgres.migration.Fixtures.runner;
import static io.alita.postgres.migration.Fixtures.strings;
import static io.alita.postgres.migration.Fixtures.tableExists;
import static io.alita.postgres.migration.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationStatusTest {

  @TempDir Path dir;

  @Test
  void tableHasTheSeedsPsqlForm() {
    MigrationStatus status = new MigrationStatus(List.of(
        new AppliedMigration("20240315_add_captcha.sql", LocalDateTime.of(2024, 3, 15, 10, 30), ChecksumState.OK),
        new AppliedMigration("20240301_add_notes.sql", LocalDateTime.of(2024, 3, 1, 9, 15), ChecksumState.OK),
        new AppliedMigration("20240101_initial.sql", LocalDateTime.of(2024, 1, 1, 0, 0), ChecksumState.OK)),
        List.of());

    assertEquals("""
        version | executed_at
        ----------------------------+----------------------------
        20240315_add_captcha.sql | 2024-03-15 10:30:00.000000
        20240301_add_notes.sql | 2024-03-01 09:15:00.000000
        20240101_initial.sql | 2024-01-01 00:00:00.000000
        """, status.formatTable());
  }

  @Test
  void tableEndsWithALinePerFileNeedingAttention() {
    MigrationStatus status = new MigrationStatus(List.of(
        new AppliedMigration("20240301_add_notes.sql", LocalDateTime.of(2024, 3, 1, 9, 15, 0, 123_456_000),
            ChecksumState.MISSING),
        new AppliedMigration("20240101_initial.sql", LocalDateTime.of(2024, 1, 1, 0, 0), ChecksumState.MODIFIED)),
        List.of("20240401_add_pins.sql", "20240402_add_rules.sql"));

    assertEquals("""
        version | executed_at
        ----------------------------+----------------------------
        20240301_add_notes.sql | 2024-03-01 09:15:00.123456
        20240101_initial.sql | 2024-01-01 00:00:00.000000
        missing: 20240301_add_notes.sql (applied, file no longer present)
        modified: 20240101_initial.sql (changed after it was applied)
        pending: 20240401_add_pins.sql
        pending: 20240402_add_rules.sql
        """, status.formatTable());
    assertFalse(status.upToDate());
  }

  @Test
  void statusShowsAppliedNewestFirstWithTheirStateAndThePendingFiles() throws IOException {
    DataSource db = Fixtures.freshDatabase();
    write(dir, "20240101000000_initial.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
    write(dir, "20240201000000_notes.sql", "CREATE TABLE notes (id bigint PRIMARY KEY);\n");
    write(dir, "20240301000000_rules.sql", "CREATE TABLE rules (id bigint PRIMARY KEY);\n");
    runner(db, dir).migrate();
    write(dir, "20240201000000_notes.sql", "CREATE TABLE notes (id bigint PRIMARY KEY, body text);\n");
    Files.delete(dir.resolve("20240301000000_rules.sql"));
    write(dir, "20240401000000_pins.sql", "CREATE TABLE pins (id bigint PRIMARY KEY);\n");
    write(dir, "20240115000000_late.sql", "CREATE TABLE late (id bigint PRIMARY KEY);\n");

    MigrationStatus status = runner(db, dir).status();

    assertEquals(List.of("20240301000000_rules.sql", "20240201000000_notes.sql", "20240101000000_initial.sql"),
        status.applied().stream().map(AppliedMigration::version).toList());
    assertEquals(List.of(ChecksumState.MISSING, ChecksumState.MODIFIED, ChecksumState.OK),
        status.applied().stream().map(AppliedMigration::state).toList());
    assertEquals(List.of("20240115000000_late.sql", "20240401000000_pins.sql"), status.pending());
    List<String> installedOn = strings(db, "SELECT to_char(installed_on, 'YYYY-MM-DD HH24:MI:SS.US')"
        + " FROM schema_migrations ORDER BY installed_on DESC");
    assertEquals(installedOn, status.applied().stream()
        .map(a -> a.executedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS"))).toList());
    assertTrue(status.formatTable().endsWith("""
        missing: 20240301000000_rules.sql (applied, file no longer present)
        modified: 20240201000000_notes.sql (changed after it was applied)
        pending: 20240115000000_late.sql
        pending: 20240401000000_pins.sql
        """), status.formatTable());
  }

  @Test
  void statusOfAFreshDatabaseListsEverythingAsPendingAndCreatesNothing() {
    DataSource db = Fixtures.freshDatabase();
    write(dir, "20240101000000_initial.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");

    MigrationStatus status = runner(db, dir).status();

    assertEquals(new MigrationStatus(List.of(), List.of("20240101000000_initial.sql")), status);
    assertFalse(tableExists(db, "schema_migrations"));
  }

  @Test
  void statusRefusesADatabaseOfTheGoBot() {
    DataSource db = Fixtures.freshDatabase();
    Fixtures.execute(db, "CREATE TABLE schema_migrations (version varchar(255) PRIMARY KEY, executed_at timestamp)");
    write(dir, "20240101000000_initial.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");

    MigrationException e = assertThrows(MigrationException.class, () -> runner(db, dir).status());

    assertTrue(e.getMessage().contains("was migrated by the original Go Alita Robot"), e.getMessage());
  }
}
