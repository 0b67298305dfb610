package io.alita.web;

import io.alita.domain.model.UserId;
import io.alita.web.auth.PasswordHash;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How the console is reached and who may use the password login.
 *
 * @param publicUrl        {@code CONSOLE_URL}: the address browsers use (login links point there); an https address
 *                         makes the session cookie {@code Secure}
 * @param owner            {@code OWNER_ID}, who the owner password signs in as
 * @param ownerPassword    {@code CONSOLE_OWNER_PASSWORD_HASH}: the break-glass login, which needs neither the bot nor
 *                         Telegram
 * @param operatorPassword {@code CONSOLE_OPERATOR_PASSWORD_HASH}: the read-only operator login
 */
public record ConsoleSettings(URI publicUrl, UserId owner, Optional<PasswordHash> ownerPassword,
    Optional<PasswordHash> operatorPassword) {

  public ConsoleSettings {
    Objects.requireNonNull(publicUrl, "publicUrl");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(ownerPassword, "ownerPassword");
    Objects.requireNonNull(operatorPassword, "operatorPassword");
  }

  /** True when browsers reach the console over HTTPS: cookies are then {@code Secure}. */
  public boolean https() {
    return "https".equalsIgnoreCase(publicUrl.getScheme());
  }

  /** The address without a trailing slash, to append paths to. */
  public String base() {
    String s = publicUrl.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
