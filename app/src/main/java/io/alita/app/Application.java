package io.alita.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.alita.app.config.AppConfig;
import io.alita.postgres.connect.DatabaseConnector;
import io.alita.postgres.connect.DatabaseUnavailableException;
import io.alita.postgres.migration.MigrationException;
import io.alita.postgres.migration.MigrationReport;
import io.alita.postgres.migration.MigrationRunner;
import io.alita.postgres.migration.MigrationStatus;
import io.alita.web.ConsoleRoutes;
import io.alita.web.HealthRoutes;
import io.alita.web.metrics.MetricsRoutes;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running process in one of its roles (run, worker, console). Started in dependency order, closed in reverse:
 * worker (stop taking updates), HTTP server, then the pool and the embedded database.
 */
final class Application implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private final DatabaseRuntime database;
  private final HttpServer http;
  private final Worker worker;

  private Application(DatabaseRuntime database, HttpServer http, Worker worker) {
    this.database = database;
    this.http = http;
    this.worker = worker;
  }

  static Application start(AppConfig config, Command.Kind role, Path dataDirectory, DatabaseConnector connector)
      throws StartupException, DatabaseUnavailableException {
    return start(config, role, dataDirectory, connector, java.time.Clock.systemUTC());
  }

  /** @param clock the time the bot's rules see (tests move it to reach timeouts without waiting) */
  static Application start(AppConfig config, Command.Kind role, Path dataDirectory, DatabaseConnector connector,
      java.time.Clock clock) throws StartupException, DatabaseUnavailableException {
    DatabaseRuntime database = DatabaseRuntime.open(config.database().connection(), config.database().embeddedPort(),
        dataDirectory.resolve("postgres"), config.database().pool(), connector);
    HttpServer http = null;
    Worker worker = null;
    try {
      Injector injector = Guice.createInjector(new AppModule(config, database, role, clock));
      migrate(injector.getInstance(MigrationRunner.class), config.database().migrations().autoMigrate(),
          database.isEmbedded());
      if (role.runsWorker()) {
        worker = injector.getInstance(Worker.class);
        if (!worker.prepare()) {
          worker = null;
        }
      }
      http = new HttpServer(injector.getInstance(HealthRoutes.class), injector.getInstance(MetricsRoutes.class),
          injector.getInstance(com.google.inject.Key.get(new com.google.inject.TypeLiteral<Optional<ConsoleRoutes>>() { })),
          worker == null ? Optional.empty() : worker.routes());
      http.start(config.httpPort());
      if (worker != null) {
        worker.start();
      }
      return new Application(database, http, worker);
    } catch (StartupException | RuntimeException e) {
      closeQuietly(worker);
      closeQuietly(http);
      database.close();
      throw e;
    }
  }

  private static void migrate(MigrationRunner runner, boolean autoMigrate, boolean embedded) throws StartupException {
    if (autoMigrate || embedded) {
      try {
        MigrationReport report = runner.migrate();
        if (!report.succeeded()) {
          LOG.warn("[Migrations] Continuing without a current schema (AUTO_MIGRATE_SILENT_FAIL=true)");
        }
      } catch (MigrationException e) {
        throw new StartupException(e.getMessage()
            + "\nFix the migration, or see README.md \"Troubleshooting\" (AUTO_MIGRATE_SILENT_FAIL, mark-applied).");
      }
      return;
    }
    MigrationStatus status = runner.status();
    if (!status.pending().isEmpty()) {
      LOG.warn("{} migration(s) pending and AUTO_MIGRATE is off: run `java -jar alita.jar migrate` (or make psql-migrate) "
          + "or set AUTO_MIGRATE=true; /health answers 503 until then", status.pending().size());
    }
  }

  int httpPort() {
    return http.port();
  }

  /** The HTTP server's routes, {@code "METHOD /path"} (see {@link HttpServer#routes()}). */
  java.util.List<String> httpRoutes() {
    return http.routes();
  }

  @Override
  public void close() {
    closeQuietly(worker);
    closeQuietly(http);
    database.close();
    LOG.info("Stopped");
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception e) {
      LOG.warn("Error while stopping {}: {}", c.getClass().getSimpleName(), e.getMessage());
    }
  }
}
