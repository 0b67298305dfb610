package io.alita.postgres.migration;

import static io.alita.postgres.migration.Fixtures.execute;
import static io.alita.postgres.migration.Fixtures.runner;
import static io.alita.postgres.migration.Fixtures.strings;
import static io.alita.postgres.migration.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.postgres.migration.ResetPlan.TableSummary;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationDatabaseResetTest {

  private static final String PUBLIC_SCHEMA = "SELECT concat_ws('|', pg_get_userbyid(nspowner), nspacl::text,"
      + " obj_description(oid, 'pg_namespace')) FROM pg_namespace WHERE nspname = 'public'";

  @TempDir Path dir;

  private DataSource migrated() {
    DataSource db = Fixtures.freshDatabase();
    write(dir, "20240101000000_initial.sql", "CREATE EXTENSION IF NOT EXISTS pgcrypto;\n"
        + "CREATE TABLE users (id bigserial PRIMARY KEY, name text);\nCREATE TABLE notes (id bigint);\n"
        + "CREATE VIEW user_names AS SELECT name FROM users;\n");
    runner(db, dir).migrate();
    return db;
  }

  @Test
  void describeNamesTheDatabaseHostAndEveryTableWithItsRoughSize() {
    DataSource db = migrated();
    execute(db, "INSERT INTO users (name) SELECT 'user ' || g FROM generate_series(1, 3) g");
    execute(db, "ANALYZE users");

    ResetPlan plan = new DatabaseReset(db).describe();

    assertEquals(strings(db, "SELECT current_database()").get(0), plan.database());
    assertEquals("localhost", plan.host());
    assertEquals(List.of("notes", "schema_migrations", "users"),
        plan.tables().stream().map(TableSummary::name).toList());
    assertEquals(3, plan.tables().get(2).approximateRows());
  }

  @Test
  void resetDropsEverythingAndLeavesPublicExactlyAsOnAFreshDatabase() {
    DataSource db = migrated();
    String freshDefaults = strings(Fixtures.freshDatabase(), PUBLIC_SCHEMA).get(0);

    new DatabaseReset(db).reset();

    assertEquals(List.of(), new DatabaseReset(db).describe().tables());
    assertEquals(List.of(), strings(db, "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"));
    assertEquals(List.of(), strings(db, "SELECT extname FROM pg_extension WHERE extname = 'pgcrypto'"));
    assertEquals(freshDefaults, strings(db, PUBLIC_SCHEMA).get(0));
  }

  @Test
  void aResetDatabaseMigratesFromScratch() {
    DataSource db = migrated();
    new DatabaseReset(db).reset();

    MigrationReport report = runner(db, dir).migrate();

    assertEquals(List.of("20240101000000_initial.sql"), report.applied());
  }
}
