package io.alita.app.config;

import io.alita.web.auth.PasswordHash;
import io.alita.web.auth.TelegramLoginWidget;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The web console's settings.
 *
 * @param url              {@code CONSOLE_URL}: the address browsers use, which login links point to (default
 *                         {@code http://localhost:<HTTP_PORT>}); https makes the session cookie Secure
 * @param ownerPassword    {@code CONSOLE_OWNER_PASSWORD_HASH}: break-glass owner login (needs {@code OWNER_ID})
 * @param operatorPassword {@code CONSOLE_OPERATOR_PASSWORD_HASH}: read-only operator login
 * @param sessionLifetime  {@code CONSOLE_SESSION_HOURS} (1 to 720, default 12)
 * @param botUsername      {@code BOT_USERNAME} (without {@code @}): turns on the Telegram Login Widget on the login
 *                         page, which also needs an https {@code CONSOLE_URL} and {@code BOT_TOKEN}
 */
public record ConsoleConfig(URI url, Optional<PasswordHash> ownerPassword, Optional<PasswordHash> operatorPassword,
    Duration sessionLifetime, Optional<String> botUsername) {

  public static final int DEFAULT_SESSION_HOURS = 12;
  private static final String URL_EXAMPLE = "https://console.example.com or http://localhost:8080";

  public ConsoleConfig {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(ownerPassword, "ownerPassword");
    Objects.requireNonNull(operatorPassword, "operatorPassword");
    Objects.requireNonNull(sessionLifetime, "sessionLifetime");
    Objects.requireNonNull(botUsername, "botUsername");
  }

  /** True when browsers reach the console over HTTPS. */
  public boolean https() {
    return "https".equalsIgnoreCase(url.getScheme());
  }

  static ConsoleConfig read(EnvReader env, int httpPort, boolean ownerSet) {
    URI url = env.parsed("CONSOLE_URL", value -> HttpUrls.baseUrl(value, false, URL_EXAMPLE))
        .orElse(URI.create("http://localhost:" + httpPort));
    Optional<PasswordHash> owner = env.parsed("CONSOLE_OWNER_PASSWORD_HASH", PasswordHash::parse);
    if (owner.isPresent() && !ownerSet) {
      env.error("CONSOLE_OWNER_PASSWORD_HASH", "needs OWNER_ID, the account the password signs in as; set OWNER_ID "
          + "to your numeric Telegram user id");
    }
    Optional<PasswordHash> operator = env.parsed("CONSOLE_OPERATOR_PASSWORD_HASH", PasswordHash::parse);
    int hours = env.intInRange("CONSOLE_SESSION_HOURS", DEFAULT_SESSION_HOURS, 1, 720);
    Optional<String> botUsername = env.parsed("BOT_USERNAME", ConsoleConfig::botUsername);
    return new ConsoleConfig(url, owner, operator, Duration.ofHours(hours), botUsername);
  }

  private static String botUsername(String value) {
    String name = value.startsWith("@") ? value.substring(1) : value;
    if (!TelegramLoginWidget.isBotUsername(name)) {
      throw new IllegalArgumentException("'" + value + "' is not a bot's username; use the username BotFather gave "
          + "the bot (5 to 32 letters, digits or _, ending in bot), e.g. alita_robot_bot");
    }
    return name;
  }
}
