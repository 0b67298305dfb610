package io.alita.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.app.config.Environment;
import io.alita.postgres.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program's one-shot commands, as an operator runs them, against a real PostgreSQL. */
class MainTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String stdin, String... args) {
    Main main = new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        dir.resolve("data"), TestConnector.quick());
    return main.execute(Environment.of(env), args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static Map<String, String> psqlEnv(TestDatabase.Coordinates db) {
    Map<String, String> env = new HashMap<>();
    env.put("PSQL_DB_HOST", db.host());
    env.put("PSQL_DB_PORT", Integer.toString(db.port()));
    env.put("PSQL_DB_NAME", db.database());
    env.put("PSQL_DB_USER", db.user());
    env.put("PSQL_DB_PASSWORD", db.password());
    env.put("PSQL_DB_SSLMODE", "disable");
    env.put("MIGRATIONS_PATH", "../migrations");
    return env;
  }

  private static int tableCount(TestDatabase.Coordinates db) throws Exception {
    try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void badDatabaseUrlStopsWithOneLineNamingTheVariableAndTheFix() {
    int code = run(Map.of("DATABASE_URL", "postgres://u:secret@db:5432/alita?sslmode=verify"), "", "migrate");
    assertEquals(2, code);
    assertEquals("DATABASE_URL: unsupported sslmode 'verify'; use disable, require, verify-ca or verify-full",
        err().strip());
    assertFalse(err().contains("secret"));
  }

  @Test
  void everyBadVariableIsReportedOnItsOwnLine() {
    int code = run(Map.of("DB_MAX_OPEN_CONNS", "abc", "HTTP_PORT", "99999"), "", "migrate");
    assertEquals(2, code);
    String[] lines = err().strip().split("\n");
    assertEquals(2, lines.length, err());
    assertTrue(err().contains("DB_MAX_OPEN_CONNS: "), err());
    assertTrue(err().contains("HTTP_PORT: "), err());
    assertFalse(err().contains("Exception"), err());
  }

  @Test
  void psqlTargetsNameTheMissingVariables() {
    int code = run(Map.of("PSQL_DB_HOST", "localhost"), "", "status", "--psql-env");
    assertEquals(1, code);
    assertTrue(err().contains("❌ Error: Required environment variables not set"), err());
    assertTrue(err().contains("Please set: PSQL_DB_HOST, PSQL_DB_NAME, PSQL_DB_USER"), err());
    assertTrue(err().contains("PSQL_DB_NAME"), err());
  }

  @Test
  void psqlMigrateAppliesTheSchemaAndStatusPrintsTheSeedTable() throws Exception {
    TestDatabase.Coordinates db = TestDatabase.create();
    assertEquals(0, run(psqlEnv(db), "", "migrate", "--psql-env"), err());
    assertTrue(tableCount(db) > 25);
    out.reset();
    assertEquals(0, run(psqlEnv(db), "", "status", "--psql-env"), err());
    String[] lines = out().split("\n");
    assertEquals("version | executed_at", lines[0]);
    assertEquals("----------------------------+----------------------------", lines[1]);
    String row = "\\d{14}_[a-z_]+\\.sql \\| \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}";
    assertTrue(lines.length >= 4, out());
    for (int i = 2; i < lines.length; i++) {
      assertTrue(lines[i].matches(row), lines[i]);
    }
    assertTrue(out().contains("20261126090000_initial_schema.sql | "), out());
    assertTrue(out().indexOf("20261126120000_processed_updates.sql") < out().indexOf("20261126090000_initial_schema.sql"),
        "newest first: " + out());
  }

  @Test
  void resetWithoutYesChangesNothing() throws Exception {
    TestDatabase.Coordinates db = TestDatabase.create();
    run(psqlEnv(db), "", "migrate", "--psql-env");
    int before = tableCount(db);
    out.reset();
    assertEquals(1, run(psqlEnv(db), "y\n", "reset", "--psql-env"));
    assertTrue(out().contains("🔥 WARNING: This will DROP ALL TABLES in the database!"), out());
    assertTrue(out().contains("Database: " + db.database() + " on " + db.host()), out());
    assertTrue(out().contains("warns_users"), "lists what it will destroy: " + out());
    assertTrue(out().contains("Type 'yes' to confirm: "), out());
    assertTrue(out().contains("Cancelled"), out());
    assertEquals(before, tableCount(db));
    assertEquals(1, run(psqlEnv(db), "", "reset", "--psql-env"), "end of input cancels too");
    assertEquals(before, tableCount(db));
  }

  @Test
  void resetWithYesDropsEverything() throws Exception {
    TestDatabase.Coordinates db = TestDatabase.create();
    run(psqlEnv(db), "", "migrate", "--psql-env");
    out.reset();
    assertEquals(0, run(psqlEnv(db), "yes\n", "reset", "--psql-env"), err());
    assertTrue(out().contains("✅ Database reset complete"), out());
    assertEquals(0, tableCount(db));
  }

  @Test
  void markAppliedRecordsAFileSoMigrateSkipsIt() throws Exception {
    TestDatabase.Coordinates db = TestDatabase.create();
    Path migrations = Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(migrations.resolve("20240101000000_first.sql"), "CREATE TABLE first (id int);");
    Files.writeString(migrations.resolve("20240102000000_half_applied.sql"), "CREATE TABLE first (id int);");
    Map<String, String> env = psqlEnv(db);
    env.put("MIGRATIONS_PATH", migrations.toString());

    assertEquals(1, run(env, "", "migrate", "--psql-env"));
    assertTrue(err().contains("20240102000000_half_applied.sql"), "names the failing file: " + err());
    assertFalse(err().contains("\tat "), "no stack trace: " + err());

    assertEquals(0, run(env, "", "mark-applied", "--psql-env", "20240102000000_half_applied.sql"), err());
    assertEquals(0, run(env, "", "migrate", "--psql-env"), err());
    out.reset();
    run(env, "", "status", "--psql-env");
    assertTrue(out().contains("20240102000000_half_applied.sql | "), out());
  }

  @Test
  void unreachableDatabaseEndsWithTheSeedsMessageAndHints() {
    Map<String, String> env = new HashMap<>(Map.of("PSQL_DB_HOST", "127.0.0.1", "PSQL_DB_PORT", "1",
        "PSQL_DB_NAME", "alita", "PSQL_DB_USER", "alita", "PSQL_DB_PASSWORD", "s3cr3t-pw"));
    assertEquals(1, run(env, "", "status", "--psql-env"));
    assertTrue(err().startsWith("Failed to connect to database: connection refused"), err());
    assertTrue(err().contains("Verify PostgreSQL is running"), err());
    assertFalse(err().contains("s3cr3t-pw"));
    assertFalse(err().contains("Exception"), err());
  }

  @Test
  void unknownCommandPrintsUsage() {
    assertEquals(2, run(Map.of(), "", "mirgate"));
    assertTrue(err().startsWith("alita: unknown command 'mirgate'"), err());
    assertTrue(err().contains("usage: java -jar alita.jar"), err());
  }
}
