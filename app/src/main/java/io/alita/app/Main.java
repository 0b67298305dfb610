package io.alita.app;

import io.alita.app.config.AppConfig;
import io.alita.app.config.ConfigError;
import io.alita.app.config.ConfigException;
import io.alita.app.config.Environment;
import io.alita.app.logging.LogLevels;
import io.alita.app.logging.Secrets;
import io.alita.postgres.adopt.AdoptionException;
import io.alita.postgres.adopt.AdoptionReport;
import io.alita.postgres.adopt.GoAlitaAdoption;
import io.alita.postgres.config.ConnectionSettings;
import io.alita.postgres.config.DatabaseUrl;
import io.alita.postgres.config.PoolSettings;
import io.alita.postgres.connect.DatabaseConnector;
import io.alita.postgres.connect.DatabaseUnavailableException;
import io.alita.postgres.migration.DatabaseReset;
import io.alita.postgres.migration.MigrationException;
import io.alita.postgres.migration.MigrationOptions;
import io.alita.postgres.migration.MigrationRunner;
import io.alita.postgres.migration.MigrationSource;
import io.alita.postgres.migration.ResetPlan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.Console;
import java.security.SecureRandom;
import io.alita.web.auth.PasswordHash;

/**
 * The program: {@code java -jar alita.jar [command]}. Configuration mistakes and unreachable databases end with a
 * message the operator can act on and a non-zero exit code, never a stack trace.
 */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  /** A small pool for one-shot commands: they run a handful of statements. */
  private static final PoolSettings ONE_SHOT_POOL = new PoolSettings(1, 2, 60, 10);

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Path dataDirectory;
  private final DatabaseConnector connector;

  Main(InputStream in, PrintStream out, PrintStream err, Path dataDirectory, DatabaseConnector connector) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.dataDirectory = dataDirectory;
    this.connector = connector;
  }

  public static void main(String[] args) {
    Main main = new Main(System.in, System.out, System.err, Path.of("data"), DatabaseConnector.standard());
    Environment env;
    try {
      env = Environment.load();
    } catch (ConfigException e) {
      main.printConfigErrors(e);
      System.exit(2);
      return;
    }
    System.exit(main.execute(env, args));
  }

  /** Runs one command to completion (a service role runs until the JVM is asked to stop) and returns the exit code. */
  int execute(Environment env, String... args) {
    Command command;
    try {
      command = Command.parse(args);
    } catch (Command.UsageException e) {
      err.println("alita: " + e.getMessage());
      err.print(Command.usage());
      return 2;
    }
    switch (command.kind()) {
      case HELP -> {
        out.print(Command.usage());
        return 0;
      }
      case VERSION -> {
        out.println("alita " + Version.current());
        return 0;
      }
      case HEALTH -> {
        return health(env);
      }
      case HASH_PASSWORD -> {
        return hashPassword();
      }
      default -> {
        // the other commands need the database
      }
    }
    if (command.psqlEnv()) {
      return withPsqlDatabase(env, command);
    }
    AppConfig config;
    try {
      config = AppConfig.load(env);
    } catch (ConfigException e) {
      printConfigErrors(e);
      return 2;
    }
    config.secrets().forEach(Secrets::register);
    if (config.debug()) {
      LogLevels.enableDebug();
    }
    config.warnings().forEach(LOG::warn);
    if (command.kind().runsServices()) {
      return serve(config, command.kind());
    }
    var migrations = config.database().migrations();
    if (command.kind() == Command.Kind.ADOPT) {
      return adopt(config.database().connection(), config.database().embeddedPort(), migrations.path().toString(),
          migrations.pathExplicit(), command);
    }
    return withDatabase(config.database().connection(), config.database().embeddedPort(),
        migrations.path().toString(), migrations.pathExplicit(), command);
  }

  /**
   * Prints the hash for {@code CONSOLE_OWNER_PASSWORD_HASH} / {@code CONSOLE_OPERATOR_PASSWORD_HASH}. The password
   * comes from standard input (the first line), so it stays out of the shell history and the process list.
   */
  private int hashPassword() {
    Console console = System.console();
    String password;
    if (console != null && in == System.in) {
      char[] typed = console.readPassword("Password for the console: ");
      password = typed == null ? "" : new String(typed);
    } else {
      try {
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        password = line == null ? "" : line;
      } catch (IOException e) {
        err.println("alita: could not read the password: " + e.getMessage());
        return 1;
      }
    }
    if (password.length() < 12) {
      err.println("alita: the password must have at least 12 characters");
      return 2;
    }
    out.println(PasswordHash.create(password.toCharArray(), new SecureRandom()).encoded());
    return 0;
  }

  private int serve(AppConfig config, Command.Kind role) {
    Application app;
    try {
      app = Application.start(config, role, dataDirectory, connector);
    } catch (DatabaseUnavailableException e) {
      LOG.error("{}", e.getMessage());
      return 1;
    } catch (StartupException e) {
      LOG.error("{}", e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("Shutting down");
      app.close();
      stopped.countDown();
    }, "alita-shutdown"));
    LOG.info("Alita {} is up: {} role, http://localhost:{}/", Version.current(), role.name().toLowerCase(), app.httpPort());
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private int withPsqlDatabase(Environment env, Command command) {
    ConnectionSettings settings;
    try {
      settings = AppConfig.psqlConnection(env);
    } catch (ConfigException e) {
      printConfigErrors(e);
      return 1;
    }
    Secrets.register(settings.password());
    String path = env.get("MIGRATIONS_PATH").orElse(MigrationSource.DEFAULT_PATH);
    return withDatabase(Optional.of(settings), 0, path, env.get("MIGRATIONS_PATH").isPresent(), command);
  }

  private int withDatabase(Optional<ConnectionSettings> connection, int embeddedPort, String migrationsPath,
      boolean pathExplicit, Command command) {
    try (DatabaseRuntime db = DatabaseRuntime.open(connection, embeddedPort, dataDirectory.resolve("postgres"),
        ONE_SHOT_POOL, connector)) {
      MigrationRunner runner = new MigrationRunner(db.dataSource(),
          MigrationSource.resolve(migrationsPath, pathExplicit), MigrationOptions.defaults());
      return switch (command.kind()) {
        case MIGRATE -> {
          runner.migrate();
          yield 0;
        }
        case STATUS -> {
          out.print(runner.status().formatTable());
          yield 0;
        }
        case MARK_APPLIED -> {
          runner.markApplied(command.argument());
          out.println("Marked " + command.argument() + " as applied (it was not run)");
          yield 0;
        }
        case RESET -> reset(new DatabaseReset(db.dataSource()));
        default -> throw new IllegalStateException("not a database command: " + command.kind());
      };
    } catch (DatabaseUnavailableException e) {
      err.println(e.getMessage());
      return 1;
    } catch (MigrationException | IllegalArgumentException e) {
      err.println(e.getMessage());
      return 1;
    }
  }

  /**
   * {@code adopt --from <url> [--dry-run]}: migrates the target (DATABASE_URL), then copies the Go Alita database at
   * {@code url} into it in one transaction and prints the table of what was read and written (decision 0028).
   */
  private int adopt(Optional<ConnectionSettings> connection, int embeddedPort, String migrationsPath,
      boolean pathExplicit, Command command) {
    ConnectionSettings from;
    try {
      from = DatabaseUrl.parse(command.argument());
    } catch (IllegalArgumentException e) {
      err.println("alita adopt: --from is not a database URL (" + e.getMessage() + "): give it the Go bot's"
          + " DATABASE_URL, e.g. " + DatabaseUrl.EXPECTED_FORM);
      return 2;
    }
    Secrets.register(from.password());
    if (connection.isPresent() && sameDatabase(connection.get(), from)) {
      err.println("alita adopt: --from and DATABASE_URL name the same database " + from.redacted()
          + ": point DATABASE_URL at a fresh, empty database for this bot");
      return 2;
    }
    try (DatabaseRuntime db = DatabaseRuntime.open(connection, embeddedPort, dataDirectory.resolve("postgres"),
        ONE_SHOT_POOL, connector)) {
      new MigrationRunner(db.dataSource(), MigrationSource.resolve(migrationsPath, pathExplicit),
          MigrationOptions.defaults()).migrate();
      try (Connection source = GoAlitaAdoption.openSource(from);
          Connection target = db.dataSource().getConnection()) {
        AdoptionReport report = GoAlitaAdoption.adopt(source, target, command.dryRun());
        out.print(report.format());
        return 0;
      }
    } catch (DatabaseUnavailableException | MigrationException e) {
      err.println(e.getMessage());
      return 1;
    } catch (AdoptionException e) {
      err.println("alita adopt: " + e.getMessage());
      return 1;
    } catch (SQLException e) {
      err.println("alita adopt: the database failed (" + e.getMessage() + "): nothing was committed");
      return 1;
    }
  }

  private static boolean sameDatabase(ConnectionSettings a, ConnectionSettings b) {
    return a.host().equalsIgnoreCase(b.host()) && a.port() == b.port() && a.database().equals(b.database());
  }

  private int reset(DatabaseReset reset) {
    ResetPlan plan = reset.describe();
    out.println("🔥 WARNING: This will DROP ALL TABLES in the database!");
    out.println("Database: " + plan.database() + " on " + plan.host());
    if (plan.tables().isEmpty()) {
      out.println("(schema public has no tables)");
    } else {
      out.println("Tables (" + plan.tables().size() + "):");
      for (ResetPlan.TableSummary t : plan.tables()) {
        out.println("  " + t.name() + " (~" + t.approximateRows() + " rows)");
      }
    }
    out.print("Type 'yes' to confirm: ");
    out.flush();
    String answer;
    try {
      answer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    } catch (IOException e) {
      answer = null;
    }
    if (!"yes".equals(answer)) {
      out.println();
      out.println("Cancelled");
      return 1;
    }
    reset.reset();
    out.println("✅ Database reset complete");
    return 0;
  }

  private int health(Environment env) {
    int port = env.get("HTTP_PORT").or(() -> env.get("PORT")).map(Main::portOrDefault).orElse(AppConfig.DEFAULT_HTTP_PORT);
    try {
      HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      out.println(r.body());
      return r.statusCode() == 200 ? 0 : 1;
    } catch (IOException e) {
      err.println("health: nothing answers on port " + port + " (" + e.getMessage() + ")");
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private static int portOrDefault(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return AppConfig.DEFAULT_HTTP_PORT;
    }
  }

  private void printConfigErrors(ConfigException e) {
    e.headline().forEach(err::println);
    for (ConfigError error : e.errors()) {
      err.println(error);
    }
  }
}
