package io.alita.postgres.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MigrationSupabaseSqlCleanerTest {

  private static String clean(String sql) {
    return SupabaseSqlCleaner.clean(sql);
  }

  @Test
  void grantsToSupabaseRolesGoQuotedOrNotAndLeaveTheirLinesBehind() {
    String sql = "CREATE TABLE t (id int);\n"
        + "GRANT ALL ON TABLE \"public\".\"t\" TO \"anon\";\n"
        + "GRANT SELECT ON t TO authenticated;\n"
        + "grant usage on schema public to SERVICE_ROLE;\n"
        + "GRANT ALL ON SEQUENCE \"public\".\"t_id_seq\" TO \"service_role\";\n"
        + "GRANT ALL ON FUNCTION \"public\".\"f\"(integer, text) TO \"anon\";\n"
        + "SELECT 1;\n";

    assertEquals("CREATE TABLE t (id int);\n\n\n\n\n\nSELECT 1;\n", clean(sql));
  }

  @Test
  void aGrantSpreadOverSeveralLinesToSeveralSupabaseRolesGoesWhole() {
    String sql = "GRANT SELECT, INSERT, UPDATE\n    ON TABLE \"public\".\"notes\"\n    TO \"anon\", \"authenticated\","
        + " service_role;\nSELECT 1;";

    assertEquals("\n\n\nSELECT 1;", clean(sql));
  }

  @Test
  void otherGranteesOfTheSameGrantStay() {
    assertEquals("GRANT SELECT ON t TO alita_reader WITH GRANT OPTION;",
        clean("GRANT SELECT ON t TO anon, alita_reader, \"authenticated\" WITH GRANT OPTION;"));
    assertEquals("grant select on table public.chats to postgres;",
        clean("grant select on table public.chats to anon, postgres;"));
  }

  @Test
  void grantsToOtherRolesStayIncludingAQuotedRoleThatOnlyLooksAlike() {
    String sql = "GRANT USAGE ON SCHEMA \"public\" TO \"postgres\";\nGRANT SELECT ON t TO \"Anon\";\n"
        + "GRANT SELECT ON anon_stats TO reporting;\n";

    assertEquals(sql, clean(sql));
  }

  @Test
  void revokesFromSupabaseRolesGo() {
    assertEquals("\nREVOKE ALL ON t FROM PUBLIC;",
        clean("REVOKE ALL ON TABLE t FROM \"anon\", authenticated;\nREVOKE ALL ON t FROM PUBLIC;"));
  }

  @Test
  void grantingOrGrantedByASupabaseRoleGoes() {
    assertEquals("\nGRANT alita_owner TO alita;",
        clean("GRANT anon TO authenticator;\nGRANT alita_owner TO alita;"));
    assertEquals("", clean("GRANT SELECT ON t TO postgres GRANTED BY supabase_admin;"));
  }

  @Test
  void defaultPrivilegesForSupabaseRolesGo() {
    String sql = "ALTER DEFAULT PRIVILEGES FOR ROLE \"postgres\" IN SCHEMA \"public\" GRANT ALL ON TABLES  TO \"anon\";\n"
        + "ALTER DEFAULT PRIVILEGES FOR ROLE \"postgres\" IN SCHEMA \"public\" GRANT ALL ON TABLES  TO \"postgres\";\n"
        + "ALTER DEFAULT PRIVILEGES FOR ROLE \"supabase_admin\" IN SCHEMA \"public\" GRANT ALL ON TABLES  TO \"postgres\";\n"
        + "ALTER DEFAULT PRIVILEGES IN SCHEMA public\n    GRANT SELECT ON TABLES\n    TO anon, authenticated, reporting;\n"
        + "ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON FUNCTIONS FROM service_role;\n";

    assertEquals("\n"
        + "ALTER DEFAULT PRIVILEGES FOR ROLE \"postgres\" IN SCHEMA \"public\" GRANT ALL ON TABLES  TO \"postgres\";\n"
        + "\n"
        + "ALTER DEFAULT PRIVILEGES IN SCHEMA public\n    GRANT SELECT ON TABLES\n    TO reporting;\n"
        + "\n", clean(sql));
  }

  @Test
  void policiesAndRowLevelSecurityGo() {
    String sql = "CREATE POLICY \"Enable read access for all users\" ON \"public\".\"users\" FOR SELECT USING (true);\n"
        + "CREATE POLICY \"members\"\n  ON notes\n  FOR ALL\n  TO \"authenticated\"\n  USING ((chat_id IS NOT NULL));\n"
        + "ALTER POLICY members ON notes TO anon;\n"
        + "DROP POLICY IF EXISTS members ON notes;\n"
        + "ALTER TABLE \"public\".\"users\" ENABLE ROW LEVEL SECURITY;\n"
        + "ALTER TABLE ONLY notes FORCE ROW LEVEL SECURITY;\n"
        + "alter table notes no force row level security;\n"
        + "ALTER TABLE notes DISABLE ROW LEVEL SECURITY;\n"
        + "ALTER TABLE notes ADD COLUMN x int;\n";

    assertEquals("\n".repeat(12) + "ALTER TABLE notes ADD COLUMN x int;\n", clean(sql));
  }

  @Test
  void supabaseOnlyExtensionsAreSkippedAndOthersMadeIdempotentInPublic() {
    String sql = "CREATE EXTENSION IF NOT EXISTS \"pg_graphql\" WITH SCHEMA \"graphql\";\n"
        + "COMMENT ON EXTENSION \"pg_graphql\" IS 'pg_graphql: GraphQL support';\n"
        + "CREATE EXTENSION hypopg WITH SCHEMA \"extensions\";\n"
        + "create extension if not exists index_advisor with schema extensions;\n"
        + "CREATE EXTENSION IF NOT EXISTS \"pgcrypto\" WITH SCHEMA \"extensions\";\n"
        + "COMMENT ON EXTENSION \"pgcrypto\" IS 'cryptographic functions';\n"
        + "create extension \"uuid-ossp\" with schema extensions;\n"
        + "CREATE EXTENSION pg_trgm SCHEMA extensions VERSION '1.6';\n"
        + "CREATE EXTENSION citext;\n"
        + "CREATE EXTENSION postgis WITH SCHEMA gis;\n";

    assertEquals("-- Skipped Supabase-specific extension: pg_graphql\n"
        + "\n"
        + "-- Skipped Supabase-specific extension: hypopg\n"
        + "-- Skipped Supabase-specific extension: index_advisor\n"
        + "CREATE EXTENSION IF NOT EXISTS \"pgcrypto\" WITH SCHEMA public;\n"
        + "COMMENT ON EXTENSION \"pgcrypto\" IS 'cryptographic functions';\n"
        + "create extension IF NOT EXISTS \"uuid-ossp\" with schema public;\n"
        + "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public VERSION '1.6';\n"
        + "CREATE EXTENSION IF NOT EXISTS citext;\n"
        + "CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA gis;\n", clean(sql));
  }

  @Test
  void everyListedSupabaseExtensionIsSkipped() {
    for (String name : new String[] {"hypopg", "index_advisor", "pg_graphql", "pg_stat_monitor", "pgaudit", "plv8",
        "pgsodium", "vault", "wrappers", "supabase_vault", "pg_net", "pgjwt"}) {
      assertEquals("-- Skipped Supabase-specific extension: " + name, clean("CREATE EXTENSION \"" + name + "\";"));
    }
  }

  @Test
  void aSkippedExtensionSharingItsLineWithAnotherStatementBecomesABlockComment() {
    assertEquals("/* Skipped Supabase-specific extension: hypopg */ CREATE TABLE t (id int);",
        clean("CREATE EXTENSION hypopg; CREATE TABLE t (id int);"));
  }

  @Test
  void ownershipBySupabaseRolesGoesButPostgresStays() {
    String sql = "ALTER TABLE \"public\".\"users\" OWNER TO \"postgres\";\n"
        + "ALTER TABLE \"public\".\"chats\" OWNER TO \"supabase_admin\";\n"
        + "ALTER FUNCTION \"public\".\"f\"() OWNER TO supabase_admin;\n"
        + "ALTER SCHEMA \"public\" OWNER TO \"pg_database_owner\";\n";

    assertEquals("ALTER TABLE \"public\".\"users\" OWNER TO \"postgres\";\n\n\n"
        + "ALTER SCHEMA \"public\" OWNER TO \"pg_database_owner\";\n", clean(sql));
  }

  @Test
  void topLevelTransactionControlGoesBecauseTheRunnerOwnsTheTransaction() {
    String sql = "BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\nSTART TRANSACTION ISOLATION LEVEL SERIALIZABLE;\n"
        + "begin transaction;\nCREATE TABLE b (id int);\ncommit work;\nEND;\nEND TRANSACTION;\n";

    assertEquals("\nCREATE TABLE a (id int);\n\n\n\nCREATE TABLE b (id int);\n\n\n\n", clean(sql));
  }

  @Test
  void topLevelRollbackIsRefusedWithItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> clean("BEGIN;\nCREATE TABLE a (id int);\nROLLBACK;\n"));

    assertEquals("top-level ROLLBACK at line 3: a migration runs in one transaction and must not roll it back",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> clean("abort;"));
  }

  @Test
  void rollbackToASavepointStays() {
    String sql = "SAVEPOINT s;\nDELETE FROM t;\nROLLBACK TO SAVEPOINT s;\nRELEASE SAVEPOINT s;\n";

    assertEquals(sql, clean(sql));
  }

  @Test
  void textInsideStringsDollarQuotedBodiesAndCommentsIsLeftAlone() {
    String sql = "-- GRANT ALL ON TABLE t TO anon;\n"
        + "/* COMMIT; CREATE POLICY p ON t; */\n"
        + "INSERT INTO notes (note_content) VALUES ('GRANT ALL ON t TO anon; COMMIT;'), (E'it\\'s; GRANT x TO anon;');\n"
        + "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$\nBEGIN\n"
        + "  EXECUTE 'GRANT SELECT ON t TO anon';\n  RETURN 'COMMIT;';\nEND;\n$$;\n"
        + "DO $do$ BEGIN PERFORM 1; COMMIT; END $do$;\n"
        + "CREATE FUNCTION one() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\nEND;\n";

    assertEquals(sql, clean(sql));
  }

  @Test
  void noIdempotencyRewritesAreAdded() {
    String sql = "CREATE TABLE users (id int);\nCREATE INDEX idx_users ON users (id);\n"
        + "ALTER TABLE ONLY users ADD CONSTRAINT uk_users UNIQUE (id);\nCREATE TYPE mood AS ENUM ('ok');\n";

    assertEquals(sql, clean(sql));
  }

  @Test
  void cleaningTwiceChangesNothingMore() {
    String sql = Fixtures.resource("migration-fixtures/supabase/20250805200527_initial_migration.sql");

    String once = clean(sql);

    assertEquals(once, clean(once));
  }
}
