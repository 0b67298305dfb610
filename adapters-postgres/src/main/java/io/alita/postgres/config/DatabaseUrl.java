package io.alita.postgres.config;

import java.math.BigInteger;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a {@code DATABASE_URL} in the form the original bot documents:
 * {@code postgres://username:password@host:port/database?sslmode=disable}.
 *
 * <p>Accepted: scheme {@code postgres} or {@code postgresql}; a user name and an optional password, both
 * percent-decoded ({@code p%40ss} is {@code p@ss}); a host name, IPv4 address or bracketed IPv6 address
 * ({@code [::1]}); an optional port (default 5432); a percent-decoded database name; and the query parameters
 * {@code sslmode} (disable, require, verify-ca, verify-full; absent means prefer), {@code connect_timeout} (seconds,
 * 0 to 3600, default 10) and {@code application_name} (default {@code alita}). Anything else is refused with an
 * {@link InvalidDatabaseUrlException} that names the problem and never repeats the password.
 */
public final class DatabaseUrl {

  /** The documented form, quoted in every structural error message. */
  public static final String EXPECTED_FORM = "postgres://username:password@host:port/database?sslmode=disable";

  private static final String USE_FORM = "; use " + EXPECTED_FORM;
  private static final String ENCODING_HINT =
      "has invalid percent-encoding; write a special character as % and two hex digits, e.g. %40 for @";
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
  private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9._-]*[A-Za-z0-9_])?");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private DatabaseUrl() {}

  /**
   * Parses a {@code DATABASE_URL}. Surrounding whitespace is ignored.
   *
   * @throws InvalidDatabaseUrlException e.g. {@code unsupported sslmode 'verify'; use disable, require, verify-ca or verify-full}
   */
  public static ConnectionSettings parse(String url) {
    String text = url == null ? "" : url.strip();
    if (text.isEmpty()) {
      throw invalid("is empty" + USE_FORM);
    }
    if (text.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw invalid("contains a space or control character; percent-encode it (a space is %20)" + USE_FORM);
    }
    String rest = afterScheme(text);
    if (rest.indexOf('#') >= 0) {
      // In a URL '#' starts a fragment, so an unencoded '#' in a password would silently cut it short.
      throw invalid("contains '#'; if it is part of the password, percent-encode it as %23");
    }

    int authorityEnd = indexOfAny(rest, "/?");
    String authority = rest.substring(0, authorityEnd);
    String pathAndQuery = rest.substring(authorityEnd);

    int at = authority.lastIndexOf('@');
    if (at < 0) {
      if (pathAndQuery.indexOf('@') >= 0) {
        throw invalid("the user name or password seems to contain '/' or '?'; percent-encode them as %2F and %3F");
      }
      throw invalid("has no user name" + USE_FORM);
    }
    String userInfo = authority.substring(0, at);
    int colon = userInfo.indexOf(':');
    String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name");
    String password = colon < 0 ? "" : decode(userInfo.substring(colon + 1), "password");
    if (user.isEmpty()) {
      throw invalid("has no user name" + USE_FORM);
    }

    HostPort hostPort = hostPort(authority.substring(at + 1));
    String database = database(pathAndQuery);

    SslMode sslMode = SslMode.PREFER;
    Duration connectTimeout = ConnectionSettings.DEFAULT_CONNECT_TIMEOUT;
    String applicationName = ConnectionSettings.DEFAULT_APPLICATION_NAME;
    int queryStart = pathAndQuery.indexOf('?');
    if (queryStart >= 0) {
      Set<String> seen = new HashSet<>();
      for (String pair : pathAndQuery.substring(queryStart + 1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        if (eq < 0) {
          throw invalid("parameter '" + name + "' has no value; write it as " + name + "=value");
        }
        String value = decodeQuery(pair.substring(eq + 1), name);
        if (!seen.add(name)) {
          throw invalid("parameter '" + name + "' is given more than once");
        }
        switch (name) {
          case "sslmode" -> sslMode = sslMode(value);
          case "connect_timeout" -> connectTimeout = connectTimeout(value);
          case "application_name" -> applicationName = applicationName(value);
          default -> throw invalid("unknown parameter '" + name
              + "'; supported parameters are sslmode, connect_timeout and application_name");
        }
      }
    }
    return new ConnectionSettings(
        hostPort.host(), hostPort.port(), database, user, password, sslMode, connectTimeout, applicationName);
  }

  private static String afterScheme(String text) {
    int schemeEnd = text.indexOf("://");
    String scheme = schemeEnd < 0 ? "" : text.substring(0, schemeEnd);
    if (!SCHEME.matcher(scheme).matches()) {
      // Echo nothing here: without a recognisable scheme we cannot tell which part is the password.
      throw invalid("does not start with postgres:// or postgresql://" + USE_FORM);
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    if (!lower.equals("postgres") && !lower.equals("postgresql")) {
      throw invalid("scheme '" + scheme + "' is not supported; use postgres:// or postgresql://, e.g. " + EXPECTED_FORM);
    }
    return text.substring(schemeEnd + 3);
  }

  private record HostPort(String host, int port) {}

  private static HostPort hostPort(String text) {
    if (text.isEmpty()) {
      throw invalid("has no host" + USE_FORM);
    }
    String host;
    String portText;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0) {
        throw invalid("IPv6 host '" + text + "' has no closing ']'; write it as [::1]:5432");
      }
      host = text.substring(1, close);
      if (!IPV6.matcher(host).matches() || host.indexOf(':') < 0) {
        throw invalid("host '[" + host + "]' is not a valid IPv6 address");
      }
      String after = text.substring(close + 1);
      if (!after.isEmpty() && !after.startsWith(":")) {
        throw invalid("unexpected '" + after + "' after the IPv6 host; write it as [::1]:5432");
      }
      portText = after.isEmpty() ? null : after.substring(1);
    } else {
      if (text.indexOf(',') >= 0) {
        throw invalid("lists several hosts ('" + text + "'); only one host is supported");
      }
      int colon = text.indexOf(':');
      if (colon >= 0 && text.indexOf(':', colon + 1) >= 0) {
        throw invalid("IPv6 host '" + text + "' must be in brackets, e.g. [::1]:5432");
      }
      host = colon < 0 ? text : text.substring(0, colon);
      portText = colon < 0 ? null : text.substring(colon + 1);
      if (host.isEmpty()) {
        throw invalid("has no host" + USE_FORM);
      }
      if (!HOST_NAME.matcher(host).matches()) {
        throw invalid("host '" + host + "' is not a valid host name or IP address");
      }
    }
    return new HostPort(host, port(portText));
  }

  private static int port(String text) {
    if (text == null) {
      return ConnectionSettings.DEFAULT_PORT;
    }
    if (text.isEmpty()) {
      throw invalid("port is empty; give a number from 1 to 65535 or leave out the ':' for 5432");
    }
    if (!DIGITS.matcher(text).matches() || new BigInteger(text).compareTo(BigInteger.valueOf(65535)) > 0
        || Integer.parseInt(text) < 1) {
      throw invalid("port '" + text + "' is not a number from 1 to 65535");
    }
    return Integer.parseInt(text);
  }

  private static String database(String pathAndQuery) {
    int queryStart = pathAndQuery.indexOf('?');
    String path = queryStart < 0 ? pathAndQuery : pathAndQuery.substring(0, queryStart);
    if (path.length() <= 1) {
      throw invalid("has no database name" + USE_FORM);
    }
    String raw = path.substring(1);
    if (raw.indexOf('/') >= 0) {
      throw invalid("database name '" + raw + "' contains '/'; give a single name, as in " + EXPECTED_FORM);
    }
    return decode(raw, "database name");
  }

  private static SslMode sslMode(String value) {
    try {
      return SslMode.fromUrlParameter(value);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
  }

  private static Duration connectTimeout(String value) {
    if (!DIGITS.matcher(value).matches() || value.length() > 4
        || Integer.parseInt(value) > ConnectionSettings.MAX_CONNECT_TIMEOUT_SECONDS) {
      throw invalid("connect_timeout '" + value + "' is not a whole number of seconds from 0 to "
          + ConnectionSettings.MAX_CONNECT_TIMEOUT_SECONDS);
    }
    return Duration.ofSeconds(Integer.parseInt(value));
  }

  private static String applicationName(String value) {
    if (!ConnectionSettings.isValidApplicationName(value)) {
      throw invalid("application_name must be 1 to " + ConnectionSettings.MAX_APPLICATION_NAME_LENGTH
          + " printable ASCII characters");
    }
    return value;
  }

  private static String decode(String raw, String what) {
    try {
      return PercentEncoding.decode(raw, false);
    } catch (IllegalArgumentException e) {
      throw invalid(what + " " + ENCODING_HINT);
    }
  }

  private static String decodeQuery(String raw, String parameter) {
    try {
      return PercentEncoding.decode(raw, true);
    } catch (IllegalArgumentException e) {
      throw invalid("value of '" + parameter + "' " + ENCODING_HINT);
    }
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }

  private static InvalidDatabaseUrlException invalid(String message) {
    return new InvalidDatabaseUrlException(message);
  }
}
