package io.alita.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.app.config.AppConfig;
import io.alita.app.config.Environment;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.FakeBotApi;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process roles, started in-process as `java -jar alita.jar <role>` would start them. */
class ApplicationTest {

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private Map<String, String> env(TestDatabase.Coordinates db) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", db.databaseUrl());
    env.put("AUTO_MIGRATE", "true");
    env.put("MIGRATIONS_PATH", "../migrations");
    env.put("HTTP_PORT", Integer.toString(freePort()));
    return env;
  }

  private Application start(Map<String, String> env, Command.Kind role) throws Exception {
    return Application.start(AppConfig.load(Environment.of(env)), role, dir.resolve("data"), TestConnector.quick());
  }

  private HttpResponse<String> get(Application app, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void runRoleMigratesAndServesHealthAndTheConsole() throws Exception {
    try (Application app = start(env(TestDatabase.create()), Command.Kind.RUN)) {
      HttpResponse<String> health = get(app, "/health");
      assertEquals(200, health.statusCode(), health.body());
      assertEquals("{\"status\":\"ok\",\"checks\":{\"database\":\"ok\",\"migrations\":\"current\"}}", health.body());
      // the console's pages ask for a sign-in first (since the console sign-in landed)
      HttpResponse<String> home = get(app, "/");
      assertEquals(303, home.statusCode());
      assertEquals("/login", home.headers().firstValue("Location").orElse(""));
      assertEquals(200, get(app, "/login").statusCode());
    }
  }

  @Test
  void workerRoleServesHealthButNotTheConsole() throws Exception {
    try (Application app = start(env(TestDatabase.create()), Command.Kind.WORKER)) {
      assertEquals(200, get(app, "/health").statusCode());
      assertEquals(404, get(app, "/").statusCode());
      assertEquals(404, get(app, "/login").statusCode());
    }
  }

  @Test
  void withoutAutoMigrateAPendingSchemaIsReportedUnhealthy() throws Exception {
    Map<String, String> env = env(TestDatabase.create());
    env.put("AUTO_MIGRATE", "false");
    try (Application app = start(env, Command.Kind.CONSOLE)) {
      HttpResponse<String> health = get(app, "/health");
      assertEquals(503, health.statusCode());
      assertTrue(health.body().matches(".*\"detail\":\"\\d+ pending migration\\(s\\)\".*"), health.body());
    }
  }

  @Test
  void noDatabaseUrlStartsTheEmbeddedPostgresAndMigratesIt() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("HTTP_PORT", Integer.toString(freePort()));
    env.put("EMBEDDED_PG_PORT", Integer.toString(freePort()));
    env.put("MIGRATIONS_PATH", "../migrations");
    try (Application app = start(env, Command.Kind.RUN)) {
      assertEquals(200, get(app, "/health").statusCode());
    }
    assertTrue(Files.exists(dir.resolve("data/postgres/PG_VERSION")), "data kept under data/postgres");
  }

  @Test
  void aFailingMigrationStopsStartupNamingTheFile() throws Exception {
    Path migrations = Files.createDirectories(dir.resolve("bad"));
    Files.writeString(migrations.resolve("20240101000000_broken.sql"), "CREATE TABLE ok (id int);\nCREATE TABLE nope (id nosuchtype);");
    Map<String, String> env = env(TestDatabase.create());
    env.put("MIGRATIONS_PATH", migrations.toString());
    StartupException e = assertThrows(StartupException.class, () -> start(env, Command.Kind.RUN));
    assertTrue(e.getMessage().contains("20240101000000_broken.sql"), e.getMessage());
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void silentFailKeepsRunningAndHealthSaysTheSchemaIsNotCurrent() throws Exception {
    Path migrations = Files.createDirectories(dir.resolve("bad"));
    Files.writeString(migrations.resolve("20240101000000_broken.sql"), "CREATE TABLE nope (id nosuchtype);");
    Map<String, String> env = env(TestDatabase.create());
    env.put("MIGRATIONS_PATH", migrations.toString());
    env.put("AUTO_MIGRATE_SILENT_FAIL", "true");
    try (Application app = start(env, Command.Kind.RUN)) {
      assertEquals(503, get(app, "/health").statusCode());
    }
  }

  @Test
  void workerSignsInToTheBotApiServerOverHttp() throws Exception {
    try (FakeBotApi api = FakeBotApi.start()) {
      Map<String, String> env = env(TestDatabase.create());
      env.put("BOT_TOKEN", FakeBotApi.DEFAULT_TOKEN);
      env.put("API_SERVER", "http://127.0.0.1:" + api.port());
      try (Application app = start(env, Command.Kind.WORKER)) {
        api.awaitCall("getme", Duration.ofSeconds(5));
      }
    }
  }

  @Test
  void aRefusedTokenStopsStartupWithAMessage() throws Exception {
    try (FakeBotApi api = FakeBotApi.start()) {
      Map<String, String> env = env(TestDatabase.create());
      env.put("BOT_TOKEN", "7000000002:AAAnotherTokenTheServerDoesNotKnow_0123");
      env.put("API_SERVER", "http://127.0.0.1:" + api.port());
      StartupException e = assertThrows(StartupException.class, () -> start(env, Command.Kind.WORKER));
      assertTrue(e.getMessage().startsWith("BOT_TOKEN: "), e.getMessage());
      assertTrue(!e.getMessage().contains("AAAnotherToken"), "the token is never echoed: " + e.getMessage());
    }
  }
}
