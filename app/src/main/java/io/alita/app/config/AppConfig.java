package io.alita.app.config;

import io.alita.postgres.config.ConnectionSettings;
import io.alita.postgres.config.SslMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole configuration, read once at startup from the environment (and {@code .env}), with the original Go bot's
 * variable names so that an existing deployment's {@code .env} works unchanged. Every value is checked; all problems
 * are reported together in one {@link ConfigException}.
 *
 * <p>Variables this bot does not use are ignored, notably {@code REDIS_ADDRESS}, {@code REDIS_URL},
 * {@code REDIS_PASSWORD}, {@code REDIS_DB} and {@code CLEAR_CACHE_ON_STARTUP}: Redis is not used here, so they are
 * accepted silently rather than rejected.
 *
 * <p>{@link #toString()} is safe to log: the database password, bot token, webhook secret, metrics token and
 * translation key print as {@code ***}.
 *
 * @param database {@code DATABASE_URL}, pool and migration settings
 * @param telegram bot token, owner, log chat, Bot API server, webhook
 * @param httpPort {@code HTTP_PORT}, else {@code PORT}: the one HTTP server (health, webhook, console); default 8080
 * @param debug    {@code DEBUG}: debug logging for the bot's own packages (default false)
 * @param console  {@code CONSOLE_*}: the web console's address, password logins and session lifetime
 * @param metricsToken {@code METRICS_TOKEN}: when set, {@code /metrics} requires it as a bearer token; open otherwise
 * @param translate {@code TRANSLATE_URL}, {@code TRANSLATE_API_KEY}: the translation server of {@code /tr}, if any
 * @param caches {@code SETTINGS_CACHE_MAX_CHATS}, {@code SETTINGS_CACHE_IDLE_MINUTES}: the per-chat caches' limits
 */
public record AppConfig(DatabaseConfig database, TelegramConfig telegram, int httpPort, boolean debug,
    ConsoleConfig console, Optional<MetricsToken> metricsToken, TranslateConfig translate, CacheConfig caches) {

  /** The HTTP port when neither {@code HTTP_PORT} nor {@code PORT} is set. */
  public static final int DEFAULT_HTTP_PORT = 8080;

  private static final List<String> PSQL_REQUIRED = List.of("PSQL_DB_HOST", "PSQL_DB_NAME", "PSQL_DB_USER");

  /** All components are required; the port is 1 to 65535. */
  public AppConfig {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(telegram, "telegram");
    Objects.requireNonNull(console, "console");
    Objects.requireNonNull(metricsToken, "metricsToken");
    Objects.requireNonNull(translate, "translate");
    Objects.requireNonNull(caches, "caches");
    if (httpPort < 1 || httpPort > 65535) {
      throw new IllegalArgumentException("httpPort " + httpPort + " is not a number from 1 to 65535");
    }
  }

  /**
   * Reads and checks the bot's configuration.
   *
   * @throws ConfigException with one line per problem, e.g.
   *     {@code DATABASE_URL: unsupported sslmode 'verify'; use disable, require, verify-ca or verify-full}
   */
  public static AppConfig load(Environment env) throws ConfigException {
    EnvReader reader = new EnvReader(env);
    DatabaseConfig database = DatabaseConfig.read(reader);
    TelegramConfig telegram = TelegramConfig.read(reader);
    int httpPort = httpPort(reader);
    boolean debug = reader.bool("DEBUG", false);
    ConsoleConfig console = ConsoleConfig.read(reader, httpPort, telegram.ownerId().isPresent());
    Optional<MetricsToken> metricsToken = reader.parsed("METRICS_TOKEN", MetricsToken::new);
    TranslateConfig translate = TranslateConfig.read(reader);
    CacheConfig caches = CacheConfig.read(reader);
    if (!reader.errors().isEmpty()) {
      throw new ConfigException(reader.errors());
    }
    return new AppConfig(database, telegram, httpPort, debug, console, metricsToken, translate, caches);
  }

  /**
   * The connection for the manual migration tools (the original bot's {@code make psql-*} targets), from
   * {@code PSQL_DB_HOST}, {@code PSQL_DB_NAME}, {@code PSQL_DB_USER} (all required), {@code PSQL_DB_PASSWORD}
   * (default empty), {@code PSQL_DB_PORT} (1 to 65535, default 5432) and {@code PSQL_DB_SSLMODE} (disable, prefer,
   * require, verify-ca or verify-full; default prefer).
   *
   * @throws ConfigException when a required variable is missing (headed by the make targets' own
   *     {@code ❌ Error: Required environment variables not set} / {@code Please set: ...} lines, then one line per
   *     missing variable) or a value is invalid
   */
  public static ConnectionSettings psqlConnection(Environment env) throws ConfigException {
    EnvReader reader = new EnvReader(env);
    List<String> missing = PSQL_REQUIRED.stream().filter(name -> !reader.isSet(name)).toList();
    List<ConfigError> errors = new ArrayList<>();
    missing.forEach(name -> errors.add(new ConfigError(name, "not set")));

    int port = reader.intInRange("PSQL_DB_PORT", ConnectionSettings.DEFAULT_PORT, 1, 65535);
    SslMode sslMode = reader.parsed("PSQL_DB_SSLMODE", SslMode::fromSetting).orElse(SslMode.PREFER);
    errors.addAll(reader.errors());

    if (!errors.isEmpty()) {
      List<String> headline = missing.isEmpty() ? List.of() : List.of(
          "❌ Error: Required environment variables not set",
          "Please set: " + String.join(", ", PSQL_REQUIRED));
      throw new ConfigException(headline, errors);
    }
    // Everything ConnectionSettings checks (non-blank names, port range) has been checked above.
    return ConnectionSettings.of(reader.string("PSQL_DB_HOST").orElseThrow(), port,
        reader.string("PSQL_DB_NAME").orElseThrow(), reader.string("PSQL_DB_USER").orElseThrow(),
        reader.raw("PSQL_DB_PASSWORD").orElse(""), sslMode);
  }

  /**
   * The secret values to keep out of every log line: the database password, the bot token, the webhook secret, the
   * metrics token and the translation key, where configured. The caller registers them with the log redaction.
   */
  public List<String> secrets() {
    List<String> secrets = new ArrayList<>();
    database.connection().map(ConnectionSettings::password).filter(p -> !p.isEmpty()).ifPresent(secrets::add);
    telegram.botToken().map(BotToken::value).ifPresent(secrets::add);
    telegram.webhook().map(w -> w.secret().value()).ifPresent(secrets::add);
    metricsToken.map(MetricsToken::value).ifPresent(secrets::add);
    translate.apiKey().ifPresent(secrets::add);
    return List.copyOf(secrets);
  }

  /** Settings that are accepted but worth a line in the startup log. */
  public List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    if (database.pool().idleClamped()) {
      warnings.add("DB_MAX_IDLE_CONNS (" + database.pool().maxIdleConns() + ") is above DB_MAX_OPEN_CONNS ("
          + database.pool().maxOpenConns() + "); using " + database.pool().effectiveMaxIdleConns()
          + " idle connections");
    }
    console.botUsername().ifPresent(bot -> {
      if (!console.https()) {
        warnings.add("BOT_USERNAME is set but CONSOLE_URL is not an https:// address: the Telegram login button stays "
            + "off (it works only on the https domain linked to the bot with BotFather's /setdomain)");
      } else if (telegram.botToken().isEmpty()) {
        warnings.add("BOT_USERNAME is set but BOT_TOKEN is not: the Telegram login button stays off (the token is "
            + "needed to check Telegram's signature)");
      }
    });
    if (database.migrations().silentFail()) {
      warnings.add("AUTO_MIGRATE_SILENT_FAIL is on: a failed migration is logged and the bot starts anyway "
          + "(not recommended for production)");
    }
    return List.copyOf(warnings);
  }

  private static int httpPort(EnvReader env) {
    String name = env.isSet("HTTP_PORT") ? "HTTP_PORT" : "PORT";
    return env.intInRange(name, DEFAULT_HTTP_PORT, 1, 65535);
  }
}
