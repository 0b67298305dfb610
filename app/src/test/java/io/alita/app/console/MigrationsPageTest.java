package io.alita.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.app.TestApps;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import io.alita.web.auth.PasswordHash;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The migrations page: what an operator sees of the schema's state, who may see it, and how a modified, a failed and
 * a pending migration are flagged. The states are made the way they happen: a checksum that no longer matches its
 * file, a failed row in the history, a file added to the migrations folder after startup.
 */
class MigrationsPageTest {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final String OWNER_PASSWORD = "owner password for migrations";
  static final String OPERATOR_PASSWORD = "operator password for migrations";
  static final FakeUser OWNER = FakeUser.of(600, "Olga", "olga_owner");
  static final FakeUser ADMIN = FakeUser.of(601, "Ann", "ann_admin");
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000600L, "Ops group");
  static final Pattern ROW = Pattern.compile("<tr([^>]*data-state=\"[A-Z_]+\"[^>]*)>\\s*<td><code>([^<]+)</code>");

  static Path migrations;
  static List<String> files;
  static TestDatabase.Coordinates db;
  static FakeBotApi api;
  static TestApps.Running app;
  static int port;

  @BeforeAll
  static void start() throws Exception {
    // A copy of the real migrations, so that a test can add a file without touching the project.
    migrations = Files.createTempDirectory("alita-migrations");
    try (Stream<Path> sql = Files.list(Path.of("../migrations"))) {
      for (Path p : sql.filter(p -> p.getFileName().toString().endsWith(".sql")).toList()) {
        Files.copy(p, migrations.resolve(p.getFileName()));
      }
    }
    try (Stream<Path> sql = Files.list(migrations)) {
      files = sql.map(p -> p.getFileName().toString()).sorted(Comparator.reverseOrder()).toList();
    }
    api = FakeBotApi.start();
    api.setLongPollCap(Duration.ofMillis(300));
    api.setChat(GROUP);
    api.setChatMember(GROUP.id(), FakeMembers.fullAdministrator(ADMIN));
    db = TestDatabase.create();
    Map<String, String> env = TestApps.workerEnv(db, api);
    port = Integer.parseInt(env.get("HTTP_PORT"));
    env.put("MIGRATIONS_PATH", migrations.toString());
    env.put("OWNER_ID", Long.toString(OWNER.id()));
    env.put("CONSOLE_URL", "http://127.0.0.1:" + port);
    env.put("CONSOLE_OWNER_PASSWORD_HASH",
        PasswordHash.create(OWNER_PASSWORD.toCharArray(), new SecureRandom()).encoded());
    env.put("CONSOLE_OPERATOR_PASSWORD_HASH",
        PasswordHash.create(OPERATOR_PASSWORD.toCharArray(), new SecureRandom()).encoded());
    app = TestApps.run(env);
    api.updates().text(GROUP, ADMIN, "hello");
    Tracked.awaitInAGroup(db, WAIT, ADMIN);
  }

  @AfterAll
  static void stop() {
    app.close();
    api.close();
  }

  static ConsoleClient signedIn(String role, String password) throws Exception {
    ConsoleClient browser = new ConsoleClient(port);
    HttpResponse<String> r = browser.submit("/login", "/login/password",
        Map.of("role", role, "password", password, "next", "/"));
    assertEquals(303, r.statusCode(), r.body());
    return browser;
  }

  /** The applied table's rows: file name and the row's attributes (class, data-state). */
  static List<String[]> rows(String html) {
    List<String[]> rows = new ArrayList<>();
    Matcher m = ROW.matcher(html);
    while (m.find()) {
      rows.add(new String[] {m.group(2), m.group(1)});
    }
    return rows;
  }

  @Test
  void withoutASessionTheMigrationsPageSendsTheBrowserToSignIn() throws Exception {
    HttpResponse<String> r = new ConsoleClient(port).get("/migrations");

    assertEquals(303, r.statusCode());
    assertEquals("/login?next=%2Fmigrations", r.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void theOperatorSeesEveryAppliedMigrationNewestFirstAndACurrentSchema() throws Exception {
    ConsoleClient operator = signedIn("operator", OPERATOR_PASSWORD);

    HttpResponse<String> page = operator.get("/migrations");

    assertEquals(200, page.statusCode(), page.body());
    List<String[]> rows = rows(page.body());
    assertEquals(files, rows.stream().map(r -> r[0]).toList(), "every file, newest first");
    rows.forEach(r -> assertTrue(r[1].contains("data-state=\"OK\"") && !r[1].contains("row-problem"), r[1]));
    assertTrue(page.body().contains("The schema is current"), page.body());
    assertTrue(page.body().matches("(?s).*<td>\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d</td>.*"), "applied at");
    assertFalse(page.body().contains("id=\"migration-problems\""), page.body());
    assertEquals(1, page.body().split("<form", -1).length - 1, "read-only: the only form is sign out");
    assertTrue(operator.get("/").body().contains("href=\"/migrations\""), "the operator's menu leads there");
  }

  @Test
  void aModifiedAFailedAndAPendingMigrationAreFlaggedWithWhatToDo() throws Exception {
    String modified = files.get(1);
    String failed = "20261126170000_add_search_index.sql";
    String pending = "20991231000000_later.sql";
    db.execute("UPDATE schema_migrations SET checksum = checksum + 1 WHERE script = '" + modified + "'");
    db.execute("INSERT INTO schema_migrations (installed_rank, version, description, type, script, checksum,"
        + " installed_by, execution_time, success) SELECT max(installed_rank) + 1, '20261126170000',"
        + " 'add search index', 'SQL', '" + failed + "', 42, current_user, 12, false FROM schema_migrations");
    Files.writeString(migrations.resolve(pending), "SELECT 1;\n");
    try {
      HttpResponse<String> page = signedIn("owner", OWNER_PASSWORD).get("/migrations");

      assertEquals(200, page.statusCode(), page.body());
      String body = page.body();
      int banner = body.indexOf("id=\"migration-problems\"");
      assertTrue(banner > 0 && banner < body.indexOf("id=\"applied\""), "a banner above the table:\n" + body);
      assertTrue(body.contains("2 migrations need attention"), body);
      assertTrue(body.contains("was changed after it was applied."), body);
      assertTrue(body.contains("Migrations are immutable"), body);
      assertTrue(body.contains("is recorded as a failed attempt."), body);
      assertTrue(body.contains("mark-applied " + failed), body);
      assertTrue(body.contains("Troubleshooting"), body);
      List<String[]> rows = rows(body);
      assertEquals(failed, rows.get(0)[0], "the failed attempt is the newest row");
      assertTrue(rows.get(0)[1].contains("row-problem") && rows.get(0)[1].contains("data-state=\"FAILED\""),
          rows.get(0)[1]);
      String[] modifiedRow = rows.stream().filter(r -> r[0].equals(modified)).findFirst().orElseThrow();
      assertTrue(modifiedRow[1].contains("row-problem") && modifiedRow[1].contains("data-state=\"MODIFIED\""),
          modifiedRow[1]);
      assertEquals(1, rows.stream().filter(r -> r[1].contains("row-problem") && r[1].contains("MODIFIED")).count());
      assertTrue(body.contains("1 migration file is not applied yet."), body);
      assertTrue(body.matches("(?s).*<table id=\"pending\">.*<code>" + pending + "</code>.*"), body);
      assertFalse(body.contains("The schema is current"), body);
    } finally {
      Files.delete(migrations.resolve(pending));
      db.execute("DELETE FROM schema_migrations WHERE script = '" + failed + "'");
      db.execute("UPDATE schema_migrations SET checksum = checksum - 1 WHERE script = '" + modified + "'");
    }
  }

  @Test
  void aGroupAdminIsToldTheMigrationsAreNotForThemAndIsNotShownTheLink() throws Exception {
    ConsoleClient admin = new ConsoleClient(port);
    assertEquals(303, admin.signInWithLink(LoginLinks.request(api, ADMIN, WAIT)).statusCode());

    HttpResponse<String> page = admin.get("/migrations");

    assertEquals(403, page.statusCode());
    assertTrue(page.body().contains("for the bot&#39;s owner, its team and operators"), page.body());
    assertFalse(admin.get("/").body().contains("href=\"/migrations\""));
  }

  @Test
  void theOwnerSignedInWithTheBotsLinkSeesThemToo() throws Exception {
    ConsoleClient owner = new ConsoleClient(port);
    assertEquals(303, owner.signInWithLink(LoginLinks.request(api, OWNER, WAIT)).statusCode());

    HttpResponse<String> page = owner.get("/migrations");

    assertEquals(200, page.statusCode());
    assertEquals(files.get(0), rows(page.body()).get(0)[0]);
  }
}
