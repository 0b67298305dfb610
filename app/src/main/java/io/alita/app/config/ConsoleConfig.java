package io.alita.app.config;

import io.alita.web.auth.PasswordHash;
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
 */
public record ConsoleConfig(URI url, Optional<PasswordHash> ownerPassword, Optional<PasswordHash> operatorPassword,
    Duration sessionLifetime) {

  public static final int DEFAULT_SESSION_HOURS = 12;
  private static final String URL_EXAMPLE = "https://console.example.com or http://localhost:8080";

  public ConsoleConfig {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(ownerPassword, "ownerPassword");
    Objects.requireNonNull(operatorPassword, "operatorPassword");
    Objects.requireNonNull(sessionLifetime, "sessionLifetime");
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
    return new ConsoleConfig(url, owner, operator, Duration.ofHours(hours));
  }
}
