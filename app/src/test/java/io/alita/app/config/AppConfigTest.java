package io.alita.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.postgres.config.ConnectionSettings;
import io.alita.postgres.config.PoolSettings;
import io.alita.postgres.config.SslMode;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppConfigTest {

  private static final String TOKEN = "1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

  private static AppConfig load(String... keyValues) throws ConfigException {
    return AppConfig.load(env(keyValues));
  }

  private static Environment env(String... keyValues) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return Environment.of(map);
  }

  private static List<String> problems(String... keyValues) {
    return assertThrows(ConfigException.class, () -> load(keyValues)).errors().stream()
        .map(ConfigError::toString).toList();
  }

  @Test
  void emptyEnvironmentMeansEmbeddedDatabaseAndDocumentedDefaults() throws Exception {
    AppConfig config = load();
    assertTrue(config.database().embedded());
    assertEquals(54329, config.database().embeddedPort());
    assertEquals(PoolSettings.defaults(), config.database().pool());
    assertEquals(new MigrationSettings(false, false, Path.of("migrations"), false), config.database().migrations());
    assertEquals(new TelegramConfig(Optional.empty(), Optional.empty(), Optional.empty(),
        URI.create("https://api.telegram.org"), Optional.empty(), false), config.telegram());
    assertEquals(8080, config.httpPort());
    assertFalse(config.debug());
    assertEquals(List.of(), config.secrets());
    assertEquals(List.of(), config.warnings());
  }

  @Test
  void theOriginalGoBotsDotEnvLoadsUnchanged() throws Exception {
    AppConfig config = load(
        "BOT_TOKEN", TOKEN,
        "OWNER_ID", "987654321",
        "MESSAGE_DUMP", "-1001234567890",
        "DATABASE_URL", "postgresql://alita:alita@postgres:5432/alita",
        "DB_MAX_IDLE_CONNS", "50",
        "DB_MAX_OPEN_CONNS", "200",
        "DB_CONN_MAX_LIFETIME_MIN", "240",
        "DB_CONN_MAX_IDLE_TIME_MIN", "60",
        "REDIS_ADDRESS", "redis:6379",
        "REDIS_PASSWORD", "redis-secret",
        "REDIS_DB", "1",
        "CLEAR_CACHE_ON_STARTUP", "true",
        "ENABLED_LOCALES", "en,es",
        "AUTO_MIGRATE", "true",
        "AUTO_MIGRATE_SILENT_FAIL", "false",
        "MIGRATIONS_PATH", "migrations",
        "USE_WEBHOOKS", "false",
        "DEBUG", "no");

    assertEquals(ConnectionSettings.of("postgres", 5432, "alita", "alita", "alita", SslMode.PREFER),
        config.database().connection().orElseThrow());
    assertEquals(new PoolSettings(50, 200, 240, 60), config.database().pool());
    assertEquals(new MigrationSettings(true, false, Path.of("migrations"), true), config.database().migrations());
    assertEquals(1234567890L, config.telegram().botToken().orElseThrow().botId());
    assertEquals(Optional.of(UserId.of(987654321)), config.telegram().ownerId());
    assertEquals(Optional.of(ChatId.of(-1001234567890L)), config.telegram().messageDump());
    assertFalse(config.telegram().useWebhooks());
    assertFalse(config.debug());
  }

  @Test
  void blankDatabaseUrlMeansEmbedded() throws Exception {
    assertTrue(load("DATABASE_URL", "   ").database().embedded());
  }

  @Test
  void badDatabaseUrlIsOneLineNamingTheVariable() {
    assertEquals(List.of("DATABASE_URL: unsupported sslmode 'verify'; use disable, require, verify-ca or verify-full"),
        problems("DATABASE_URL", "postgres://u:p@h/d?sslmode=verify"));
  }

  @Test
  void poolNumbersAreCheckedAgainstTheirRanges() {
    assertEquals(List.of(
        "DB_MAX_IDLE_CONNS: 0 is out of range; use 1 to 1000 (default 10)",
        "DB_MAX_OPEN_CONNS: 'abc' is not a whole number; use 1 to 1000 (default 100)",
        "DB_CONN_MAX_LIFETIME_MIN: 99999999999999999999 is out of range; use 1 to 1440 (default 60)",
        "DB_CONN_MAX_IDLE_TIME_MIN: '1.5' is not a whole number; use 1 to 1440 (default 10)"),
        problems("DB_MAX_IDLE_CONNS", "0", "DB_MAX_OPEN_CONNS", "abc", "DB_CONN_MAX_LIFETIME_MIN",
            "99999999999999999999", "DB_CONN_MAX_IDLE_TIME_MIN", "1.5"));
  }

  @Test
  void idleAboveOpenIsAcceptedClampedAndWarnedAbout() throws Exception {
    AppConfig config = load("DB_MAX_IDLE_CONNS", "300", "DB_MAX_OPEN_CONNS", "200");
    assertEquals(200, config.database().pool().effectiveMaxIdleConns());
    assertEquals(List.of("DB_MAX_IDLE_CONNS (300) is above DB_MAX_OPEN_CONNS (200); using 200 idle connections"),
        config.warnings());
  }

  @Test
  void everyProblemIsReportedNotOnlyTheFirst() {
    ConfigException e = assertThrows(ConfigException.class, () -> load(
        "DATABASE_URL", "mysql://u:p@h/d",
        "DB_MAX_OPEN_CONNS", "abc",
        "AUTO_MIGRATE", "maybe",
        "OWNER_ID", "-5",
        "HTTP_PORT", "70000"));
    assertEquals(String.join("\n",
        "DATABASE_URL: scheme 'mysql' is not supported; use postgres:// or postgresql://, e.g. "
            + "postgres://username:password@host:port/database?sslmode=disable",
        "DB_MAX_OPEN_CONNS: 'abc' is not a whole number; use 1 to 1000 (default 100)",
        "AUTO_MIGRATE: 'maybe' is not true or false; use true or false (also yes/no, 1/0, on/off)",
        "OWNER_ID: -5 is not greater than 0; use your numeric Telegram user id (greater than 0)",
        "HTTP_PORT: 70000 is out of range; use 1 to 65535 (default 8080)"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"true,true", "TRUE,true", "yes,true", "Yes,true", "1,true", "on,true", "ON,true",
      "false,false", "no,false", "0,false", "off,false", "Off,false"})
  void booleansAcceptTheUsualSpellings(String value, boolean expected) throws Exception {
    AppConfig config = load("DEBUG", value, "AUTO_MIGRATE", value, "AUTO_MIGRATE_SILENT_FAIL", value,
        "DROP_PENDING_UPDATES", value);
    assertEquals(expected, config.debug());
    assertEquals(expected, config.database().migrations().autoMigrate());
    assertEquals(expected, config.database().migrations().silentFail());
    assertEquals(expected, config.telegram().dropPendingUpdates());
  }

  @Test
  void anythingElseIsNotABoolean() {
    assertEquals(List.of("USE_WEBHOOKS: 'y' is not true or false; use true or false (also yes/no, 1/0, on/off)",
        "DEBUG: 'enabled' is not true or false; use true or false (also yes/no, 1/0, on/off)"),
        problems("DEBUG", "enabled", "USE_WEBHOOKS", "y"));
  }

  @Test
  void malformedBotTokenIsRefusedWithoutEchoingIt() {
    List<String> problems = problems("BOT_TOKEN", "12345:short-secret-value");
    assertEquals(List.of("BOT_TOKEN: does not look like a bot token; use the token from @BotFather, "
        + "<bot id>:<about 35 letters, digits, _ or ->, e.g. 123456789:AAE..."), problems);
    assertFalse(problems.get(0).contains("short-secret-value"));
  }

  @Test
  void botTokenWithABotPrefixGetsASpecificHint() {
    assertEquals(List.of("BOT_TOKEN: starts with 'bot'; remove it, the token itself begins with the bot's numeric id"),
        problems("BOT_TOKEN", "bot" + TOKEN));
  }

  @Test
  void ownerAndLogChatIdsAreChecked() {
    assertEquals(List.of(
        "OWNER_ID: 'me' is not a whole number; use your numeric Telegram user id (greater than 0)",
        "MESSAGE_DUMP: must not be 0; use the numeric id of the log chat, e.g. -1001234567890"),
        problems("OWNER_ID", "me", "MESSAGE_DUMP", "0"));
    assertEquals(List.of(
        "OWNER_ID: 0 is not greater than 0; use your numeric Telegram user id (greater than 0)",
        "MESSAGE_DUMP: '-100x' is not a whole number; use the numeric id of the log chat, e.g. -1001234567890"),
        problems("OWNER_ID", "0", "MESSAGE_DUMP", "-100x"));
  }

  @Test
  void customApiServerIsAcceptedWithoutTrailingSlash() throws Exception {
    assertEquals(URI.create("http://telegram-bot-api:8081"),
        load("API_SERVER", "http://telegram-bot-api:8081/").telegram().apiServer());
  }

  @Test
  void invalidApiServerIsAnErrorNotASilentFallback() {
    assertEquals(List.of("API_SERVER: 'ftp://files.example.com' is not an http or https URL; "
        + "use e.g. https://api.telegram.org or http://telegram-bot-api:8081"),
        problems("API_SERVER", "ftp://files.example.com"));
    assertEquals(List.of("API_SERVER: 'https://x y' is not an http or https URL; "
        + "use e.g. https://api.telegram.org or http://telegram-bot-api:8081"),
        problems("API_SERVER", "https://x y"));
  }

  @Test
  void webhooksNeedADomainAndASecret() {
    assertEquals(List.of(
        "WEBHOOK_DOMAIN: not set; required when USE_WEBHOOKS is true, e.g. https://bot.example.com",
        "WEBHOOK_SECRET: not set; required when USE_WEBHOOKS is true; use 1 to 256 characters of A-Z, a-z, 0-9, _ and -"),
        problems("USE_WEBHOOKS", "true"));
  }

  @Test
  void webhookDomainMustBeHttps() {
    assertEquals(List.of("WEBHOOK_DOMAIN: 'http://bot.example.com' is not an https URL; "
        + "Telegram delivers webhooks over HTTPS only, e.g. https://bot.example.com"),
        problems("USE_WEBHOOKS", "yes", "WEBHOOK_DOMAIN", "http://bot.example.com", "WEBHOOK_SECRET", "s3cret_-X"));
    assertEquals(List.of("WEBHOOK_DOMAIN: 'bot.example.com' is not an https URL; write it as https://bot.example.com"),
        problems("USE_WEBHOOKS", "yes", "WEBHOOK_DOMAIN", "bot.example.com", "WEBHOOK_SECRET", "s3cret_-X"));
  }

  @Test
  void webhookSecretFollowsTelegramsRuleAndIsNeverEchoed() {
    List<String> badChars = problems("USE_WEBHOOKS", "1", "WEBHOOK_DOMAIN", "https://bot.example.com",
        "WEBHOOK_SECRET", "has spaces and/slash");
    assertEquals(List.of("WEBHOOK_SECRET: contains characters Telegram does not accept; "
        + "use 1 to 256 characters of A-Z, a-z, 0-9, _ and -"), badChars);
    assertEquals(List.of("WEBHOOK_SECRET: is 257 characters long; use 1 to 256 characters of A-Z, a-z, 0-9, _ and -"),
        problems("USE_WEBHOOKS", "1", "WEBHOOK_DOMAIN", "https://bot.example.com", "WEBHOOK_SECRET", "a".repeat(257)));
  }

  @Test
  void validWebhookRegistersDomainSlashWebhook() throws Exception {
    AppConfig config = load("USE_WEBHOOKS", "on", "WEBHOOK_DOMAIN", "https://bot.example.com/",
        "WEBHOOK_SECRET", "Abc_123-xyz");
    assertTrue(config.telegram().useWebhooks());
    Webhook webhook = config.telegram().webhook().orElseThrow();
    assertEquals(URI.create("https://bot.example.com/webhook"), webhook.url());
    assertEquals("Abc_123-xyz", webhook.secret().value());
  }

  @Test
  void webhookVariablesAreIgnoredWhenWebhooksAreOff() throws Exception {
    AppConfig config = load("USE_WEBHOOKS", "false", "WEBHOOK_DOMAIN", "bot.example.com", "WEBHOOK_SECRET", "x y");
    assertFalse(config.telegram().useWebhooks());
  }

  @Test
  void embeddedPostgresPortIsConfigurable() throws Exception {
    assertEquals(5433, load("EMBEDDED_PG_PORT", "5433").database().embeddedPort());
    assertEquals(List.of("EMBEDDED_PG_PORT: 0 is out of range; use 1 to 65535 (default 54329)"),
        problems("EMBEDDED_PG_PORT", "0"));
  }

  @Test
  void httpPortWinsOverPort() throws Exception {
    assertEquals(9000, load("HTTP_PORT", "9000", "PORT", "3000").httpPort());
    assertEquals(3000, load("PORT", "3000").httpPort());
    assertEquals(List.of("PORT: 'http' is not a whole number; use 1 to 65535 (default 8080)"), problems("PORT", "http"));
  }

  @Test
  void aMetricsTokenIsOptionalAndKeptWhenSet() throws Exception {
    assertEquals(Optional.empty(), load().metricsToken());
    assertEquals("0123456789abcdef-+/=", load("METRICS_TOKEN", "0123456789abcdef-+/=").metricsToken()
        .orElseThrow().value());
  }

  @Test
  void aShortOrSpacedMetricsTokenIsRefusedWithoutBeingEchoed() {
    String rule = "use 16 to 256 visible ASCII characters without spaces, e.g. the output of `openssl rand -hex 32`";
    assertEquals(List.of("METRICS_TOKEN: is 9 characters long; " + rule), problems("METRICS_TOKEN", "tooshort9"));
    assertEquals(List.of("METRICS_TOKEN: contains whitespace; " + rule),
        problems("METRICS_TOKEN", "correct horse battery staple"));
    assertEquals(List.of("METRICS_TOKEN: contains characters other than visible ASCII; " + rule),
        problems("METRICS_TOKEN", "pässwörtpässwörtpässwört"));
    assertEquals(List.of("METRICS_TOKEN: is 257 characters long; " + rule), problems("METRICS_TOKEN", "m".repeat(257)));
  }

  @Test
  void toStringAndSecretsCoverPasswordTokenAndWebhookSecret() throws Exception {
    AppConfig config = load("DATABASE_URL", "postgres://alita:db-pass-123@db/alita?sslmode=require",
        "BOT_TOKEN", TOKEN, "USE_WEBHOOKS", "true", "WEBHOOK_DOMAIN", "https://bot.example.com",
        "WEBHOOK_SECRET", "hook_secret_42", "METRICS_TOKEN", "scrape-token-0123456789");
    assertEquals(List.of("db-pass-123", TOKEN, "hook_secret_42", "scrape-token-0123456789"), config.secrets());
    String text = config.toString();
    for (String secret : config.secrets()) {
      assertFalse(text.contains(secret), text);
    }
    assertTrue(text.contains("postgres://alita:***@db:5432/alita?sslmode=require"), text);
    assertTrue(text.contains("1234567890:***"), text);
  }

  @Test
  void silentMigrationFailureIsWarnedAbout() throws Exception {
    assertEquals(List.of("AUTO_MIGRATE_SILENT_FAIL is on: a failed migration is logged and the bot starts anyway "
        + "(not recommended for production)"), load("AUTO_MIGRATE_SILENT_FAIL", "true").warnings());
  }

  @Test
  void psqlVariablesGiveConnectionSettingsWithDefaults() throws Exception {
    ConnectionSettings settings = AppConfig.psqlConnection(env(
        "PSQL_DB_HOST", "localhost", "PSQL_DB_NAME", "alita", "PSQL_DB_USER", "postgres",
        "PSQL_DB_PASSWORD", " pass word "));
    assertEquals(ConnectionSettings.of("localhost", 5432, "alita", "postgres", " pass word ", SslMode.PREFER), settings);
  }

  @Test
  void psqlPortAndSslmodeAreRead() throws Exception {
    ConnectionSettings settings = AppConfig.psqlConnection(env(
        "PSQL_DB_HOST", "db", "PSQL_DB_NAME", "alita", "PSQL_DB_USER", "alita",
        "PSQL_DB_PORT", "6543", "PSQL_DB_SSLMODE", "verify-full"));
    assertEquals(6543, settings.port());
    assertEquals(SslMode.VERIFY_FULL, settings.sslMode());
    assertEquals("", settings.password());
  }

  @Test
  void missingPsqlVariablesProduceTheMakeTargetsMessageAndNameWhichAreMissing() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> AppConfig.psqlConnection(env("PSQL_DB_HOST", "localhost")));
    assertEquals("""
        ❌ Error: Required environment variables not set
        Please set: PSQL_DB_HOST, PSQL_DB_NAME, PSQL_DB_USER
        PSQL_DB_NAME: not set
        PSQL_DB_USER: not set""", e.getMessage());
  }

  @Test
  void badPsqlPortAndSslmodeAreReportedTogether() {
    ConfigException e = assertThrows(ConfigException.class, () -> AppConfig.psqlConnection(env(
        "PSQL_DB_HOST", "db", "PSQL_DB_NAME", "alita", "PSQL_DB_USER", "alita",
        "PSQL_DB_PORT", "0", "PSQL_DB_SSLMODE", "verify")));
    assertEquals("""
        PSQL_DB_PORT: 0 is out of range; use 1 to 65535 (default 5432)
        PSQL_DB_SSLMODE: unsupported sslmode 'verify'; use disable, prefer, require, verify-ca or verify-full""",
        e.getMessage());
  }
}
