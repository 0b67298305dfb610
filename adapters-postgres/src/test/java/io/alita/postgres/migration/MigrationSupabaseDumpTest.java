package io.alita.postgres.migration;

import static io.alita.postgres.migration.Fixtures.strings;
import static io.alita.postgres.migration.Fixtures.tableExists;
import static io.alita.postgres.migration.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.postgres.migration.SqlScript.Statement;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A realistic Supabase pg_dump (as the original's first migration is), cleaned and applied on a plain PostgreSQL. */
class MigrationSupabaseDumpTest {

  private static final String DUMP_NAME = "20250805200527_initial_migration.sql";
  private static final String DUMP = Fixtures.resource("migration-fixtures/supabase/" + DUMP_NAME);
  private static final Pattern SUPABASE_ROLE =
      Pattern.compile("\"?\\b(anon|authenticated|service_role|supabase_admin)\\b\"?", Pattern.CASE_INSENSITIVE);

  @TempDir Path dir;

  @Test
  void theDumpReallyIsFullOfSupabaseGrants() {
    long grants = SqlScript.parse(DUMP).statements().stream()
        .filter(s -> s.startsWith("GRANT") || s.startsWith("ALTER", "DEFAULT", "PRIVILEGES"))
        .filter(s -> SUPABASE_ROLE.matcher(SqlScript.normalized(s)).find())
        .count();

    assertTrue(grants >= 40, "fixture has " + grants + " Supabase grants");
  }

  @Test
  void cleaningKeepsEveryLineAndLeavesNoStatementForSupabase() {
    String cleaned = SupabaseSqlCleaner.clean(DUMP);

    assertEquals(DUMP.lines().count(), cleaned.lines().count(), "line numbers are preserved");
    List<String> leftovers = SqlScript.parse(cleaned).statements().stream()
        .filter(s -> !s.startsWith("CREATE", "OR", "REPLACE", "FUNCTION")) // bodies may mention anything
        .map(SqlScript::normalized)
        .filter(s -> SUPABASE_ROLE.matcher(s).find() || s.contains("POLICY") || s.contains("ROW LEVEL SECURITY")
            || s.contains("\"extensions\"") || s.contains("schema extensions"))
        .toList();
    assertEquals(List.of(), leftovers);
    assertTrue(cleaned.contains("-- Skipped Supabase-specific extension: pg_graphql"));
    assertTrue(cleaned.contains("-- Skipped Supabase-specific extension: supabase_vault"));
    assertTrue(cleaned.contains("-- Skipped Supabase-specific extension: pgjwt"));
    assertTrue(cleaned.contains("-- Skipped Supabase-specific extension: hypopg"));
    assertTrue(cleaned.contains("CREATE EXTENSION IF NOT EXISTS \"pgcrypto\" WITH SCHEMA public;"));
    assertTrue(cleaned.contains("create extension if not exists \"uuid-ossp\" with schema public;"));
    assertTrue(cleaned.contains("RETURN 'GRANT ALL ON TABLE \"public\".\"notes\" TO \"anon\";';"),
        "the function body is untouched");
    assertTrue(cleaned.contains("-- GRANT ALL ON TABLE \"public\".\"users\" TO \"anon\";   (a comment: stays as it is)"));
    assertTrue(cleaned.contains("grant select on table public.chats to postgres;"));
  }

  @Test
  void theCleanedDumpAppliesOnPlainPostgresWhereSupabaseRolesDoNotExist() {
    DataSource db = Fixtures.freshDatabase();
    assertEquals(List.of(), strings(db,
        "SELECT rolname FROM pg_roles WHERE rolname IN ('anon', 'authenticated', 'service_role', 'supabase_admin')"));
    write(dir, DUMP_NAME, DUMP);
    // The dump empties search_path for its session; the next file must still see public.
    write(dir, "20250805204145_add_foreign_key_relations.sql", """
        BEGIN;
        ALTER TABLE notes ADD CONSTRAINT uk_notes_chat_note UNIQUE (chat_id, note_name);
        INSERT INTO chats (chat_id, chat_name) VALUES (-100123, 'test chat');
        COMMIT;
        """);

    MigrationReport report = Fixtures.runner(db, dir).migrate();

    assertEquals(List.of(DUMP_NAME, "20250805204145_add_foreign_key_relations.sql"), report.applied());
    for (String table : List.of("users", "chats", "notes", "captcha_settings")) {
      assertTrue(tableExists(db, table), table);
    }
    assertEquals(List.of("GRANT ALL ON TABLE \"public\".\"notes\" TO \"anon\";"),
        strings(db, "SELECT public.permission_hint()"));
    assertEquals(List.of("1"), strings(db, "SELECT id FROM chats"), "the sequence default from the dump works");
    assertEquals(List.of(), strings(db, "SELECT policyname FROM pg_policies"));
    assertEquals(List.of(), strings(db, "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"
        + " AND (relrowsecurity OR relforcerowsecurity)"));
    assertEquals(Set.of("pgcrypto", "uuid-ossp", "pg_stat_statements"), Set.copyOf(strings(db,
        "SELECT extname FROM pg_extension WHERE extnamespace = 'public'::regnamespace")));
    assertEquals(List.of("postgres"), strings(db, "SELECT tableowner FROM pg_tables WHERE tablename = 'chats'"));
  }

  @Test
  void aFailureInsideTheDumpPointsAtTheDumpsOwnLine() {
    DataSource db = Fixtures.freshDatabase();
    String broken = DUMP.replace("ALTER TABLE ONLY \"public\".\"notes\"\n    ADD CONSTRAINT \"fk_notes_chat\"",
        "ALTER TABLE ONLY \"public\".\"notes\"\n    ADD CONSTRAINT \"fk_notes_chat_missing\" FOREIGN KEY (\"x\")"
            + " REFERENCES \"public\".\"nope\"(\"id\"),\n    ADD CONSTRAINT \"fk_notes_chat\"");
    write(dir, DUMP_NAME, broken);
    List<Statement> statements = SqlScript.parse(broken).statements();
    int index = 0;
    while (!SqlScript.normalized(statements.get(index)).contains("fk_notes_chat_missing")) {
      index++;
    }
    int line = statements.get(index).startLine();

    MigrationException e = assertThrows(db);

    assertEquals("Migration " + DUMP_NAME + " failed at line " + line + " (statement " + (index + 1) + "):"
        + " ALTER TABLE ONLY \"public\".\"notes\"...: ERROR: relation \"public.nope\" does not exist", e.getMessage());
    assertTrue(broken.lines().skip(line - 1).findFirst().orElseThrow().startsWith("ALTER TABLE ONLY"));
    assertEquals(List.of(), strings(db, "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"
        + " AND relname = 'users'"));
  }

  private MigrationException assertThrows(DataSource db) {
    return org.junit.jupiter.api.Assertions.assertThrows(MigrationException.class,
        () -> Fixtures.runner(db, dir).migrate());
  }
}
