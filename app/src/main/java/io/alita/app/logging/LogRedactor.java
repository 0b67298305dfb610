package io.alita.app.logging;

import java.util.regex.Pattern;

/**
 * Removes secrets from text bound for the log: anything that looks like a secret even if nobody registered it, then
 * every value registered with {@link Secrets}:
 * <ul>
 *   <li>the password in URLs with credentials, {@code postgres://user:PASSWORD@host} (any scheme);</li>
 *   <li>Telegram bot tokens, {@code 123456789:AA...}, also inside Bot API paths such as {@code /bot<token>/getMe};</li>
 *   <li>{@code password=...} in JDBC URLs and key/value connection strings;</li>
 *   <li>console login links ({@code /login/link/<token>}) and session cookies ({@code alita_session=...}).</li>
 * </ul>
 * Each is replaced by {@value #MASK}, keeping the surrounding structure readable.
 */
public final class LogRedactor {

  /** What a secret is replaced with. */
  public static final String MASK = "***";

  private static final Pattern URL_PASSWORD =
      Pattern.compile("(\\b[A-Za-z][A-Za-z0-9+.-]*://[^\\s:/?#@]*:)[^\\s/]*@");
  private static final Pattern BOT_TOKEN = Pattern.compile("\\d{5,}:[A-Za-z0-9_-]{30,}");
  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)(password\\s*=\\s*)('[^']*'|\"[^\"]*\"|[^\\s&;,'\"]+)");

  private static final Pattern LOGIN_LINK = Pattern.compile("(/login/link/)[A-Za-z0-9_-]+");
  private static final Pattern SESSION_COOKIE = Pattern.compile("(alita_session=)[A-Za-z0-9_-]+");

  private LogRedactor() {}

  /** The text with every secret masked; null stays null. */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    // Patterns first: a registered secret that is also an ordinary word (a database password "postgres") would
    // otherwise turn "postgres://" into "***://", and the URL pattern would no longer see the password after it.
    // The cheap contains() checks skip the regex engine for the ordinary log line.
    if (out.contains("://")) {
      out = URL_PASSWORD.matcher(out).replaceAll("$1" + MASK + "@");
    }
    if (out.indexOf(':') >= 0) {
      out = BOT_TOKEN.matcher(out).replaceAll(MASK);
    }
    if (out.indexOf('=') >= 0) {
      out = PASSWORD_PARAMETER.matcher(out).replaceAll("$1" + MASK);
    }
    if (out.contains("/login/link/")) {
      out = LOGIN_LINK.matcher(out).replaceAll("$1" + MASK);
    }
    if (out.contains("alita_session=")) {
      out = SESSION_COOKIE.matcher(out).replaceAll("$1" + MASK);
    }
    for (String secret : Secrets.registered()) {
      out = out.replace(secret, MASK);
    }
    return out;
  }
}
