package io.alita.postgres.config;

import java.util.Locale;

/**
 * How a connection negotiates TLS, named as libpq and pgjdbc name it ({@code sslmode}).
 *
 * <p>Two vocabularies accept different sets: in {@code DATABASE_URL} the seed documents exactly {@code disable},
 * {@code require}, {@code verify-ca} and {@code verify-full}, and an absent {@code sslmode} means {@link #PREFER}
 * (pgjdbc's default: try TLS, fall back to plain). {@code PSQL_DB_SSLMODE} additionally accepts {@code prefer},
 * which is its default.
 */
public enum SslMode {
  /** No TLS at all (development only). */
  DISABLE("disable"),
  /** Try TLS, fall back to an unencrypted connection if the server has none. */
  PREFER("prefer"),
  /** TLS required, certificate not verified. */
  REQUIRE("require"),
  /** TLS required, the server certificate must chain to a trusted CA. */
  VERIFY_CA("verify-ca"),
  /** TLS required, certificate verified and its host name must match. */
  VERIFY_FULL("verify-full");

  private static final String URL_CHOICES = "disable, require, verify-ca or verify-full";
  private static final String SETTING_CHOICES = "disable, prefer, require, verify-ca or verify-full";

  private final String pgjdbcValue;

  SslMode(String pgjdbcValue) {
    this.pgjdbcValue = pgjdbcValue;
  }

  /** The value of pgjdbc's (and libpq's) {@code sslmode} property. */
  public String pgjdbcValue() {
    return pgjdbcValue;
  }

  /**
   * Parses the {@code sslmode} query parameter of a {@code DATABASE_URL}; {@code prefer} is not accepted there
   * because the seed does not document it (leave the parameter out to get it).
   *
   * @throws IllegalArgumentException e.g. {@code unsupported sslmode 'verify'; use disable, require, verify-ca or verify-full}
   */
  public static SslMode fromUrlParameter(String value) {
    SslMode mode = lookup(value);
    if (mode == null || mode == PREFER) {
      throw new IllegalArgumentException("unsupported sslmode '" + value + "'; use " + URL_CHOICES);
    }
    return mode;
  }

  /**
   * Parses a stand-alone setting such as {@code PSQL_DB_SSLMODE}, where {@code prefer} is also accepted.
   *
   * @throws IllegalArgumentException e.g. {@code unsupported sslmode 'on'; use disable, prefer, require, verify-ca or verify-full}
   */
  public static SslMode fromSetting(String value) {
    SslMode mode = lookup(value);
    if (mode == null) {
      throw new IllegalArgumentException("unsupported sslmode '" + value + "'; use " + SETTING_CHOICES);
    }
    return mode;
  }

  private static SslMode lookup(String value) {
    // libpq itself is case-sensitive; accepting REQUIRE as require costs nothing and spares a restart.
    String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    for (SslMode mode : values()) {
      if (mode.pgjdbcValue.equals(wanted)) {
        return mode;
      }
    }
    return null;
  }
}
