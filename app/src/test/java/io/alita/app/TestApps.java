package io.alita.app;

import io.alita.app.config.AppConfig;
import io.alita.app.config.Environment;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.FakeBotApi;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/** Starts the real program's roles for end-to-end tests in other packages. */
public final class TestApps {

  private TestApps() {}

  public static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** The environment of a worker on {@code db} talking to {@code api}. */
  public static Map<String, String> workerEnv(TestDatabase.Coordinates db, FakeBotApi api) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", db.databaseUrl());
    env.put("AUTO_MIGRATE", "true");
    env.put("MIGRATIONS_PATH", "../migrations");
    env.put("HTTP_PORT", Integer.toString(freePort()));
    env.put("BOT_TOKEN", FakeBotApi.DEFAULT_TOKEN);
    env.put("API_SERVER", "http://127.0.0.1:" + api.port());
    return env;
  }

  /** A running worker; close it to stop it. */
  public static Running worker(TestDatabase.Coordinates db, FakeBotApi api, Map<String, String> extra) throws Exception {
    Map<String, String> env = workerEnv(db, api);
    env.putAll(extra);
    return start(env, Command.Kind.WORKER);
  }

  /** The worker and the console in one process (the default role). */
  public static Running run(Map<String, String> env) throws Exception {
    return start(env, Command.Kind.RUN);
  }

  /** The console alone, with exactly this environment. */
  public static Running console(Map<String, String> env) throws Exception {
    return start(env, Command.Kind.CONSOLE);
  }

  /** A running console role (no bot) on {@code db}: a second, independent process beside a worker. */
  public static Running console(TestDatabase.Coordinates db, Map<String, String> extra) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", db.databaseUrl());
    env.put("AUTO_MIGRATE", "true");
    env.put("MIGRATIONS_PATH", "../migrations");
    env.put("HTTP_PORT", Integer.toString(freePort()));
    env.putAll(extra);
    return start(env, Command.Kind.CONSOLE);
  }

  public static Running start(Map<String, String> env, Command.Kind role) throws Exception {
    return start(env, role, java.time.Clock.systemUTC());
  }

  public static Running start(Map<String, String> env, Command.Kind role, java.time.Clock clock) throws Exception {
    Application app = Application.start(AppConfig.load(Environment.of(env)), role,
        Files.createTempDirectory("alita-test"), TestConnector.quick(), clock);
    return new Running(app);
  }

  /** {@code role} started with {@code connector} waiting for the database (the others use {@link TestConnector#quick}). */
  public static Running start(Map<String, String> env, Command.Kind role,
      io.alita.postgres.connect.DatabaseConnector connector) throws Exception {
    Application app = Application.start(AppConfig.load(Environment.of(env)), role,
        Files.createTempDirectory("alita-test"), connector, java.time.Clock.systemUTC());
    return new Running(app);
  }

  /** A worker whose rules see {@code clock}. */
  public static Running worker(TestDatabase.Coordinates db, FakeBotApi api, Map<String, String> extra,
      java.time.Clock clock) throws Exception {
    Map<String, String> env = workerEnv(db, api);
    env.putAll(extra);
    return start(env, Command.Kind.WORKER, clock);
  }

  /** A started role. */
  public static final class Running implements AutoCloseable {
    private final Application app;

    Running(Application app) {
      this.app = app;
    }

    public int httpPort() {
      return app.httpPort();
    }

    /** Every route the running HTTP server answers, {@code "METHOD /path/{param}"}, read from its router. */
    public java.util.List<String> httpRoutes() {
      return app.httpRoutes();
    }

    @Override
    public void close() {
      app.close();
    }
  }
}
