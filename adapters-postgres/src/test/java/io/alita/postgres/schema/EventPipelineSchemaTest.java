package io.alita.postgres.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.postgres.migration.MigrationOptions;
import io.alita.postgres.migration.MigrationReport;
import io.alita.postgres.migration.MigrationRunner;
import io.alita.postgres.migration.MigrationSource;
import io.alita.postgres.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Migration 20261207090000: the applied update ids move into processed_events as {@code u<id>}, and the new tables
 * refuse what the bot never writes. None of them is watched by the settings triggers.
 */
class EventPipelineSchemaTest {

  private static final Path MIGRATIONS = Path.of("../migrations");
  private static final String EVENT_PIPELINE = "20261207090000_event_pipeline.sql";

  private static void migrate(TestDatabase.Coordinates db, Path folder) {
    MigrationReport report = new MigrationRunner(db.dataSource(), MigrationSource.directory(folder),
        MigrationOptions.defaults()).migrate();
    assertTrue(report.succeeded(), report.toString());
  }

  @Test
  void appliedUpdateIdsBecomeEventKeys(@TempDir Path before) throws IOException {
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
        if (f.getFileName().toString().compareTo(EVENT_PIPELINE) < 0) {
          Files.copy(f, before.resolve(f.getFileName()));
        }
      }
    }
    TestDatabase.Coordinates db = TestDatabase.create();
    migrate(db, before);
    db.execute("INSERT INTO processed_updates (update_id, processed_at) VALUES (7, '2026-12-06 10:00:00+00'), "
        + "(123456789, '2026-12-06 11:00:00+00')");

    migrate(db, MIGRATIONS);

    assertEquals("u123456789@2026-12-06 11:00:00,u7@2026-12-06 10:00:00", db.text(
        "SELECT string_agg(event_key || '@' || (processed_at AT TIME ZONE 'UTC'), ',' ORDER BY event_key) "
            + "FROM processed_events"));
    assertEquals("0", db.text("SELECT count(*) FROM information_schema.tables WHERE table_name = 'processed_updates'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "INSERT INTO processed_events (event_key) VALUES ('')",
      "INSERT INTO processed_events (event_key) VALUES (repeat('k', 201))",
      "INSERT INTO update_inbox (update_id, chat_id, payload) VALUES (1, -1, '')",
      "INSERT INTO confirmations (token, chat_id, dialog, payload, asked_by, expires_at) "
          + "VALUES ('', -1, 'cf', '', 1, now())",
      "INSERT INTO confirmations (token, chat_id, dialog, payload, asked_by, expires_at) "
          + "VALUES ('t', -1, '', '', 1, now())",
      "INSERT INTO confirmations (token, chat_id, dialog, payload, asked_by, expires_at) "
          + "VALUES ('t', -1, 'cf', repeat('x', 65537), 1, now())",
  })
  void theChecksRefuseWhatTheBotNeverWrites(String insert) {
    TestDatabase.Coordinates db = Shared.DB;
    assertThrows(IllegalStateException.class, () -> db.execute(insert));
  }

  @Test
  void theLongestKeyAndPayloadFit() {
    TestDatabase.Coordinates db = Shared.DB;
    db.execute("INSERT INTO processed_events (event_key) VALUES (repeat('k', 200))");
    db.execute("INSERT INTO confirmations (token, chat_id, dialog, payload, asked_by, expires_at) "
        + "VALUES (repeat('t', 64), -1, repeat('d', 64), repeat('x', 65536), 1, now())");
  }

  @Test
  void noSettingsTriggerWatchesTheNewTables() {
    assertEquals("0", Shared.DB.text("SELECT count(*) FROM information_schema.triggers "
        + "WHERE event_object_table IN ('processed_events', 'update_inbox', 'confirmations')"));
  }

  @Test
  void expiredQuestionsAndOldKeysAreFoundByIndex() {
    assertEquals("2", Shared.DB.text("SELECT count(*) FROM pg_indexes WHERE indexname IN "
        + "('idx_processed_events_processed_at', 'idx_confirmations_expires_at')"));
  }

  /** One migrated database for the checks, made when first used. */
  private static final class Shared {
    static final TestDatabase.Coordinates DB = TestDatabase.migrated();
  }
}
