package io.alita.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.app.config.Environment;
import io.alita.postgres.testing.GoAlitaDatabase;
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

  private static Map<String, String> target(TestDatabase.Coordinates db) {
    return Map.of("DATABASE_URL", db.databaseUrl(), "MIGRATIONS_PATH", "../migrations");
  }

  private static String text(TestDatabase.Coordinates db, String sql) {
    return db.text(sql);
  }

  @Test
  void adoptMigratesTheTargetCopiesTheGoDatabaseAndPrintsTheTable() {
    TestDatabase.Coordinates go = GoAlitaDatabase.withRows();
    TestDatabase.Coordinates fresh = TestDatabase.create();

    assertEquals(0, run(target(fresh), "", "adopt", "--from", go.databaseUrl()), err());

    assertTrue(out().startsWith("table "), out());
    assertTrue(out().contains("\nnotes "), out());
    assertTrue(out().contains("Refused values ("), out());
    assertTrue(out().contains("chat -1001000000002: warns_settings.warn_limit = 500 is out of range"), out());
    assertTrue(out().strip().endsWith("Committed: the target now holds the Go database's data."), out());
    assertEquals("4", text(fresh, "SELECT count(*) FROM notes"));
  }

  @Test
  void adoptDryRunPrintsTheTableAndLeavesTheTargetEmpty() {
    TestDatabase.Coordinates go = GoAlitaDatabase.withRows();
    TestDatabase.Coordinates ours = TestDatabase.migrated();

    assertEquals(0, run(target(ours), "", "adopt", "--dry-run", "--from=" + go.databaseUrl()), err());

    assertTrue(out().contains("\nnotes "), out());
    assertTrue(out().strip().endsWith("Dry run: everything above was rolled back, the target is unchanged."), out());
    assertEquals("0", text(ours, "SELECT count(*) FROM notes"));
    assertEquals("0", text(ours, "SELECT count(*) FROM users"));
  }

  @Test
  void adoptWithoutFromIsAUsageError() {
    assertEquals(2, run(Map.of(), "", "adopt"));
    assertTrue(err().startsWith("alita: adopt needs --from <DATABASE_URL of the Go Alita database>"), err());
    assertFalse(err().contains("Exception"), err());
  }

  @Test
  void adoptFromAnUnreachableDatabaseIsOneLineNamingTheFix() {
    TestDatabase.Coordinates ours = TestDatabase.migrated();

    assertEquals(1, run(target(ours), "", "adopt", "--from", "postgres://go:s3cr3t-pw@127.0.0.1:1/alita"));

    assertEquals(1, err().strip().lines().count(), err());
    assertTrue(err().startsWith("alita adopt: Cannot reach the Go Alita database postgres://go:***@127.0.0.1:1/alita"),
        err());
    assertFalse(err().contains("s3cr3t-pw"), err());
    assertFalse(err().contains("Exception"), err());
  }

  @Test
  void adoptFromADatabaseThatIsNotTheGoBotsIsRefused() {
    TestDatabase.Coordinates notGo = TestDatabase.migrated();
    TestDatabase.Coordinates ours = TestDatabase.migrated();

    assertEquals(1, run(target(ours), "", "adopt", "--from", notGo.databaseUrl()));

    assertTrue(err().startsWith("alita adopt: Database " + notGo.database() + " given to --from is not a Go Alita"
        + " Robot database"), err());
    assertEquals(1, err().strip().lines().count(), err());
  }

  @Test
  void adoptIntoTheGoDatabaseItselfOrAnotherGoDatabaseIsRefused() {
    TestDatabase.Coordinates go = GoAlitaDatabase.withRows();
    TestDatabase.Coordinates otherGo = GoAlitaDatabase.schemaOnly();

    assertEquals(2, run(target(go), "", "adopt", "--from", go.databaseUrl()));
    assertTrue(err().startsWith("alita adopt: --from and DATABASE_URL name the same database"), err());

    err.reset();
    assertEquals(1, run(target(otherGo), "", "adopt", "--from", go.databaseUrl()));
    assertTrue(err().contains("was migrated by the original Go Alita Robot"), err());
    assertTrue(err().contains("alita.jar adopt --from"), err());
  }

  @Test
  void aGoDatabaseAsDatabaseUrlIsRefusedNamingTheAdoptCommand() {
    TestDatabase.Coordinates go = GoAlitaDatabase.schemaOnly();

    assertEquals(1, run(target(go), "", "migrate"));

    assertTrue(err().contains("point DATABASE_URL at a fresh, empty database and copy this one into it with"
        + " `java -jar alita.jar adopt --from <this database's URL>`"), err());
  }
}
